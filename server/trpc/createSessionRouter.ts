import { z } from 'zod';
import { sessionIdSchema } from '../protocol/sessionId.ts';
import type { ChatService } from '../service/createChatService.ts';
import type { HistoryMessageView } from '../service/ChatOutcome.ts';
import { unwrap } from './toTrpcError.ts';
import { authedProcedure, router } from './trpc.ts';

const sessionInput = z.object({ sessionId: sessionIdSchema }).strict();
const messageOut = (m: HistoryMessageView) => ({ id: m.id, turnId: m.turnId, role: m.role, content: m.content, createdAt: m.createdAt, finishReason: m.finishReason ?? null });

/** The signed-in user's conversations: list, read back, delete. Nobody else's are visible (NOT_FOUND, as an unknown one). */
export function createSessionRouter(opts: { service: ChatService }) {
  const { service } = opts;
  return router({
    list: authedProcedure.query(({ ctx }) => service.listSessions(ctx.userId)),

    /** The whole conversation, or its last `limit` messages. */
    history: authedProcedure
      .input(sessionInput.extend({ limit: z.number().int().min(1).max(1000).optional() }))
      .query(async ({ input, ctx }) => {
        if (input.limit !== undefined) return unwrap(await service.history({ userId: ctx.userId, sessionId: input.sessionId, last: input.limit })).messages.map(messageOut);
        const all: ReturnType<typeof messageOut>[] = [];
        for (let cursor: string | undefined, more = true; more; ) {
          const page = unwrap(await service.history({ userId: ctx.userId, sessionId: input.sessionId, cursor, pageSize: 1000 }));
          all.push(...page.messages.map(messageOut));
          ({ nextCursor: cursor, hasMore: more } = page);
        }
        return all;
      }),

    /** One page of the conversation, oldest first: `nextCursor` fetches the next while `hasMore`. */
    historyPage: authedProcedure
      .input(sessionInput.extend({ pageSize: z.number().int().min(1).max(1000).optional(), cursor: z.string().max(20).optional() }))
      .query(async ({ input, ctx }) => {
        const page = unwrap(await service.history({ userId: ctx.userId, sessionId: input.sessionId, cursor: input.cursor, pageSize: input.pageSize }));
        return { messages: page.messages.map(messageOut), nextCursor: page.nextCursor ?? null, hasMore: page.hasMore };
      }),

    /** Each turn's audit trail: which rules fired and why (emergency, triage, output guard). Owner only. */
    audit: authedProcedure.input(sessionInput).query(async ({ input, ctx }) => unwrap(await service.audit(input.sessionId, ctx.userId))),

    /** Removes the session with its messages, event logs and audit. */
    delete: authedProcedure.input(sessionInput).mutation(async ({ input, ctx }) => unwrap(await service.deleteSession(input.sessionId, ctx.userId))),
  });
}
