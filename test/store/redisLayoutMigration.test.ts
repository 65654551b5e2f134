import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createRedisClient } from '../../server/store/redis/createRedisClient.ts';
import { createRedisStore } from '../../server/store/redis/createRedisStore.ts';
import { migrateUntaggedLayout } from '../../server/store/redis/migrateUntaggedLayout.ts';
import { startRedis } from '../harness/startRedis.ts';
import { startRedisCluster } from '../harness/startRedisCluster.ts';

const redis = await startRedis();
const cluster = await startRedisCluster();
afterAll(async () => {
  await redis?.stop();
  await cluster?.stop();
});

describe.skipIf(!redis || !cluster)('moving a drained deployment from the untagged layout on one Redis to a cluster', () => {
  it('copies sessions, messages, turns with their logs and profiles, and the store reads them as written', async () => {
    const prefix = `mig:${randomUUID()}:`;
    const old = new Redis(redis?.url ?? '');
    const [sessionId, turnId] = [randomUUID(), randomUUID()];
    const user = { id: `m1-${turnId}`, turnId, sessionId, role: 'user' as const, content: 'sore throat', createdAt: 1 };
    const answer = { id: `m2-${turnId}`, turnId, sessionId, role: 'assistant' as const, content: 'rest', createdAt: 2, finishReason: 'stop' as const };
    const end = { type: 'stream_end', turnId, sessionId, agentsCompleted: [], finishReason: 'stop', usage: { inputTokens: 1, outputTokens: 1 } };
    // What the earlier store wrote, key by key.
    await old.hset(`${prefix}s:${sessionId}`, { id: sessionId, userId: 'u1', createdAt: 1, updatedAt: 5, state: '{"triage":{"level":3}}' });
    await old.rpush(`${prefix}s:${sessionId}:msgs`, JSON.stringify(user), JSON.stringify(answer));
    await old.sadd(`${prefix}s:${sessionId}:msgids`, user.id, answer.id);
    await old.sadd(`${prefix}s:${sessionId}:turns`, turnId);
    await old.zadd(`${prefix}sessions`, 5, sessionId);
    await old.zadd(`${prefix}u:u1:sessions`, 5, sessionId);
    await old.set(`${prefix}p:u1`, JSON.stringify({ age: 41 }));
    await old.hset(`${prefix}t:${turnId}`, { sessionId, userId: 'u1', status: 'finished', finishReason: 'stop', owner: 'x', createdAt: 2, updatedAt: 4, audit: '[]', endSeq: 3 });
    await old.xadd(`${prefix}t:${turnId}:ev`, '0-1', 'e', JSON.stringify({ type: 'token', content: 'rest' }));
    await old.xadd(`${prefix}t:${turnId}:ev`, '0-2', 'e', JSON.stringify({ type: 'token', content: ' well' }));
    await old.xadd(`${prefix}t:${turnId}:ev`, '0-3', 'e', JSON.stringify(end));

    const target = createRedisClient({ clusterNodes: cluster?.nodes ?? [] });
    expect(await migrateUntaggedLayout(old, target, prefix)).toEqual({ sessions: 1, turns: 1, profiles: 1 });
    // Twice is the same as once.
    await migrateUntaggedLayout(old, target, prefix);
    target.disconnect();
    old.disconnect();

    const store = createRedisStore({ clusterNodes: cluster?.nodes ?? [], keyPrefix: prefix });
    expect(await store.getSession(sessionId)).toEqual({ id: sessionId, userId: 'u1', createdAt: 1, updatedAt: 5, state: { triage: { level: 3 } } });
    expect((await store.listSessions('u1')).map((s) => s.id)).toEqual([sessionId]);
    expect(await store.getMessages(sessionId)).toEqual([user, answer]);
    expect(await store.getProfile('u1')).toEqual({ age: 41 });
    expect(await store.getTurn(turnId)).toMatchObject({ status: 'finished', finishReason: 'stop', sessionId });
    expect((await store.readEvents(turnId, 0)).map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(await store.readEvents(turnId, 2)).toEqual([{ seq: 3, event: end }]);
    // The log stays closed after its end, and a re-sent message is still a duplicate.
    await store.appendEvents(turnId, [{ seq: 4, event: { type: 'token', content: 'late' } }]);
    expect(await store.readEvents(turnId, 3)).toEqual([]);
    await store.appendMessage(answer);
    expect(await store.getMessages(sessionId)).toHaveLength(2);
    await store.close();
  });
});
