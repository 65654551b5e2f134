/**
 * `npm run -s bench:emergency [-- --n 200]`: time from sending a message to the `emergency` frame at
 * a plain WebSocket client (compat endpoint), against the time to `stream_start` on the same turns
 * (the gateway's fixed cost before any agent runs). The gateway runs in its own process, the client
 * here, on loopback, with the built-in agents and the local engine.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { WebSocket } from 'ws';
import { nextEmergencyMessage } from './lib/newMessages.ts';
import { percentile } from './lib/percentile.ts';
import { TYPESCRIPT_LOADER } from '../server/loader/typeScriptLoader.ts';

const { values } = parseArgs({ options: { n: { type: 'string', default: '200' } } });
const n = Number(values.n);

const root = fileURLToPath(new URL('..', import.meta.url));
const server = spawn(process.execPath, ['--import', TYPESCRIPT_LOADER, 'server/main.ts'], {
  cwd: root,
  // One client sends every message: the rate limits it is not measuring are lifted.
  env: {
    ...process.env,
    PORT: '0',
    STORE: 'memory',
    LOG_LEVEL: 'silent',
    LOCAL_TOKEN_DELAY_MS: '0',
    RATE_LIMIT_PER_MINUTE_CONNECTION: '100000',
    RATE_LIMIT_PER_MINUTE_USER: '100000',
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const [line] = (await once(server.stdout, 'data')) as [Buffer];
const url = /listening on (http:\/\/\S+)/.exec(line.toString())?.[1];
if (!url) throw new Error(`gateway did not start: ${line.toString()}`);

const ws = new WebSocket(`${url.replace('http', 'ws')}/api/v1/ws/chat`);
await once(ws, 'open');
await once(ws, 'message'); // connection frame

const toEmergency: number[] = [];
const toStart: number[] = [];
for (let i = 0; i < n; i++) {
  const sent = performance.now();
  let started = 0;
  await new Promise<void>((resolve, reject) => {
    const onMessage = (data: Buffer) => {
      const frame = JSON.parse(data.toString()) as { type: string };
      if (frame.type === 'stream_start') started = performance.now() - sent;
      if (frame.type === 'emergency') {
        toEmergency.push(performance.now() - sent);
        toStart.push(started);
        ws.send(JSON.stringify({ type: 'cancel' }));
      }
      if (frame.type === 'stream_end' || frame.type === 'error') {
        ws.off('message', onMessage);
        if (frame.type === 'error') reject(new Error(JSON.stringify(frame)));
        else resolve();
      }
    };
    ws.on('message', onMessage);
    ws.send(JSON.stringify({ message: nextEmergencyMessage(), enable_agents: true }));
  });
  if (process.stderr.isTTY) process.stderr.write(`\r${i + 1}/${n}`);
}
if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
ws.close();
server.kill('SIGTERM');

const row = (label: string, xs: number[]) =>
  `${label.padEnd(32)} p50 ${percentile(xs, 50).toFixed(2).padStart(7)} ms   p95 ${percentile(xs, 95).toFixed(2).padStart(7)} ms   max ${Math.max(...xs).toFixed(2).padStart(7)} ms`;
console.log(`${n} emergency messages over the compat endpoint (loopback, separate processes)`);
console.log(row('message → stream_start', toStart));
console.log(row('message → emergency frame', toEmergency));
// The safety stage runs in the tick that queues stream_start, so both frames leave together: the
// check's cost is in both figures, and the time to the emergency frame is what the target bounds.
console.log(row('emergency frame after stream_start', toEmergency.map((t, i) => t - (toStart[i] ?? 0))));
