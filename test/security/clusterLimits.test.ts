import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createConfig } from '../../server/config/loadConfig.ts';
import { createLimitCountersFromConfig } from '../../server/security/createLimitCountersFromConfig.ts';
import { startRedisCluster } from '../harness/startRedisCluster.ts';

const cluster = await startRedisCluster();
afterAll(() => cluster?.stop());

describe.skipIf(!cluster)('shared limits on a Redis Cluster (REDIS_CLUSTER_NODES)', () => {
  // Regression: the limit counters once connected to REDIS_URL even when the store used the cluster.
  it('count on the cluster the store uses, not on REDIS_URL, across two instances', async () => {
    // REDIS_URL points nowhere: a counter that used it would fail every call with LimitStoreError.
    const config = createConfig({ STORE: 'redis', REDIS_URL: 'redis://127.0.0.1:1', REDIS_CLUSTER_NODES: (cluster?.nodes ?? []).join(','), STORE_TIMEOUT_MS: 3000 });
    const [one, two] = [createLimitCountersFromConfig(config), createLimitCountersFromConfig(config)];
    try {
      expect(one.scope).toBe('cluster');
      const users = Array.from({ length: 12 }, () => `user:${randomUUID()}`);
      // Many keys, so they land on every primary; each key's cap is shared by both instances.
      for (const user of users) {
        const release = await one.acquire(user, 1);
        expect(release).toBeDefined();
        expect(await two.acquire(user, 1)).toBeUndefined();
        release?.();
      }
      const bucket = `ip:${randomUUID()}`;
      expect(await one.take(bucket, 2)).toEqual({ ok: true });
      expect(await two.take(bucket, 2)).toEqual({ ok: true });
      expect(await one.take(bucket, 2)).toMatchObject({ ok: false });
    } finally {
      await one.close();
      await two.close();
    }
  });
});
