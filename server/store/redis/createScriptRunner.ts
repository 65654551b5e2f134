import { createHash } from 'node:crypto';
import type { RedisClient } from './createRedisClient.ts';
import { REDIS_SCRIPTS } from './redisScripts.ts';

export type ScriptName = keyof typeof REDIS_SCRIPTS;

/**
 * Runs the store's Lua scripts by SHA, loading a script again when the server (on a cluster: the node
 * owning the keys' slot) has forgotten it.
 */
export function createScriptRunner(redis: RedisClient) {
  const shas = Object.fromEntries(
    Object.entries(REDIS_SCRIPTS).map(([name, s]) => [name, createHash('sha1').update(s.lua).digest('hex')]),
  ) as Record<ScriptName, string>;
  return async function run(name: ScriptName, keys: readonly string[], args: readonly (string | number)[]): Promise<unknown> {
    try {
      return await redis.evalsha(shas[name], keys.length, ...keys, ...args);
    } catch (cause) {
      if (!(cause instanceof Error) || !cause.message.startsWith('NOSCRIPT')) throw cause;
      return redis.eval(REDIS_SCRIPTS[name].lua, keys.length, ...keys, ...args);
    }
  };
}
