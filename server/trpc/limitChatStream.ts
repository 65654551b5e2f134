import { TRPCError, tracked } from '@trpc/server';
import type { ChatEngine, TurnSlot } from '../engine/createChatEngine.ts';
import type { ChatStreamInput } from '../protocol/chatStreamInput.ts';
import { formatEventId } from '../protocol/eventId.ts';
import type { Refusal } from '../security/Refusal.ts';
import { RefusalError } from '../security/RefusalError.ts';
import type { TrpcContext } from './trpc.ts';

type StreamOptions = { readonly input: ChatStreamInput; readonly ctx: TrpcContext; readonly signal: AbortSignal | undefined };

/**
 * Wraps `chat.stream` in the connection's limits: open subscriptions, concurrent turns, requests per
 * minute. A refused new message is answered as a short turn (`stream_start`, the emergency advice
 * when there is one, `error` with `retryAfterSeconds`, `stream_end` `error`), which a typed client
 * reads like any other, so an emergency is never lost to a limit. A refused resume (no message) is
 * a TOO_MANY_REQUESTS error.
 */
export function limitChatStream<T>(engine: ChatEngine, body: (opts: StreamOptions & { readonly slot: TurnSlot | undefined }) => AsyncGenerator<T>) {
  return async function* (opts: StreamOptions) {
    const { input, ctx } = opts;
    const refuse = async function* (refusal: Refusal) {
      if (input.lastEventId) throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: refusal.message, cause: new RefusalError(refusal) });
      const request = { message: input.message, sessionId: input.sessionId, profile: input.patientProfile, userId: ctx.userId };
      const events = await engine.refuseTurn(request, refusal);
      const turnId = events[0]?.type === 'stream_start' ? events[0].turnId : '';
      for (const [seq, event] of events.entries()) yield tracked(formatEventId(turnId, seq), event);
    };

    const releaseSubscription = ctx.openSubscription();
    if (!releaseSubscription) {
      yield* refuse({ errorType: 'busy', scope: 'subscriptions_connection', message: 'Too many open subscriptions on this connection' });
      return;
    }
    try {
      if (input.lastEventId) {
        const refusal = ctx.limits.request();
        if (refusal) yield* refuse(refusal);
        else yield* body({ ...opts, slot: undefined });
        return;
      }
      const slot = ctx.limits.acquireTurn();
      if (!slot.ok) {
        yield* refuse(slot.refusal);
        return;
      }
      const limited = ctx.limits.request();
      if (limited) {
        slot.release();
        yield* refuse(limited);
        return;
      }
      yield* body({ ...opts, slot: { release: slot.release } });
    } finally {
      releaseSubscription();
    }
  };
}
