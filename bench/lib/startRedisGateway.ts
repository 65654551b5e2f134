import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { TYPESCRIPT_LOADER } from '../../server/loader/typeScriptLoader.ts';
import type { ServerStats } from './serveControl.ts';
import type { BenchServer } from './startServer.ts';

/**
 * A gateway on the Redis store in its own process (bench/lib/redisGatewayServer.ts), with the same
 * IPC control channel as startServer's servers, so the scenarios run against it unchanged.
 */
export async function startRedisGateway(env: Record<string, string>): Promise<BenchServer> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const child: ChildProcess = fork(fileURLToPath(new URL('./redisGatewayServer.ts', import.meta.url)), [], {
    cwd: root,
    execArgv: ['--import', TYPESCRIPT_LOADER, '--expose-gc'],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<number, (stats: ServerStats) => void>();
  let nextId = 0;
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`redis gateway exited (${code}) before it was ready`)));
    child.on('message', (msg: { ready?: boolean; port?: number; id?: number; stats?: ServerStats }) => {
      if (msg.ready) resolve(msg.port as number);
      else if (msg.id !== undefined && msg.stats) pending.get(msg.id)?.(msg.stats);
    });
  });
  return {
    kind: 'gateway',
    pid: child.pid as number,
    wsBase: `ws://127.0.0.1:${port}`,
    control(cmd) {
      const id = ++nextId;
      return new Promise((resolve) => {
        pending.set(id, (stats) => {
          pending.delete(id);
          resolve(stats);
        });
        child.send({ id, cmd });
      });
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.disconnect();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
