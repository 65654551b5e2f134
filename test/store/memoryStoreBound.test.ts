import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../server/store/createMemoryStore.ts';
import type { SessionStore, TurnRecord } from '../../server/store/SessionStore.ts';

const turnOf = (id: string, sessionId: string): TurnRecord => ({
  id,
  sessionId,
  userId: undefined,
  status: 'running',
  finishReason: undefined,
  owner: 'i1',
  leaseExpiresAt: Date.now() + 60_000,
  createdAt: Date.now(),
  updatedAt: Date.now(),
  audit: [],
});

async function finishedTurn(store: SessionStore, sessionId: string) {
  await store.createSession({ id: sessionId, userId: undefined });
  await store.createTurn(turnOf(`${sessionId}-t`, sessionId));
  await store.appendEvents(`${sessionId}-t`, [{ seq: 1, event: { type: 'token', content: 'x' } }]);
  await store.finishTurn(`${sessionId}-t`, { finishReason: 'stop', audit: [] });
}

describe('createMemoryStore with maxSessions', () => {
  it('deletes the least recently updated session, with its turns and events, once over the bound', async () => {
    const store = createMemoryStore({ maxSessions: 2 });
    await finishedTurn(store, 'a');
    await finishedTurn(store, 'b');
    // A message makes `a` the most recently updated, so `b` is the one to go.
    await store.appendMessage({ id: 'a-m', sessionId: 'a', turnId: 'a-t', role: 'user', content: 'hello', createdAt: Date.now() });
    await finishedTurn(store, 'c');
    expect(await store.getSession('b')).toBeUndefined();
    expect(await store.getTurn('b-t')).toBeUndefined();
    expect(await store.readEvents('b-t', 0)).toEqual([]);
    expect((await store.getSession('a'))?.id).toBe('a');
    expect((await store.getMessages('a')).map((m) => m.content)).toEqual(['hello']);
    expect((await store.getSession('c'))?.id).toBe('c');
  });

  it('never evicts a session whose turn is still running, even when that leaves it over the bound', async () => {
    const store = createMemoryStore({ maxSessions: 1 });
    await store.createSession({ id: 'live', userId: undefined });
    await store.createTurn(turnOf('live-t', 'live'));
    await store.createSession({ id: 'next', userId: undefined });
    expect((await store.getSession('live'))?.id).toBe('live');
    expect((await store.getSession('next'))?.id).toBe('next');
    await store.appendEvents('live-t', [{ seq: 1, event: { type: 'token', content: 'still stored' } }]);
    expect((await store.readEvents('live-t', 0)).map((e) => e.seq)).toEqual([1]);
  });
});
