import { randomUUID } from 'node:crypto';
import type { SessionStore } from '../../server/store/SessionStore.ts';

/** The text of message `i` of a long history: 2 KB, numbered so order and completeness can be checked. */
export const longHistoryMessage = (i: number) => `${String(i).padStart(6, '0')} `.padEnd(2048, 'h');

/**
 * A conversation of `count` messages of 2 KB (8,000 is about 16 MB of history, far more than the
 * kernel's socket buffers take), stored as the engine would; returns its session id.
 */
export async function storeLongHistory(store: SessionStore, count = 8000): Promise<string> {
  const sessionId = randomUUID();
  await store.createSession({ id: sessionId, userId: undefined });
  for (let i = 0; i < count; i++) {
    await store.appendMessage({ id: `m${i}`, sessionId, turnId: `t${i >> 1}`, role: i % 2 === 0 ? 'user' : 'assistant', content: longHistoryMessage(i), createdAt: i });
  }
  return sessionId;
}
