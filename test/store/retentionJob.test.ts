import { describe, expect, it } from 'vitest';
import { createRetentionJob } from '../../server/jobs/createRetentionJob.ts';
import { createLogger } from '../../server/logging/createLogger.ts';
import { createMemoryStore } from '../../server/store/createMemoryStore.ts';

const DAY = 24 * 60 * 60 * 1000;
const logger = createLogger({ level: 'silent' });

describe('retention job', () => {
  it('purges sessions idle longer than RETENTION_DAYS and closes turns of dead owners', async () => {
    const store = createMemoryStore();
    await store.createSession({ id: 's1', userId: 'u1' });
    await store.createSession({ id: 's2', userId: 'u1' });
    const now = Date.now();
    await store.createTurn({ id: 't1', sessionId: 's2', userId: 'u1', status: 'running', finishReason: undefined, owner: 'gone', leaseExpiresAt: now - 1, createdAt: now, updatedAt: now, audit: [] });
    await store.appendEvents('t1', [{ seq: 1, event: { type: 'token', content: 'x' } }]);
    await store.appendMessage({ id: 'm', sessionId: 's2', turnId: 't1', role: 'user', content: 'hi', createdAt: now });
    const fresh = createRetentionJob({ store, retentionDays: 30, logger });
    expect(await fresh.runOnce()).toEqual({ closedTurns: 1, purgedSessions: 0 });
    expect((await store.readEvents('t1', 0)).at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'interrupted' });
    // 31 days later both sessions are past RETENTION_DAYS.
    const later = createRetentionJob({ store, retentionDays: 30, logger, now: () => now + 31 * DAY });
    expect(await later.runOnce()).toEqual({ closedTurns: 0, purgedSessions: 2 });
    expect(await store.listSessions('u1')).toEqual([]);
    expect(await store.readEvents('t1', 0)).toEqual([]);
  });

  it('runs once at start and then on its interval until stopped', async () => {
    const store = createMemoryStore();
    let runs = 0;
    const counting = { ...store, closeAbandonedTurns: async () => (runs++, 0) };
    const job = createRetentionJob({ store: counting, retentionDays: 30, logger, intervalMs: 20 });
    await job.start();
    expect(runs).toBe(1);
    await new Promise((r) => setTimeout(r, 70));
    job.stop();
    const after = runs;
    expect(after).toBeGreaterThanOrEqual(3);
    await new Promise((r) => setTimeout(r, 50));
    expect(runs).toBe(after);
  });
});
