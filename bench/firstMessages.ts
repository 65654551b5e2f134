/**
 * `npm run -s bench:first [-- --starts 5]`: what the first people after a start wait. Each start
 * spawns `npm start`'s gateway afresh (built-in agents, local engine), then one plain-JSON client sends
 * new messages that must alert, one after another: the time to the emergency frame of the first three
 * messages, against the median of messages 21–40 of the same process (the engine warm), so each
 * start's ratio compares like with like. Also the time from spawn to "listening".
 */
import { parseArgs } from 'node:util';
import { median } from './lib/summarize.ts';
import { nextEmergencyMessage } from './lib/newMessages.ts';
import { spawnGateway, timeEmergencyTurn } from './lib/spawnGateway.ts';

const { values } = parseArgs({ options: { starts: { type: 'string', default: '5' } } });
const starts = Number(values.starts);
const FIRST = 3;
const WARM_FROM = 20;
const WARM_TO = 40;

const listening: number[] = [];
const first: number[][] = Array.from({ length: FIRST }, () => []);
const warm: number[] = [];
const ratios: number[] = [];
for (let s = 0; s < starts; s++) {
  const gateway = await spawnGateway();
  try {
    listening.push(gateway.startMs);
    const ws = await gateway.openCompat();
    const times: number[] = [];
    for (let i = 0; i < WARM_TO; i++) times.push((await timeEmergencyTurn(ws, nextEmergencyMessage())).toEmergency);
    ws.close();
    const warmMedian = median(times.slice(WARM_FROM));
    for (let i = 0; i < FIRST; i++) first[i]?.push(times[i] as number);
    warm.push(warmMedian);
    ratios.push((times[0] as number) / warmMedian);
  } finally {
    gateway.stop();
  }
  if (process.stderr.isTTY) process.stderr.write(`\r${s + 1}/${starts}`);
}
if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
const show = (xs: number[]) => `median ${median(xs).toFixed(1).padStart(7)} ms  [${xs.map((x) => x.toFixed(1)).join(', ')}]`;
console.log(`${starts} starts of the gateway; messages that must alert, over the compat endpoint (loopback)`);
console.log(`spawn → listening              ${show(listening)}`);
for (let i = 0; i < FIRST; i++) console.log(`message ${i + 1} → emergency frame    ${show(first[i] as number[])}`);
console.log(`messages ${WARM_FROM + 1}–${WARM_TO} → emergency frame ${show(warm)}`);
console.log(`first ÷ warm, per start         median ${median(ratios).toFixed(1)}  [${ratios.map((x) => x.toFixed(1)).join(', ')}]`);
