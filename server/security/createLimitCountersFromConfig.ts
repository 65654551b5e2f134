import type { GatewayConfig } from '../config/configSchema.ts';
import { parseClusterNodes } from '../store/redis/parseClusterNodes.ts';
import { createMemoryLimitCounters } from './createMemoryLimitCounters.ts';
import { createRedisLimitCounters } from './createRedisLimitCounters.ts';
import type { LimitCounters } from './LimitCounters.ts';

/** With STORE=redis the per-user and per-IP limits count in that Redis (every instance); otherwise in this process. */
export function createLimitCountersFromConfig(config: Pick<GatewayConfig, 'STORE' | 'REDIS_URL' | 'REDIS_CLUSTER_NODES' | 'STORE_TIMEOUT_MS' | 'TURN_LEASE_MS'>): LimitCounters {
  return config.STORE === 'redis'
    ? createRedisLimitCounters({
        connection: config.REDIS_CLUSTER_NODES === undefined ? { url: config.REDIS_URL } : { clusterNodes: parseClusterNodes(config.REDIS_CLUSTER_NODES) ?? [] }, timeoutMs: config.STORE_TIMEOUT_MS, slotTtlMs: config.TURN_LEASE_MS })
    : createMemoryLimitCounters();
}
