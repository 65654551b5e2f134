import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import type { ChatEngine } from '../engine/createChatEngine.ts';
import { sessionIdSchema } from '../protocol/sessionId.ts';
import type { SessionStore } from '../store/SessionStore.ts';
import { authedProcedure, router } from './trpc.ts';

const sessionInput = z.object({ sessionId: sessionIdSchema }).strict();

/** The signed-in user's conversations: list, read back, delete. Nobody else's are visible. */
export function createSessionRouter(opts: { store: SessionStore; engine: ChatEngine }) {
  const { store, engine } = opts;

  const ownSession = async (sessionId: string, userId: string) => {
    const session = await store.getSession(sessionId);
    if (!session) throw new TRPCError({ code: 'NOT_FOUND', message: 'No such session' });
    if (session.userId !== userId) throw new TRPCError({ code: 'FORBIDDEN', message: 'This session belongs to another user' });
    return session;
  };

  return router({
    list: authedProcedure.query(async ({ ctx }) =>
      (await store.listSessions(ctx.userId)).map((s) => ({ id: s.id, createdAt: s.createdAt, updatedAt: s.updatedAt })),
    ),

    history: authedProcedure
      .input(sessionInput.extend({ limit: z.number().int().min(1).max(1000).optional() }))
      .query(async ({ input, ctx }) => {
        await ownSession(input.sessionId, ctx.userId);
        const messages = await store.getMessages(input.sessionId, input.limit === undefined ? {} : { limit: input.limit });
        return messages.map((m) => ({
          id: m.id,
          turnId: m.turnId,
          role: m.role,
          content: m.content,
          createdAt: m.createdAt,
          finishReason: m.finishReason ?? null,
        }));
      }),

    /** Each turn's audit trail: which rules fired and why (emergency, triage, output guard). Owner only. */
    audit: authedProcedure.input(sessionInput).query(async ({ input, ctx }) => {
      await ownSession(input.sessionId, ctx.userId);
      return (await store.listTurns(input.sessionId)).map((t) => ({
        turnId: t.id,
        createdAt: t.createdAt,
        finishReason: t.finishReason ?? null,
        audit: t.audit.map((hit) => ({ rule: hit.rule, detail: hit.detail })),
      }));
    }),

    /** Removes the session with its messages, event logs and audit. */
    delete: authedProcedure.input(sessionInput).mutation(async ({ input, ctx }) => {
      await ownSession(input.sessionId, ctx.userId);
      engine.forgetSession(input.sessionId);
      await store.deleteSession(input.sessionId);
      return { deleted: true as const };
    }),
  });
}
