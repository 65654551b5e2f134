import type { GatewayConfig } from '../config/configSchema.ts';
import { createMemoryStore } from './createMemoryStore.ts';
import { createRedisStore } from './redis/createRedisStore.ts';
import { parseClusterNodes } from './redis/parseClusterNodes.ts';
import type { SessionStore } from './SessionStore.ts';
import { createSqliteStore } from './sqlite/createSqliteStore.ts';
import { withStoreDeadline } from './withStoreDeadline.ts';

type StoreSettings = Pick<GatewayConfig, 'STORE' | 'SQLITE_PATH' | 'REDIS_URL' | 'REDIS_CLUSTER_NODES' | 'REDIS_FLUSH_MS' | 'MEMORY_STORE_MAX_SESSIONS'>;

/**
 * The store STORE names: sqlite at SQLITE_PATH, redis at REDIS_URL (or the cluster at REDIS_CLUSTER_NODES),
 * or memory (MEMORY_STORE_MAX_SESSIONS), every call of it bounded by STORE_TIMEOUT_MS (withStoreDeadline).
 */
export function createStoreFromConfig(config: StoreSettings & Pick<GatewayConfig, 'STORE_TIMEOUT_MS'>): SessionStore {
  return withStoreDeadline(createStore(config), { timeoutMs: config.STORE_TIMEOUT_MS });
}

function createStore(config: StoreSettings): SessionStore {
  switch (config.STORE) {
    case 'sqlite':
      return createSqliteStore({ path: config.SQLITE_PATH });
    case 'redis':
      return createRedisStore({
        flushMs: config.REDIS_FLUSH_MS,
        ...(config.REDIS_CLUSTER_NODES === undefined ? { url: config.REDIS_URL } : { clusterNodes: parseClusterNodes(config.REDIS_CLUSTER_NODES) ?? [] }),
      });
    case 'memory':
      return createMemoryStore({ maxSessions: config.MEMORY_STORE_MAX_SESSIONS });
  }
}
