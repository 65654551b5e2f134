/**
 * `npx tsx bench/compareCheckouts.ts <other checkout> [equal|paced] [rounds]`: before/after for a
 * change. Starts this checkout's gateway and another checkout's (which needs this bench/ copied in,
 * as BENCH_ROOT does) and runs the same load on both, alternating: equal load (100 streams at 40
 * tokens/s, server CPU µs per token) or the paced search (streams held at 50 tokens/s, p99 < 100 ms).
 */
import { startServer } from './lib/startServer.ts';
import type { Endpoint } from './lib/openConnection.ts';
import { searchPacedCapacity } from './scenarios/runPaced.ts';
import { runThroughput } from './scenarios/runThroughput.ts';

const [other, mode = 'equal', roundsArg = '4'] = process.argv.slice(2);
if (!other) throw new Error('usage: compareCheckouts.ts <other checkout> [equal|paced] [rounds]');
process.env['BENCH_ROOT'] = other;
const before = await startServer('gateway');
delete process.env['BENCH_ROOT'];
const after = await startServer('gateway');
const endpoints: Endpoint[] = ['compat', 'trpc'];
for (const server of [before, after]) for (const e of endpoints) await runThroughput(server, e, 10, 50, 25);
for (let r = 1; r <= Number(roundsArg); r++) {
  for (const e of endpoints) {
    if (mode === 'paced') {
      const opts = { start: 100, cap: 1600, seconds: 2, refine: 1 };
      const b = await searchPacedCapacity(before, e, opts);
      const a = await searchPacedCapacity(after, e, opts);
      console.log(`round ${r} ${e}: streams held ${other} ${b.held}, this checkout ${a.held}`);
    } else {
      const b = await runThroughput(before, e, 100, 200, 25);
      const a = await runThroughput(after, e, 100, 200, 25);
      console.log(`round ${r} ${e}: CPU µs/token ${other} ${b.cpuUsPerToken.toFixed(1)}, this checkout ${a.cpuUsPerToken.toFixed(1)} (${(a.cpuUsPerToken / b.cpuUsPerToken).toFixed(2)}x)`);
    }
  }
}
await before.stop();
await after.stop();
