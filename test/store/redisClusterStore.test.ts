import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createStoreFromConfig } from '../../server/store/createStoreFromConfig.ts';
import { createConfig } from '../../server/config/loadConfig.ts';
import { createRedisStore } from '../../server/store/redis/createRedisStore.ts';
import { startRedisCluster } from '../harness/startRedisCluster.ts';
import { describeSessionStoreContract } from './sessionStoreContract.ts';

const cluster = await startRedisCluster();
afterAll(() => cluster?.stop());

describe.skipIf(!cluster)('redis cluster', () => {
  describeSessionStoreContract('redis cluster', async () => createRedisStore({ clusterNodes: cluster?.nodes ?? [], keyPrefix: `test:${randomUUID()}:` }));

  it('REDIS_CLUSTER_NODES selects the cluster, and sessions and turns spread over every primary', async () => {
    const prefix = `spread:${randomUUID()}:`;
    const store = createStoreFromConfig(createConfig({ STORE: 'redis', REDIS_CLUSTER_NODES: (cluster?.nodes ?? []).join(',') }));
    for (let i = 0; i < 30; i++) {
      const sessionId = randomUUID();
      await store.createSession({ id: sessionId, userId: 'spread-user' });
      const now = Date.now();
      await store.createTurn({ id: randomUUID(), sessionId, userId: 'spread-user', status: 'running', finishReason: undefined, owner: prefix, leaseExpiresAt: now + 60_000, createdAt: now, updatedAt: now, audit: [] });
    }
    expect(await store.listSessions('spread-user')).toHaveLength(30);
    // Each primary holds some of the store's keys: the cluster is really sharing the load.
    for (const node of cluster?.nodes ?? []) {
      const direct = new Redis(node);
      try {
        expect((await direct.keys('medchat:{*')).length).toBeGreaterThan(0);
      } finally {
        direct.disconnect();
      }
    }
    await store.deleteUserData('spread-user');
    expect(await store.listSessions('spread-user')).toEqual([]);
    await store.close();
  });
});
