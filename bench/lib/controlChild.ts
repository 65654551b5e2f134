import type { ChildProcess } from 'node:child_process';
import type { ServerStats } from './serveControl.ts';
import type { BenchServer, ServerKind } from './startServer.ts';

/**
 * A forked bench server (it answers bench/lib/serveControl.ts's IPC messages) as a BenchServer, once it
 * says it is ready. `stop` disconnects the channel, which makes the server exit normally (when
 * --cpu-prof writes its profile), kills it if it has not exited in 10 s, then runs `cleanup`.
 */
export async function controlChild(child: ChildProcess, kind: ServerKind, cleanup?: () => void): Promise<BenchServer> {
  const pending = new Map<number, (stats: ServerStats) => void>();
  let nextId = 0;
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${kind} server exited (${code}) before it was ready`)));
    child.on('message', (msg: { ready?: boolean; port?: number; id?: number; stats?: ServerStats }) => {
      if (msg.ready) resolve(msg.port as number);
      else if (msg.id !== undefined && msg.stats) pending.get(msg.id)?.(msg.stats);
    });
  });
  return {
    kind,
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
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.disconnect();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      cleanup?.();
    },
  };
}
