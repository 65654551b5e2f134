import type { ChatEngine } from '../engine/createChatEngine.ts';
import { createChatRouter } from './createChatRouter.ts';
import { router } from './trpc.ts';

export function createAppRouter(opts: { engine: ChatEngine; maxMessageChars: number }) {
  return router({
    chat: createChatRouter(opts),
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;
