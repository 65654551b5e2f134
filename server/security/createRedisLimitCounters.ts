import { createHash, randomUUID } from 'node:crypto';
import { createRedisClient, type RedisConnectionOptions } from '../store/redis/createRedisClient.ts';
import { createScriptRunner } from '../store/redis/createScriptRunner.ts';
import { LIMIT_SCRIPTS } from './limitScripts.ts';
import { LimitStoreError, type LimitCounters } from './LimitCounters.ts';

type ScriptName = keyof typeof LIMIT_SCRIPTS;

export interface RedisLimitOptions {
  /** The store's Redis: one server (REDIS_URL) or a Cluster (REDIS_CLUSTER_NODES); every limit key is one hash slot. */
  readonly connection: RedisConnectionOptions;
  /** Every call fails with LimitStoreError after this (STORE_TIMEOUT_MS): a frozen Redis refuses, never hangs. */
  readonly timeoutMs: number;
  /** How long a running turn's slot outlives its last refresh (TURN_LEASE_MS): a dead instance's slots lapse. */
  readonly slotTtlMs: number;
  readonly keyPrefix?: string;
}

/**
 * Limits shared by every instance on one Redis. Each key is one hash slot (`medchat:{lim:<sha>}`: the
 * braces are a Cluster hash tag), named by a hash of the user id or address, never the raw value;
 * there is no global key. A held turn slot is refreshed every half of its TTL while the turn runs
 * and removed when it ends, on whichever instance.
 */
export function createRedisLimitCounters(opts: RedisLimitOptions): LimitCounters {
  // The deadline below bounds every call, whatever the client's own retries.
  const redis = createRedisClient(opts.connection);
  // Failures surface on the calls (as LimitStoreError); without a listener ioredis would print them.
  redis.on('error', () => {});
  const prefix = opts.keyPrefix ?? 'medchat:';
  const keyOf = (kind: 'r' | 't', key: string) => `${prefix}{lim:${kind}:${createHash('sha256').update(key).digest('hex').slice(0, 32)}}`;

  const script = createScriptRunner(redis, LIMIT_SCRIPTS);
  const run = async (name: ScriptName, key: string, args: readonly (string | number)[]): Promise<number> => {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new LimitStoreError('limit store timed out')), opts.timeoutMs);
    });
    try {
      return Number(await Promise.race([script(name, [key], args), deadline]));
    } catch (cause) {
      throw cause instanceof LimitStoreError ? cause : new LimitStoreError('limit store failed', { cause });
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    scope: 'cluster',
    async take(key, perMinute) {
      const waitMs = await run('take', keyOf('r', key), [perMinute]);
      return waitMs <= 0 ? { ok: true } : { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    },
    async acquire(key, max) {
      const slotKey = keyOf('t', key);
      const holder = randomUUID();
      if ((await run('acquire', slotKey, [max, opts.slotTtlMs, holder])) !== 1) return undefined;
      // Every half TTL: a slot that lapses (a refresh lost to a Redis outage) only lets this key run one
      // turn more than its limit until the turn ends; it never stops a turn.
      const refresh = setInterval(() => void run('refresh', slotKey, [opts.slotTtlMs, holder]).catch(() => {}), Math.max(50, Math.floor(opts.slotTtlMs / 2)));
      refresh.unref();
      let released = false;
      return () => {
        if (released) return;
        released = true;
        clearInterval(refresh);
        // If Redis is away the slot lapses by its TTL instead.
        void redis.zrem(slotKey, holder).catch(() => {});
      };
    },
    async close() {
      redis.disconnect();
    },
  };
}
