/**
 * `node --import ./server/loader/registerTypeScript.mjs server/store/redis/migrateUntaggedLayoutCli.ts
 *   --from redis://old:6379 (--to redis://new:6379 | --to-cluster redis://a:7000,redis://b:7000) [--prefix medchat:]`
 * Copies a drained deployment's data from the untagged layout to the hash-tagged one (docs/storage.md).
 */
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { createRedisClient } from './createRedisClient.ts';
import { migrateUntaggedLayout } from './migrateUntaggedLayout.ts';
import { parseClusterNodes } from './parseClusterNodes.ts';

const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' }, 'to-cluster': { type: 'string' }, prefix: { type: 'string', default: 'medchat:' } } });
const nodes = values['to-cluster'] === undefined ? undefined : parseClusterNodes(values['to-cluster']);
if (!values.from || (values.to === undefined) === (nodes === undefined)) {
  process.stderr.write('usage: --from redis://old:6379 (--to redis://new:6379 | --to-cluster redis://a:7000,redis://b:7000) [--prefix medchat:]\n');
  process.exit(2);
}
const from = new Redis(values.from);
const to = createRedisClient(nodes ? { clusterNodes: nodes } : { url: values.to as string });
try {
  const copied = await migrateUntaggedLayout(from, to, values.prefix);
  process.stdout.write(`copied ${copied.sessions} sessions, ${copied.turns} turns, ${copied.profiles} profiles\n`);
} finally {
  from.disconnect();
  to.disconnect();
}
