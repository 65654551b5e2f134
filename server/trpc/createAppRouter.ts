import type { ChatService } from '../service/createChatService.ts';
import { createChatRouter } from './createChatRouter.ts';
import { createProfileRouter } from './createProfileRouter.ts';
import { createSessionRouter } from './createSessionRouter.ts';
import { router } from './trpc.ts';

export function createAppRouter(opts: { service: ChatService }) {
  return router({
    chat: createChatRouter(opts),
    profile: createProfileRouter(opts),
    session: createSessionRouter(opts),
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;
