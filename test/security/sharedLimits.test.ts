import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createRedisLimitCounters } from '../../server/security/createRedisLimitCounters.ts';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { openRawSocket } from '../harness/openRawSocket.ts';
import { startRedis } from '../harness/startRedis.ts';
import { startTestGateway } from '../harness/startTestGateway.ts';
import { expectServed } from './expectServed.ts';

const redis = await startRedis();
afterAll(() => redis?.stop());

const slowProvider = () => createScriptedProvider({ tokens: Array.from({ length: 40 }, (_, i) => `w${i} `), delayMs: 25 });
// Fresh names per run: a shared REDIS_URL keeps counts between runs.
const uniqueIp = () => `10.${(Math.random() * 250) | 0}.${(Math.random() * 250) | 0}.${1 + ((Math.random() * 250) | 0)}`;

describe.skipIf(!redis)('limits shared by two instances on one Redis (STORE=redis)', () => {
  const twoInstances = async (config: Record<string, string | number>) => {
    const shared = { STORE: 'redis', REDIS_URL: redis?.url ?? '', TRUSTED_PROXIES: '127.0.0.1', ...config };
    return [await startTestGateway({ provider: slowProvider(), config: shared }), await startTestGateway({ provider: slowProvider(), config: shared })] as const;
  };

  it("a user's running-turn cap holds across instances, and the slot is released when the turn ends on the other one", async () => {
    const [alice, bob] = [`alice-${randomUUID()}`, `bob-${randomUUID()}`];
    const [gw1, gw2] = await twoInstances({ AUTH_MODE: 'token', AUTH_TOKENS: `tok-a:${alice},tok-b:${bob}`, MAX_CONCURRENT_TURNS_USER: 1 });
    await using _1 = gw1;
    await using _2 = gw2;
    const as = (gw: typeof gw1, token: string) => openRawSocket(`${gw.wsUrl}/api/v1/ws/chat`, { headers: { authorization: `Bearer ${token}`, 'x-real-ip': uniqueIp() } });
    await using first = await as(gw1, 'tok-a');
    await first.waitFor((f) => f.type === 'connection');
    first.send({ message: 'tell me about colds' });
    await first.waitFor((f) => f.type === 'token');
    // The same user on the other instance is over the cap that instance alone would not see.
    await using second = await as(gw2, 'tok-a');
    await second.waitFor((f) => f.type === 'connection');
    second.send({ message: 'and again' });
    expect(await second.waitFor((f) => f.type === 'error')).toMatchObject({ error_type: 'busy', retryable: true });
    // Another user is served on that instance meanwhile.
    await expectServed(gw2.wsUrl, { headers: { authorization: 'Bearer tok-b', 'x-real-ip': uniqueIp() } });
    // Once the turn ends on gw1, its slot is free for gw2.
    await first.waitFor((f) => f.type === 'stream_end');
    const from = second.frames.length;
    second.send({ message: 'and again' });
    expect(await second.waitFor((f) => f.type === 'stream_end' || f.type === 'error', from)).toMatchObject({ type: 'stream_end', metadata: { finish_reason: 'stop' } });
  });

  it("an address's request budget (anonymous clients) is one budget across instances", async () => {
    const [gw1, gw2] = await twoInstances({ RATE_LIMIT_PER_MINUTE_USER: 2 });
    await using _1 = gw1;
    await using _2 = gw2;
    const ip = uniqueIp();
    const ask = async (gw: typeof gw1) => {
      await using s = await openRawSocket(`${gw.wsUrl}/api/v1/ws/chat`, { headers: { 'x-real-ip': ip } });
      await s.waitFor((f) => f.type === 'connection');
      s.send({ message: 'hello' });
      return await s.waitFor<{ type: string }>((f) => f.type === 'stream_end' || f.type === 'error');
    };
    expect(await ask(gw1)).toMatchObject({ type: 'stream_end' });
    expect(await ask(gw2)).toMatchObject({ type: 'stream_end' });
    // Each instance has served only one request from it: the third is over the shared budget on both.
    expect(await ask(gw1)).toMatchObject({ type: 'error', error_type: 'rate_limited', retry_after: expect.any(Number) });
    expect(await ask(gw2)).toMatchObject({ type: 'error', error_type: 'rate_limited' });
    await expectServed(gw2.wsUrl, { headers: { 'x-real-ip': uniqueIp() } });
  });

  it("an address's running-turn ceiling with auth holds across instances", async () => {
    const users = [0, 1, 2].map((i) => `u${i}-${randomUUID()}`);
    const [gw1, gw2] = await twoInstances({ AUTH_MODE: 'token', AUTH_TOKENS: users.map((u, i) => `tok-${i}:${u}`).join(','), MAX_CONCURRENT_TURNS_IP: 1 });
    await using _1 = gw1;
    await using _2 = gw2;
    const ip = uniqueIp();
    await using first = await openRawSocket(`${gw1.wsUrl}/api/v1/ws/chat`, { headers: { authorization: 'Bearer tok-0', 'x-real-ip': ip } });
    await first.waitFor((f) => f.type === 'connection');
    first.send({ message: 'tell me about colds' });
    await first.waitFor((f) => f.type === 'token');
    await using other = await openRawSocket(`${gw2.wsUrl}/api/v1/ws/chat`, { headers: { authorization: 'Bearer tok-1', 'x-real-ip': ip } });
    await other.waitFor((f) => f.type === 'connection');
    other.send({ message: 'me too' });
    expect(await other.waitFor((f) => f.type === 'error')).toMatchObject({ error_type: 'busy' });
    await expectServed(gw2.wsUrl, { headers: { authorization: 'Bearer tok-2', 'x-real-ip': uniqueIp() } });
  });

  it('keys are one hash slot each, named by a hash, never the raw user id or address', async () => {
    const { Redis } = await import('ioredis');
    const client = new Redis(redis?.url ?? '');
    try {
      const counters = createRedisLimitCounters({ connection: { url: redis?.url ?? '' }, timeoutMs: 2000, slotTtlMs: 5000 });
      const user = `canary-${randomUUID()}`;
      await counters.take(`user:${user}`, 10);
      const release = await counters.acquire(`user:${user}`, 1);
      const keys = await client.keys('medchat:{lim:*');
      expect(keys.length).toBeGreaterThanOrEqual(2);
      for (const key of keys) {
        expect(key).toMatch(/^medchat:\{lim:[rt]:[0-9a-f]{32}\}$/);
        expect(key).not.toContain(user);
      }
      release?.();
      await counters.close();
    } finally {
      client.disconnect();
    }
  });

  it("a turn slot held by an instance that died lapses by its TTL; a live holder's slot does not", async () => {
    const url = redis?.url ?? '';
    const key = `user:lapse-${randomUUID()}`;
    const dead = createRedisLimitCounters({ connection: { url }, timeoutMs: 2000, slotTtlMs: 400 });
    const live = createRedisLimitCounters({ connection: { url }, timeoutMs: 2000, slotTtlMs: 400 });
    const other = createRedisLimitCounters({ connection: { url }, timeoutMs: 2000, slotTtlMs: 400 });
    try {
      const held = await live.acquire(`${key}:live`, 1);
      expect(held).toBeDefined();
      expect(await dead.acquire(key, 1)).toBeDefined();
      // The instance goes away without releasing (kill -9): no refresh, no release.
      await dead.close();
      expect(await other.acquire(key, 1)).toBeUndefined();
      const taken = await vi.waitFor(async () => {
        const release = await other.acquire(key, 1);
        if (!release) throw new Error('still held');
        return release;
      }, { timeout: 5000, interval: 100 });
      taken();
      // The live holder, which took its slot first, kept refreshing it: still held after the dead one's lapsed.
      await vi.waitFor(async () => {
        expect(await other.acquire(`${key}:live`, 1)).toBeUndefined();
      });
      held?.();
      await vi.waitFor(async () => {
        expect(await other.acquire(`${key}:live`, 1)).toBeDefined();
      });
    } finally {
      await live.close();
      await other.close();
    }
  });
});
