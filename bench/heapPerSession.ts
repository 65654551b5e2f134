/**
 * `npx tsx bench/heapPerSession.ts [endpoint] [sessions]`: what a finished turn leaves behind. Runs
 * `sessions` turns of 200 tokens on the memory-store gateway (200 at a time, one session each) and
 * prints the server's heap after a full GC with 200 and with `sessions` finished, per session: what the
 * store keeps plus what the engine still holds of turns that have ended. BENCH_ROOT measures another
 * checkout (the before of a change).
 */
import { openConnections, type Endpoint } from './lib/openConnection.ts';
import { sleep } from './lib/progress.ts';
import { startServer } from './lib/startServer.ts';
import { ROUTINE_TEXT } from './lib/texts.ts';

const [endpoint = 'compat', sessionsArg = '4000'] = process.argv.slice(2);
const total = Number(sessionsArg);
const BATCH = 200;
const server = await startServer('gateway');
const heapAfter = async (count: number) => {
  await sleep(500);
  const { heapUsed } = await server.control('gc');
  return { count, heapUsed };
};
const readings = [];
for (let done = 0; done < total; done += BATCH) {
  const conns = await openConnections(server.wsBase, endpoint as Endpoint, BATCH);
  await Promise.all(conns.map((c) => c.turn({ tokens: 200, intervalMs: 0, gated: false }, ROUTINE_TEXT)));
  for (const c of conns) c.close();
  if (done === 0) readings.push(await heapAfter(BATCH));
}
readings.push(await heapAfter(total));
const [first, last] = readings as [{ count: number; heapUsed: number }, { count: number; heapUsed: number }];
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
console.log(`${endpoint}: heap after a full GC ${mib(first.heapUsed)} MiB with ${first.count} finished sessions, ${mib(last.heapUsed)} MiB with ${last.count}: ${((last.heapUsed - first.heapUsed) / (last.count - first.count) / 1024).toFixed(1)} KiB per finished session`);
await server.stop();
