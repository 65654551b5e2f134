/**
 * `npx tsx bench/repeatPacedStep.ts [endpoint] [streams] [seconds] [repeats]`: one paced step (50
 * tokens/s streams, as in `npm run bench`) repeated in one server process, printing p99 delay, server
 * CPU per token and heap after each: shows how what a long-running process holds changes p99.
 * `gc` as a fifth argument forces a full GC after each step and prints the heap kept. BENCH_SERVER=gatewaySqlite
 * runs the gateway on SQLite; BENCH_NODE_ARGS='--trace-gc' shows the server's collections.
 */
import type { Endpoint } from './lib/openConnection.ts';
import { startServer, type ServerKind } from './lib/startServer.ts';
import { searchPacedCapacity } from './scenarios/runPaced.ts';

const [endpoint = 'compat', streams = '800', seconds = '2', repeats = '6', gcBetween] = process.argv.slice(2);
const gatewayEndpoint = endpoint === 'compat' || endpoint === 'trpc';
const kind = (gatewayEndpoint ? (process.env['BENCH_SERVER'] ?? 'gateway') : endpoint) as ServerKind;
const server = await startServer(kind);
for (let r = 1; r <= Number(repeats); r++) {
  const found = await searchPacedCapacity(server, endpoint as Endpoint, { start: Number(streams), cap: Number(streams), seconds: Number(seconds), refine: 0 });
  const step = found.steps[0];
  const stats = await server.control('stats');
  // `gc` as 5th argument: a full GC after each step shows what the process keeps (and spares the next step its pause).
  const kept = gcBetween === 'gc' ? ` (${((await server.control('gc')).heapUsed / 2 ** 20).toFixed(0)} MiB after a full GC)` : '';
  console.log(`${kind} ${endpoint} ${streams} streams, step ${r}: p99 ${step?.p99DelayMs.toFixed(1)} ms, ${step?.cpuUsPerToken.toFixed(1)} µs CPU/token, full GC pauses ${step?.majorGcMs.toFixed(0)} ms, heap ${(stats.heapUsed / 2 ** 20).toFixed(0)} MiB${kept}`);
}
await server.stop();
