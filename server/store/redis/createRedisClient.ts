import { Cluster, Redis } from 'ioredis';

export type RedisClient = Redis | Cluster;

/**
 * One Redis at `url` (`redis://[:password@]host:port[/db]`, or `rediss://` for TLS), or a Redis
 * Cluster reached through `clusterNodes`, seed URLs of any reachable primaries (the client discovers
 * the rest; the seeds' password and TLS scheme apply to every node).
 */
export type RedisConnectionOptions = { readonly url: string; readonly clusterNodes?: undefined } | { readonly clusterNodes: readonly string[]; readonly url?: undefined };

/** One Redis or a Redis Cluster, with auto-pipelining: commands issued in one tick share a round trip per node. */
export function createRedisClient(opts: RedisConnectionOptions): RedisClient {
  const common = { maxRetriesPerRequest: 2 };
  if (opts.clusterNodes === undefined) return new Redis(opts.url, { ...common, enableAutoPipelining: true });
  const seeds = opts.clusterNodes.map((raw) => new URL(raw));
  const first = seeds[0] as URL;
  const password = first.password === '' ? undefined : decodeURIComponent(first.password);
  const username = first.username === '' ? undefined : decodeURIComponent(first.username);
  return new Cluster(
    seeds.map((u) => ({ host: u.hostname, port: Number(u.port || 6379) })),
    {
      enableAutoPipelining: true,
      redisOptions: { ...common, ...(password === undefined ? {} : { password }), ...(username === undefined ? {} : { username }), ...(first.protocol === 'rediss:' ? { tls: {} } : {}) },
    },
  );
}
