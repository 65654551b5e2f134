import { TRPCError, tracked, type TrackedEnvelope } from '@trpc/server';
import type { ChatEngine, TurnSlot } from '../engine/createChatEngine.ts';
import type { ChatEvent } from '../protocol/chatEvent.ts';
import type { ChatStreamInput } from '../protocol/chatStreamInput.ts';
import { formatEventId } from '../protocol/eventId.ts';
import type { Refusal } from '../security/Refusal.ts';
import { RefusalError } from '../security/RefusalError.ts';
import type { TrpcContext } from './trpc.ts';

export type Admission =
  | {
      readonly ok: true;
      /** The concurrency slot of a new turn (undefined for a resume); the turn releases it when it ends. */
      readonly slot: TurnSlot | undefined;
      /** Frees the connection's subscription slot; call once the stream is over, however it ends. */
      readonly release: () => void;
    }
  | { readonly ok: false; readonly refused: readonly TrackedEnvelope<ChatEvent>[] };

/**
 * Applies the connection's limits to a `chat.stream` call: open subscriptions, concurrent turns,
 * requests per minute. A refused new message is answered as a short turn (`stream_start`, the
 * emergency advice when there is one, `error` with `retryAfterSeconds`, `stream_end` `error`), which a
 * typed client reads like any other, so an emergency is never lost to a limit. A refused resume (no
 * message) is a TOO_MANY_REQUESTS error.
 * A plain async function, not a generator wrapping the stream: each wrapping generator level cost
 * several promises per token.
 */
export async function admitChatStream(engine: ChatEngine, input: ChatStreamInput, ctx: TrpcContext): Promise<Admission> {
  const refuse = async (refusal: Refusal): Promise<Admission> => {
    if (input.lastEventId) throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: refusal.message, cause: new RefusalError(refusal) });
    const request = { message: input.message, sessionId: input.sessionId, profile: input.patientProfile, userId: ctx.userId };
    const events = await engine.refuseTurn(request, refusal);
    const turnId = events[0]?.type === 'stream_start' ? events[0].turnId : '';
    return { ok: false, refused: events.map((event, seq) => tracked(formatEventId(turnId, seq), event)) };
  };

  const release = ctx.openSubscription();
  if (!release) return refuse({ errorType: 'busy', scope: 'subscriptions_connection', message: 'Too many open subscriptions on this connection' });
  if (input.lastEventId) {
    const refusal = ctx.limits.request();
    if (!refusal) return { ok: true, slot: undefined, release };
    release();
    return refuse(refusal);
  }
  const slot = ctx.limits.acquireTurn();
  if (!slot.ok) {
    release();
    return refuse(slot.refusal);
  }
  const limited = ctx.limits.request();
  if (limited) {
    slot.release();
    release();
    return refuse(limited);
  }
  return { ok: true, slot: { release: slot.release }, release };
}
