import { patientProfileSchema } from '../../plugins/sdk/index.ts';
import type { ChatService } from '../service/createChatService.ts';
import { authedProcedure, router } from './trpc.ts';

/** The signed-in user's health profile: read, replace, erase everything, export everything. */
export function createProfileRouter(opts: { service: ChatService }) {
  const { service } = opts;
  return router({
    get: authedProcedure.query(async ({ ctx }) => (await service.getProfile(ctx.userId)) ?? null),
    upsert: authedProcedure.input(patientProfileSchema).mutation(({ input, ctx }) => service.upsertProfile(ctx.userId, input)),
    /** Erases the profile and every session, message, event log and audit of the user. */
    delete: authedProcedure.mutation(({ ctx }) => service.deleteUserData(ctx.userId)),
    export: authedProcedure.query(({ ctx }) => service.exportUserData(ctx.userId)),
  });
}
