import type { StoredEvent } from '../protocol/storedEvent.ts';

/**
 * Two consecutive tokens of the same agent merge into one event carrying the later sequence
 * number, so resuming after it still skips exactly what the client has.
 */
export function coalesceTokens(last: StoredEvent, next: StoredEvent): StoredEvent | undefined {
  const a = last.event;
  const b = next.event;
  if (a.type !== 'token' || b.type !== 'token' || a.agent !== b.agent) return undefined;
  return { seq: next.seq, event: { ...a, content: a.content + b.content } };
}
