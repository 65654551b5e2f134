import { createHash, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { LIMIT_SCRIPTS } from '../../server/security/limitScripts.ts';
import { createRedisLimitCounters } from '../../server/security/createRedisLimitCounters.ts';
import { createRedisStore } from '../../server/store/redis/createRedisStore.ts';
import { REDIS_SCRIPTS } from '../../server/store/redis/redisScripts.ts';
import { startRedis } from '../harness/startRedis.ts';
import { startRedisCluster } from '../harness/startRedisCluster.ts';

const redis = await startRedis({ dedicated: true });
const cluster = await startRedisCluster();
afterAll(async () => {
  await redis?.stop();
  await cluster?.stop();
});

const shas = [...Object.values(REDIS_SCRIPTS), ...Object.values(LIMIT_SCRIPTS)].map((lua) => createHash('sha1').update(lua).digest('hex'));
const loaded = async (url: string) => {
  const direct = new Redis(url);
  try {
    return (await direct.script('EXISTS', ...shas)) as number[];
  } finally {
    direct.disconnect();
  }
};
const flushScripts = async (url: string) => {
  const direct = new Redis(url);
  try {
    await direct.script('FLUSH');
  } finally {
    direct.disconnect();
  }
};

// Regression: on a fresh Redis the first lease round of 50 turns sent 50 EVALSHAs that all failed
// with NOSCRIPT and then 50 EVALs carrying the whole script.
describe.each([
  ['one Redis', () => (redis ? { urls: [redis.url], connection: { url: redis.url } } : undefined)],
  ['Redis Cluster', () => (cluster ? { urls: cluster.nodes, connection: { clusterNodes: cluster.nodes } } : undefined)],
] as const)('%s: the store and the limits load their scripts when they connect', (_, target) => {
  it.skipIf(!target())('every script is on every primary before the first call', async () => {
    const { urls, connection } = target() ?? { urls: [], connection: { url: '' } };
    for (const url of urls) await flushScripts(url);
    for (const url of urls) expect(await loaded(url)).toEqual(shas.map(() => 0));
    const store = createRedisStore({ ...connection, keyPrefix: `preload:${randomUUID()}:` });
    const limits = createRedisLimitCounters({ connection, timeoutMs: 2000, slotTtlMs: 10_000, keyPrefix: `preload:${randomUUID()}:` });
    try {
      await vi.waitFor(async () => {
        for (const url of urls) expect(await loaded(url)).toEqual(shas.map(() => 1));
      });
      // A script the server forgets afterwards (a restart, a failover) still runs, by the fallback.
      for (const url of urls) await flushScripts(url);
      const id = randomUUID();
      await store.createSession({ id, userId: undefined });
      expect(await store.getSession(id)).toMatchObject({ id });
      expect(await limits.take('preload-user', 10)).toEqual({ ok: true });
    } finally {
      await store.close();
      await limits.close();
    }
  });
});
