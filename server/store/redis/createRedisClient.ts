import { Cluster, Redis } from 'ioredis';

export type RedisClient = Redis | Cluster;

export interface RedisConnectionOptions {
  /** `redis://[:password@]host:port[/db]`, or `rediss://` for TLS. */
  readonly url: string;
  /**
   * Redis Cluster seed nodes (`redis://host:port,redis://host:port`, any reachable primaries; the client
   * discovers the rest). When set, `url` is not used; the seeds' password and TLS scheme apply to every node.
   */
  readonly clusterNodes?: readonly string[];
}

/** One Redis or a Redis Cluster, with auto-pipelining: commands issued in one tick share a round trip per node. */
export function createRedisClient(opts: RedisConnectionOptions): RedisClient {
  const common = { maxRetriesPerRequest: 2 };
  if (!opts.clusterNodes || opts.clusterNodes.length === 0) return new Redis(opts.url, { ...common, enableAutoPipelining: true });
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

/** REDIS_CLUSTER_NODES: comma-separated `redis://` or `rediss://` URLs of seed nodes, one scheme and password for all. */
export function parseClusterNodes(value: string): string[] | undefined {
  const nodes = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (nodes.length === 0) return undefined;
  const urls: URL[] = [];
  for (const node of nodes) {
    if (!URL.canParse(node)) return undefined;
    const u = new URL(node);
    if ((u.protocol !== 'redis:' && u.protocol !== 'rediss:') || u.hostname === '' || (u.pathname !== '' && u.pathname !== '/')) return undefined;
    urls.push(u);
  }
  const [first] = urls as [URL];
  return urls.every((u) => u.protocol === first.protocol && u.username === first.username && u.password === first.password) ? nodes : undefined;
}
