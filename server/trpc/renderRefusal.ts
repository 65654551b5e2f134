import { tracked, type TrackedEnvelope } from '@trpc/server';
import type { ChatEvent } from '../protocol/chatEvent.ts';
import { formatEventId } from '../protocol/eventId.ts';
import type { SubmitOutcome } from '../service/ChatOutcome.ts';
import { buildRefusedTurn } from '../service/buildRefusedTurn.ts';
import { toTrpcError } from './toTrpcError.ts';

/**
 * A refused message on `chat.stream`. A limit (rate, busy) or a store that does not answer is answered as a short turn a typed client
 * reads like any other (`stream_start`, the emergency advice, a fatal `error`, `stream_end`), so an
 * emergency is never lost to a limit; anything else is a tRPC error with the advice in `data.emergency`.
 */
export function renderRefusal(outcome: Extract<SubmitOutcome, { kind: 'refusal' }>): TrackedEnvelope<ChatEvent>[] {
  const { refusal } = outcome;
  if (refusal.code !== 'rate_limited' && refusal.code !== 'busy' && refusal.code !== 'store_unavailable') throw toTrpcError(refusal, outcome.emergencies);
  const events = buildRefusedTurn({ sessionId: outcome.sessionId, emergencies: outcome.emergencies, refusal });
  const turnId = events[0]?.type === 'stream_start' ? events[0].turnId : '';
  return events.map((event, seq) => tracked(formatEventId(turnId, seq), event));
}
