import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { WebSocket } from 'ws';
import { TYPESCRIPT_LOADER } from '../../server/loader/typeScriptLoader.ts';

export interface SpawnedGateway {
  readonly url: string;
  readonly process: ChildProcess;
  /** From spawn to the "listening" line, ms: the process's start-up, module loading included. */
  readonly startMs: number;
  /** A plain-JSON (compat) client, its connection frame read. */
  openCompat(): Promise<WebSocket>;
  stop(): void;
}

/**
 * `npm start`'s gateway (server/main.ts, the built-in agents, the local engine, the memory store) in
 * its own process on port 0, with the per-connection and per-user rate limits lifted: one bench client
 * sends every message. `BENCH_CPU_PROF=dir` profiles the gateway (--cpu-prof), as in startServer, sampling every
 * `BENCH_CPU_PROF_INTERVAL` µs (1000 by default: too coarse to see one turn's 5 ms).
 */
export async function spawnGateway(env: Record<string, string> = {}): Promise<SpawnedGateway> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const spawnedAt = performance.now();
  const profDir = process.env['BENCH_CPU_PROF'];
  const interval = process.env['BENCH_CPU_PROF_INTERVAL'];
  const profile = profDir ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`, ...(interval ? [`--cpu-prof-interval=${interval}`] : [])] : [];
  const child = spawn(process.execPath, [...profile, '--import', TYPESCRIPT_LOADER, 'server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      STORE: 'memory',
      LOG_LEVEL: 'silent',
      LOCAL_TOKEN_DELAY_MS: '0',
      RATE_LIMIT_PER_MINUTE_CONNECTION: '100000',
      RATE_LIMIT_PER_MINUTE_USER: '100000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = (await once(child.stdout, 'data')) as [Buffer];
  const startMs = performance.now() - spawnedAt;
  const url = /listening on (http:\/\/\S+)/.exec(line.toString())?.[1];
  if (!url) {
    child.kill('SIGTERM');
    throw new Error(`gateway did not start: ${line.toString()}`);
  }
  return {
    url,
    process: child,
    startMs,
    async openCompat() {
      const ws = new WebSocket(`${url.replace('http', 'ws')}/api/v1/ws/chat`);
      // The connection frame can come in the same read as the upgrade's answer, so 'message' fires in
      // the tick of 'open': waiting for 'open' first missed it now and then and hung the bench.
      await once(ws, 'message');
      return ws;
    },
    stop: () => void child.kill('SIGTERM'),
  };
}

/**
 * Sends one message that must raise an alert and resolves with the times (ms from sending) to
 * `stream_start` and to the `emergency` frame; the turn is cancelled once the frame is in.
 */
export function timeEmergencyTurn(ws: WebSocket, message: string): Promise<{ toStart: number; toEmergency: number }> {
  const sent = performance.now();
  let toStart = 0;
  let toEmergency: number | undefined;
  return new Promise((resolve, reject) => {
    const onMessage = (data: Buffer) => {
      const frame = JSON.parse(data.toString()) as { type: string };
      if (frame.type === 'stream_start') toStart = performance.now() - sent;
      if (frame.type === 'emergency' && toEmergency === undefined) {
        toEmergency = performance.now() - sent;
        ws.send(JSON.stringify({ type: 'cancel' }));
      }
      if (frame.type === 'stream_end' || frame.type === 'error') {
        ws.off('message', onMessage);
        if (frame.type === 'error') reject(new Error(JSON.stringify(frame)));
        else if (toEmergency === undefined) reject(new Error(`no emergency frame for: ${message}`));
        else resolve({ toStart, toEmergency });
      }
    };
    ws.on('message', onMessage);
    ws.send(JSON.stringify({ message, enable_agents: true }));
  });
}
