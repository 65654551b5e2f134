import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../server/store/createMemoryStore.ts';
import type { SessionStore, StoredEvent } from '../../server/store/SessionStore.ts';
import { createSqliteStore } from '../../server/store/sqlite/createSqliteStore.ts';
import { StoreUnavailableError, withStoreDeadline } from '../../server/store/withStoreDeadline.ts';

const token = (seq: number): StoredEvent => ({ seq, event: { type: 'token', content: `t${seq}` } });

async function openTurn(store: SessionStore, id: string) {
  await store.createSession({ id: `s-${id}`, userId: undefined });
  await store.createTurn({ id, sessionId: `s-${id}`, userId: undefined, status: 'running', finishReason: undefined, owner: 'o', leaseExpiresAt: Date.now() + 60_000, createdAt: 1, updatedAt: 1, audit: [] });
}

describe('withStoreDeadline: the per-token append', () => {
  it('appends of one commit (two turns, one run of the loop) share one guarded promise; the next commit gets its own', async () => {
    const sqlite = createSqliteStore({ path: ':memory:' });
    const store = withStoreDeadline(sqlite, { timeoutMs: 5000 });
    await openTurn(store, 'a');
    await openTurn(store, 'b');
    const first = store.appendEvents('a', [token(1)]);
    const second = store.appendEvents('b', [token(1)]);
    expect(first).toBeInstanceOf(Promise);
    expect(second).toBe(first);
    await first;
    const third = store.appendEvents('a', [token(2)]);
    expect(third).not.toBe(first);
    await third;
    expect((await store.readEvents('a', 0)).map((e) => e.seq)).toEqual([1, 2]);
    expect((await store.readEvents('b', 0)).map((e) => e.seq)).toEqual([1]);
    await store.close();
  });

  it('a commit that never settles rejects every append that joined it with store_unavailable', async () => {
    const never = new Promise<void>(() => {});
    // The real memory store with a commit that hangs (a frozen Redis, a stuck disk).
    const hanging: SessionStore = { ...createMemoryStore(), appendEvents: () => never };
    const store = withStoreDeadline(hanging, { timeoutMs: 40 });
    const results = await Promise.allSettled([store.appendEvents('a', [token(1)]), store.appendEvents('b', [token(1)])]);
    for (const r of results) {
      expect(r.status).toBe('rejected');
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(StoreUnavailableError);
    }
  });

  it('a failed commit rejects its appends as store_unavailable, naming the cause', async () => {
    const failing: SessionStore = { ...createMemoryStore(), appendEvents: () => Promise.reject(new Error('disk I/O error')) };
    const store = withStoreDeadline(failing, { timeoutMs: 5000 });
    await expect(store.appendEvents('a', [token(1)])).rejects.toThrow(/the memory store failed: disk I\/O error/);
  });
});
