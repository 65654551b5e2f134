import type { StoredEvent } from '../protocol/storedEvent.ts';

/**
 * The most text one merged token event carries. A reader that fell far behind (or resumes after a long
 * backlog) then gets its text as events of this size, each through the congestion check, instead of
 * one event of megabytes that the process builds at once and the client must take whole.
 */
export const MAX_MERGED_CHARS = 64 * 1024;

/**
 * The one merging rule of both transports: two consecutive tokens of the same agent become one event
 * with their text in order and the later sequence number, so resuming after it skips exactly what the
 * client has. Anything else, or text beyond MAX_MERGED_CHARS, does not merge (undefined).
 */
export function mergeTokens(last: StoredEvent, next: StoredEvent): StoredEvent | undefined {
  const a = last.event;
  const b = next.event;
  if (a.type !== 'token' || b.type !== 'token' || a.agent !== b.agent) return undefined;
  if (a.content.length + b.content.length > MAX_MERGED_CHARS) return undefined;
  return { seq: next.seq, event: { ...a, content: a.content + b.content } };
}
