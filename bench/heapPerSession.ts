/**
 * `npx tsx bench/heapPerSession.ts [endpoint] [sessions]`: what a finished turn leaves behind. Runs
 * `sessions` turns of 200 tokens on the memory-store gateway (200 at a time, one session each) and
 * prints the server's heap after a full GC with 200 and with `sessions` finished, per session: what the
 * store keeps plus what the engine still holds of turns that have ended. BENCH_ROOT measures another
 * checkout (the before of a change). Also the pause of one forced full collection at each reading: the
 * store's objects are what every major GC of a long-running memory-store gateway marks and moves.
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
  const before = await server.control('stats');
  const { heapUsed } = await server.control('gc');
  await sleep(100); // the server's GC observer reports the pauses after the fact
  const { majorGcMs } = await server.control('stats');
  // Two forced collections (the second finds what the first freed): their mean pause.
  return { count, heapUsed, pauseMs: (majorGcMs - before.majorGcMs) / 2 };
};
const readings = [];
for (let done = 0; done < total; done += BATCH) {
  const conns = await openConnections(server.wsBase, endpoint as Endpoint, BATCH);
  await Promise.all(conns.map((c) => c.turn({ tokens: 200, intervalMs: 0, gated: false }, ROUTINE_TEXT)));
  for (const c of conns) c.close();
  if (done === 0) readings.push(await heapAfter(BATCH));
}
readings.push(await heapAfter(total));
type Reading = { count: number; heapUsed: number; pauseMs: number };
const [first, last] = readings as [Reading, Reading];
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
console.log(`${endpoint}: heap after a full GC ${mib(first.heapUsed)} MiB with ${first.count} finished sessions, ${mib(last.heapUsed)} MiB with ${last.count}: ${((last.heapUsed - first.heapUsed) / (last.count - first.count) / 1024).toFixed(1)} KiB per finished session; a full collection's pause ${first.pauseMs.toFixed(1)} ms with ${first.count}, ${last.pauseMs.toFixed(1)} ms with ${last.count}`);
await server.stop();
