/**
 * The bench gateway (bench/servers/serveBenchGateway.ts) on the Redis store: REDIS_URL or
 * REDIS_CLUSTER_NODES and REDIS_FLUSH_MS from the environment. Run by bench/scenarios/redisCost.ts.
 */
import { serveBenchGateway } from '../servers/serveBenchGateway.ts';

const env = process.env;
await serveBenchGateway({
  STORE: 'redis',
  ...(env['REDIS_URL'] ? { REDIS_URL: env['REDIS_URL'] } : {}),
  ...(env['REDIS_CLUSTER_NODES'] ? { REDIS_CLUSTER_NODES: env['REDIS_CLUSTER_NODES'] } : {}),
  ...(env['REDIS_FLUSH_MS'] ? { REDIS_FLUSH_MS: env['REDIS_FLUSH_MS'] } : {}),
});
