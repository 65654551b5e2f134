import { patientProfileSchema } from '../../plugins/sdk/index.ts';
import type { ChatEngine } from '../engine/createChatEngine.ts';
import type { SessionStore } from '../store/SessionStore.ts';
import { exportUserData } from './exportUserData.ts';
import { authedProcedure, router } from './trpc.ts';

/** The signed-in user's health profile: read, replace, erase everything, export everything. */
export function createProfileRouter(opts: { store: SessionStore; engine: ChatEngine }) {
  const { store, engine } = opts;
  return router({
    get: authedProcedure.query(async ({ ctx }) => (await store.getProfile(ctx.userId)) ?? null),

    upsert: authedProcedure.input(patientProfileSchema).mutation(async ({ input, ctx }) => {
      await store.upsertProfile(ctx.userId, input);
      return input;
    }),

    /** Erases the profile and every session, message, event log and audit of the user. */
    delete: authedProcedure.mutation(async ({ ctx }) => {
      const sessions = await store.listSessions(ctx.userId);
      for (const s of sessions) engine.forgetSession(s.id);
      await store.deleteUserData(ctx.userId);
      return { deleted: true as const, sessions: sessions.length };
    }),

    export: authedProcedure.query(({ ctx }) => exportUserData(store, ctx.userId)),
  });
}
