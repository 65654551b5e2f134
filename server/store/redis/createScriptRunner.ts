import { createHash } from 'node:crypto';
import type { RedisClient } from './createRedisClient.ts';

/**
 * Runs Lua scripts by SHA, loading a script again when the server (on a cluster: the node owning the
 * keys' slot) has forgotten it. The scripts are loaded on every primary whenever the client becomes
 * ready: otherwise the first burst of calls (many turns renewing at once) would each fail with
 * NOSCRIPT and resend the whole script.
 */
export function createScriptRunner<Name extends string>(redis: RedisClient, scripts: Readonly<Record<Name, string>>) {
  const entries = Object.entries(scripts) as [Name, string][];
  const shas = Object.fromEntries(entries.map(([name, lua]) => [name, createHash('sha1').update(lua).digest('hex')])) as Record<Name, string>;
  const load = () => {
    const nodes = 'nodes' in redis ? redis.nodes('master') : [redis];
    // A failed load costs nothing: the NOSCRIPT fallback below still covers it.
    for (const node of nodes) for (const [, lua] of entries) node.script('LOAD', lua).catch(() => {});
  };
  redis.on('ready', load);
  return async function run(name: Name, keys: readonly string[], args: readonly (string | number)[]): Promise<unknown> {
    try {
      return await redis.evalsha(shas[name], keys.length, ...keys, ...args);
    } catch (cause) {
      if (!(cause instanceof Error) || !cause.message.startsWith('NOSCRIPT')) throw cause;
      return redis.eval(scripts[name], keys.length, ...keys, ...args);
    }
  };
}
