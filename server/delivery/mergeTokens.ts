import type { StoredEvent } from '../protocol/storedEvent.ts';

/**
 * The one merging rule of both transports: two consecutive tokens of the same agent become one event
 * with their text in order and the later sequence number, so resuming after it skips exactly what the
 * client has. Anything else does not merge (undefined).
 */
export function mergeTokens(last: StoredEvent, next: StoredEvent): StoredEvent | undefined {
  const a = last.event;
  const b = next.event;
  if (a.type !== 'token' || b.type !== 'token' || a.agent !== b.agent) return undefined;
  return { seq: next.seq, event: { ...a, content: a.content + b.content } };
}
