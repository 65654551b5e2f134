import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChatEvent } from '../../server/protocol/chatEvent.ts';
import { createRedisStore } from '../../server/store/redis/createRedisStore.ts';
import { redisKeys } from '../../server/store/redis/redisKeys.ts';
import type { SessionStore, StoredEvent } from '../../server/store/SessionStore.ts';
import { startRedis } from '../harness/startRedis.ts';

const redis = await startRedis();
afterAll(() => redis?.stop());

const token = (seq: number): StoredEvent => ({ seq, event: { type: 'token', content: `t${seq} ` } });
const at = (seq: number, event: ChatEvent): StoredEvent => ({ seq, event });

describe.skipIf(!redis)('redis store batching', () => {
  const prefix = `batch:${randomUUID()}:`;
  // A window no test run reaches: what is written is decided by the events, never by the clock.
  const open = () => createRedisStore({ url: redis?.url ?? '', keyPrefix: prefix, flushMs: 600_000 });
  const newTurn = async (store: SessionStore) => {
    const sessionId = randomUUID();
    const id = randomUUID();
    await store.createSession({ id: sessionId, userId: undefined });
    const now = Date.now();
    await store.createTurn({ id, sessionId, userId: undefined, status: 'running', finishReason: undefined, owner: 'a', leaseExpiresAt: now + 60_000, createdAt: now, updatedAt: now, audit: [] });
    return { id, sessionId };
  };

  it('writes a paced turn’s tokens as one entry, settles each append only once written, and resumes exactly from any seq', async () => {
    const store = open();
    const admin = new Redis(redis?.url ?? '');
    const turn = await newTurn(store);
    const entries = () => admin.xlen(redisKeys(prefix).turnEvents(turn.id));
    // The first event of a turn is written at once.
    await store.appendEvents(turn.id, [at(1, { type: 'stream_start', turnId: turn.id, sessionId: turn.sessionId, workflow: 'single', agents: [] })]);
    // Then the engine issues one append per token without waiting.
    let settled = 0;
    const appends = Array.from({ length: 40 }, (_, i) => Promise.resolve(store.appendEvents(turn.id, [token(i + 2)])).then(() => settled++));
    expect((await store.readEvents(turn.id, 0)).map((e) => e.seq)).toEqual([1]);
    expect(settled).toBe(0);
    expect(await entries()).toBe(1);
    // The end is written at once, with the tokens waiting before it: one more entry.
    const end = at(42, { type: 'stream_end', turnId: turn.id, sessionId: turn.sessionId, agentsCompleted: [], finishReason: 'stop', usage: { inputTokens: 1, outputTokens: 40 } });
    await store.appendEvents(turn.id, [end]);
    await Promise.all(appends);
    expect(settled).toBe(40);
    expect(await entries()).toBe(2);
    const all = await store.readEvents(turn.id, 0);
    expect(all).toEqual([expect.objectContaining({ seq: 1 }), ...Array.from({ length: 40 }, (_, i) => token(i + 2)), end]);
    for (let after = 0; after <= 42; after++) {
      expect((await store.readEvents(turn.id, after)).map((e) => e.seq)).toEqual(all.slice(after).map((e) => e.seq));
    }
    // Nothing after the end, even from a late writer.
    await store.appendEvents(turn.id, [token(43)]);
    expect(await store.readEvents(turn.id, 42)).toEqual([]);
    admin.disconnect();
    await store.close();
  });

  it('writes an emergency at once, with the events waiting before it', async () => {
    const store = open();
    const turn = await newTurn(store);
    await store.appendEvents(turn.id, [at(1, { type: 'status', status: 'running_triage' })]);
    let statusWritten = false;
    const status = Promise.resolve(store.appendEvents(turn.id, [at(2, { type: 'status', status: 'triage_done' })])).then(() => (statusWritten = true));
    await store.appendEvents(turn.id, [at(3, { type: 'emergency', severity: 'critical', reasons: ['chest pain'], advice: 'Call 911 now' })]);
    await status;
    expect(statusWritten).toBe(true);
    expect((await store.readEvents(turn.id, 0)).map((e) => e.event.type)).toEqual(['status', 'status', 'emergency']);
    await store.close();
  });

  it('close writes what is still waiting', async () => {
    const store = open();
    const turn = await newTurn(store);
    await store.appendEvents(turn.id, [token(1)]);
    const waiting = store.appendEvents(turn.id, [token(2), token(3)]);
    await store.close();
    await waiting;
    const reader = open();
    expect((await reader.readEvents(turn.id, 0)).map((e) => e.seq)).toEqual([1, 2, 3]);
    await reader.close();
  });
});
