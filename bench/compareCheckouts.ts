/**
 * `npx tsx bench/compareCheckouts.ts <other checkout> [equal|paced|latency] [rounds]`: before/after for a
 * change. Starts this checkout's gateway and another checkout's (which needs this bench/ copied in,
 * as BENCH_ROOT does) and runs the same load on both, alternating which goes first: equal load (100
 * streams at 40 tokens/s, server CPU µs per token, all and user-space only: the kernel's share of a
 * socket write swings most on a VM), the paced search (streams held at 50 tokens/s, p99 < 100 ms), or
 * the latency turns of `npm run bench` (60 new messages each, time to first token and to the emergency
 * frame, p50, less raw ws's time to first token measured in the same round).
 * `COMPARE_STORE=sqlite` compares the SQLite gateways; `COMPARE_ENDPOINTS=compat` (or `trpc`) runs one endpoint.
 */
import { startServer } from './lib/startServer.ts';
import type { Endpoint } from './lib/openConnection.ts';
import { searchPacedCapacity } from './scenarios/runPaced.ts';
import { runLatency } from './scenarios/runLatency.ts';
import { runThroughput, type ThroughputRun } from './scenarios/runThroughput.ts';
import { median } from './lib/summarize.ts';

const [other, mode = 'equal', roundsArg = '4'] = process.argv.slice(2);
if (!other) throw new Error('usage: compareCheckouts.ts <other checkout> [equal|paced] [rounds]');
process.env['BENCH_ROOT'] = other;
const kind = process.env['COMPARE_STORE'] === 'sqlite' ? 'gatewaySqlite' : 'gateway';
const raw = mode === 'latency' ? await startServer('raw') : undefined;
const before = await startServer(kind);
delete process.env['BENCH_ROOT'];
const after = await startServer(kind);
const ratios: Record<string, number[]> = {};
const user = (run: ThroughputRun) => run.cpuUsPerToken - run.systemUsPerToken;
const endpoints = (process.env['COMPARE_ENDPOINTS']?.split(',') ?? ['compat', 'trpc']) as Endpoint[];
for (const server of [before, after]) for (const e of endpoints) await runThroughput(server, e, 10, 50, 25);
for (let r = 1; r <= Number(roundsArg); r++) {
  for (const e of endpoints) {
    if (raw) {
      // A warm-up round (r = 0 is not run): the first turns of a process compile the engine's code.
      if (r === 1) for (const server of [before, after]) await runLatency(server, e, 20);
      const baseline = (await runLatency(raw, 'raw', 60)).ttftP50;
      const [first, second] = r % 2 ? [before, after] : [after, before];
      const x = await runLatency(first, e, 60);
      const y = await runLatency(second, e, 60);
      const [b, a] = r % 2 ? [x, y] : [y, x];
      const added = (ms: number | undefined) => (ms ?? Number.NaN) - baseline;
      (ratios[`${e} added time to first token`] ??= []).push(added(a.ttftP50) / added(b.ttftP50));
      (ratios[`${e} added time to emergency frame`] ??= []).push(added(a.emergencyP50) / added(b.emergencyP50));
      console.log(
        `round ${r} ${e}: added ms p50, first token ${other} ${added(b.ttftP50).toFixed(2)}, this checkout ${added(a.ttftP50).toFixed(2)}; ` +
          `emergency frame ${added(b.emergencyP50).toFixed(2)} → ${added(a.emergencyP50).toFixed(2)}`,
      );
    } else if (mode === 'paced') {
      const opts = { start: 100, cap: 1600, seconds: 2, refine: 1 };
      const b = await searchPacedCapacity(before, e, opts);
      const a = await searchPacedCapacity(after, e, opts);
      console.log(`round ${r} ${e}: streams held ${other} ${b.held}, this checkout ${a.held}`);
    } else {
      // Alternate which server goes first, so a drift within the round favours neither.
      const [first, second] = r % 2 ? [before, after] : [after, before];
      const x = await runThroughput(first, e, 100, 200, 25);
      const y = await runThroughput(second, e, 100, 200, 25);
      const [b, a] = r % 2 ? [x, y] : [y, x];
      (ratios[`${e} CPU`] ??= []).push(a.cpuUsPerToken / b.cpuUsPerToken);
      (ratios[`${e} user CPU`] ??= []).push(user(a) / user(b));
      console.log(
        `round ${r} ${e}: CPU µs/token ${other} ${b.cpuUsPerToken.toFixed(1)}, this checkout ${a.cpuUsPerToken.toFixed(1)} (${(a.cpuUsPerToken / b.cpuUsPerToken).toFixed(2)}x); ` +
          `user ${user(b).toFixed(1)} → ${user(a).toFixed(1)} (${(user(a) / user(b)).toFixed(2)}x)`,
      );
    }
  }
}
for (const [name, xs] of Object.entries(ratios)) console.log(`${name}, this checkout ÷ ${other}: median ${median(xs).toFixed(2)} [${xs.map((x) => x.toFixed(2)).join(', ')}]`);
await before.stop();
await after.stop();
await raw?.stop();
