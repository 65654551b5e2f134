import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { TYPESCRIPT_LOADER } from '../../server/loader/typeScriptLoader.ts';

export interface GatewayProcess extends AsyncDisposable {
  readonly pid: number;
  readonly port: number;
  readonly url: string;
  readonly wsUrl: string;
  /** Resolves with the exit code (or signal) once the process is gone. */
  readonly exited: Promise<number | NodeJS.Signals>;
  /** What the process wrote to stderr (for failure messages). */
  stderr(): string;
  kill(signal?: NodeJS.Signals): Promise<number | NodeJS.Signals>;
}

const TEST_ENTRY = fileURLToPath(new URL('./gatewayProcessEntry.ts', import.meta.url));

/**
 * Starts a gateway in its own Node process (`node --import <npm start's loader> <entry>`) on a free port and waits
 * until it listens. Default entry: the scripted test gateway; pass `server/main.ts` for `npm start`.
 */
export async function startGatewayProcess(opts: { env?: Record<string, string | number>; entry?: string; timeoutMs?: number } = {}): Promise<GatewayProcess> {
  const env = { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...stringify(opts.env ?? {}) };
  const child = spawn(process.execPath, ['--import', TYPESCRIPT_LOADER, opts.entry ?? TEST_ENTRY], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | NodeJS.Signals>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code ?? 0)));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gateway process did not start:\n${stderr}`)), opts.timeoutMs ?? 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /LISTENING (\d+)|listening on http:\/\/[^:]+:(\d+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1] ?? match[2]));
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`gateway process exited (${code}) before listening:\n${stderr}`));
    });
  });
  const kill = (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  const url = `http://127.0.0.1:${port}`;
  return {
    pid: child.pid as number,
    port,
    url,
    wsUrl: url.replace('http:', 'ws:'),
    exited,
    stderr: () => stderr,
    kill,
    async [Symbol.asyncDispose]() {
      await kill('SIGKILL');
    },
  };
}

function stringify(env: Record<string, string | number>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v)]));
}
