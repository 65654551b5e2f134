/**
 * `npx tsx bench/heapPerTurn.ts [endpoint] [turns]`: what a running turn holds. Opens `turns` gateway
 * turns (agents run, the answer held at the bench gate) and prints the server's heap after a full GC
 * before and while they wait, per turn. Everything a running turn keeps reachable is copied into the
 * old generation and is work for every major GC until the turn ends.
 */
import { openConnections, type Endpoint } from './lib/openConnection.ts';
import { sleep } from './lib/progress.ts';
import { startServer } from './lib/startServer.ts';
import { ROUTINE_TEXT } from './lib/texts.ts';

const [endpoint = 'compat', turnsArg = '1200'] = process.argv.slice(2);
const count = Number(turnsArg);
const server = await startServer((process.env['BENCH_SERVER'] as 'gateway' | 'gatewaySqlite' | undefined) ?? 'gateway');
const conns = await openConnections(server.wsBase, endpoint as Endpoint, count);
const spec = { tokens: 20, intervalMs: 20, gated: true };
// Warm-up turns (not gated), so code and caches are in place before the first reading.
await Promise.all(conns.slice(0, 50).map((c) => c.turn({ ...spec, gated: false }, ROUTINE_TEXT)));
await sleep(200);
const before = await server.control('gc');
const turns = conns.map((c) => c.turn(spec, ROUTINE_TEXT));
while ((await server.control('stats')).waiting < count) await sleep(20);
const held = await server.control('gc');
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
console.log(`${endpoint}: heap after a full GC ${mib(before.heapUsed)} MiB idle, ${mib(held.heapUsed)} MiB with ${count} turns waiting: ${((held.heapUsed - before.heapUsed) / count / 1024).toFixed(1)} KiB per running turn`);
await server.control('go');
await Promise.all(turns);
for (const c of conns) c.close();
await server.stop();
