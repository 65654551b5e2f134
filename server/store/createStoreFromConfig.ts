import type { GatewayConfig } from '../config/configSchema.ts';
import { createMemoryStore } from './createMemoryStore.ts';
import { createRedisStore } from './redis/createRedisStore.ts';
import type { SessionStore } from './SessionStore.ts';
import { createSqliteStore } from './sqlite/createSqliteStore.ts';
import { withStoreDeadline } from './withStoreDeadline.ts';

/**
 * The store STORE names: sqlite at SQLITE_PATH, redis at REDIS_URL, or memory (MEMORY_STORE_MAX_SESSIONS),
 * every call of it bounded by STORE_TIMEOUT_MS (withStoreDeadline).
 */
export function createStoreFromConfig(config: Pick<GatewayConfig, 'STORE' | 'SQLITE_PATH' | 'REDIS_URL' | 'MEMORY_STORE_MAX_SESSIONS' | 'STORE_TIMEOUT_MS'>): SessionStore {
  return withStoreDeadline(createStore(config), { timeoutMs: config.STORE_TIMEOUT_MS });
}

function createStore(config: Pick<GatewayConfig, 'STORE' | 'SQLITE_PATH' | 'REDIS_URL' | 'MEMORY_STORE_MAX_SESSIONS'>): SessionStore {
  switch (config.STORE) {
    case 'sqlite':
      return createSqliteStore({ path: config.SQLITE_PATH });
    case 'redis':
      return createRedisStore({ url: config.REDIS_URL });
    case 'memory':
      return createMemoryStore({ maxSessions: config.MEMORY_STORE_MAX_SESSIONS });
  }
}
