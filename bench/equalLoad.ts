/**
 * `npx tsx bench/equalLoad.ts [rounds]`: the equal-load rows of `npm run bench` alone (100 streams × 40
 * tokens/s on raw ws, compat, bare tRPC and tRPC, alternating), with each round's CPU-per-token ratios.
 * About 25 s a round. BENCH_ROOT (another checkout) and BENCH_IMPORT=tsx work as for `npm run bench`.
 */
import type { Endpoint } from './lib/openConnection.ts';
import { startServer } from './lib/startServer.ts';
import { median } from './lib/summarize.ts';
import { EQUAL_LOAD, runEqualLoad } from './scenarios/runEqualLoad.ts';

const rounds = Number(process.argv[2] ?? 5);
const gateway = await startServer('gateway');
const bareTrpc = await startServer('bareTrpc');
const raw = await startServer('raw');
const servers = { raw, compat: gateway, bareTrpc, trpc: gateway };
const runs = await runEqualLoad((endpoint) => servers[endpoint], { ...EQUAL_LOAD, rounds });
const cpu = Object.fromEntries(Object.entries(runs).map(([e, r]) => [e, r.map((x) => x.cpuUsPerToken)])) as Record<Endpoint, number[]>;
const ratios = (a: number[], b: number[]) => a.map((x, i) => x / (b[i] as number));
const show = (xs: number[]) => `median ${median(xs).toFixed(2)} [${xs.map((x) => x.toFixed(2)).join(', ')}]`;
for (const endpoint of Object.keys(cpu) as Endpoint[]) console.log(`${endpoint}: CPU µs/token ${show(cpu[endpoint])}`);
console.log(`compat ÷ raw: ${show(ratios(cpu.compat, cpu.raw))}`);
console.log(`tRPC ÷ bare tRPC: ${show(ratios(cpu.trpc, cpu.bareTrpc))}`);
await Promise.all([gateway.stop(), bareTrpc.stop(), raw.stop()]);
