import type { ChatEngine } from '../engine/createChatEngine.ts';
import type { SessionStore } from '../store/SessionStore.ts';
import { createChatRouter } from './createChatRouter.ts';
import { createProfileRouter } from './createProfileRouter.ts';
import { createSessionRouter } from './createSessionRouter.ts';
import { router } from './trpc.ts';

export function createAppRouter(opts: { engine: ChatEngine; store: SessionStore; maxMessageChars: number; highWaterBytes?: number }) {
  return router({
    chat: createChatRouter(opts),
    profile: createProfileRouter(opts),
    session: createSessionRouter(opts),
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;
