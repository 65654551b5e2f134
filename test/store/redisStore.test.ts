import { randomUUID } from 'node:crypto';
import { afterAll, describe } from 'vitest';
import { createRedisStore } from '../../server/store/redis/createRedisStore.ts';
import { startRedis } from '../harness/startRedis.ts';
import { describeSessionStoreContract } from './sessionStoreContract.ts';

const redis = await startRedis();
afterAll(() => redis?.stop());

describe.skipIf(!redis)('redis', () => {
  describeSessionStoreContract('redis', async () => createRedisStore({ url: redis?.url ?? '', keyPrefix: `test:${randomUUID()}:` }));
});
