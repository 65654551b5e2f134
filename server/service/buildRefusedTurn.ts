import { randomUUID } from 'node:crypto';
import type { ChatEvent, ChatEventOf } from '../protocol/chatEvent.ts';
import type { ServiceRefusal } from './ChatOutcome.ts';

/**
 * A refused message as a short turn a client reads like any other: stream_start, the emergency
 * advice when there is any, the refusal as a fatal error, stream_end `error`. It is never stored.
 */
export function buildRefusedTurn(opts: { sessionId: string | undefined; emergencies: readonly ChatEventOf<'emergency'>[]; refusal: ServiceRefusal }): ChatEvent[] {
  const turnId = randomUUID();
  const sessionId = opts.sessionId ?? randomUUID();
  const { refusal } = opts;
  return [
    { type: 'stream_start', turnId, sessionId, workflow: 'single', agents: [] },
    ...opts.emergencies,
    {
      type: 'error',
      errorType: refusal.code,
      message: refusal.message,
      retryable: refusal.retryable,
      fatal: true,
      ...(refusal.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: refusal.retryAfterSeconds }),
    },
    { type: 'stream_end', turnId, sessionId, agentsCompleted: [], finishReason: 'error', usage: { inputTokens: 0, outputTokens: 0 } },
  ];
}
