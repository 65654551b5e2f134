/**
 * `npm run -s bench:emergency [-- --n 200]`: time from sending a message to the `emergency` frame at
 * a plain WebSocket client (compat endpoint), against the time to `stream_start` on the same turns
 * (the gateway's fixed cost before any agent runs). The gateway runs in its own process, the client
 * here, on loopback, with the built-in agents and the local engine.
 */
import { parseArgs } from 'node:util';
import { nextEmergencyMessage } from './lib/newMessages.ts';
import { percentile } from './lib/percentile.ts';
import { spawnGateway, timeEmergencyTurn } from './lib/spawnGateway.ts';

const { values } = parseArgs({ options: { n: { type: 'string', default: '200' } } });
const n = Number(values.n);

const gateway = await spawnGateway();
const ws = await gateway.openCompat();

const toEmergency: number[] = [];
const toStart: number[] = [];
for (let i = 0; i < n; i++) {
  const turn = await timeEmergencyTurn(ws, nextEmergencyMessage());
  toEmergency.push(turn.toEmergency);
  toStart.push(turn.toStart);
  if (process.stderr.isTTY) process.stderr.write(`\r${i + 1}/${n}`);
}
if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
ws.close();
gateway.stop();

const row = (label: string, xs: number[]) =>
  `${label.padEnd(32)} p50 ${percentile(xs, 50).toFixed(2).padStart(7)} ms   p95 ${percentile(xs, 95).toFixed(2).padStart(7)} ms   max ${Math.max(...xs).toFixed(2).padStart(7)} ms`;
console.log(`${n} emergency messages over the compat endpoint (loopback, separate processes)`);
console.log(row('message → stream_start', toStart));
console.log(row('message → emergency frame', toEmergency));
// The safety stage runs in the tick that queues stream_start, so both frames leave together: the
// check's cost is in both figures, and the time to the emergency frame is what the target bounds.
console.log(row('emergency frame after stream_start', toEmergency.map((t, i) => t - (toStart[i] ?? 0))));
