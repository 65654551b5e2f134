import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';

export interface TestRedis extends AsyncDisposable {
  readonly url: string;
  stop(): Promise<void>;
}

const SERVER_PATHS = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'];

/**
 * A Redis for tests: REDIS_URL when set, else a throwaway /usr/bin/redis-server on a free port in a
 * temp dir. Without either, CI fails (the Redis tests must run there) and a developer's machine gets
 * `undefined` plus a visible notice, so the caller can skip.
 */
export async function startRedis(): Promise<TestRedis | undefined> {
  if (process.env['REDIS_URL']) {
    const url = process.env['REDIS_URL'];
    await ping(url, 5000);
    return { url, stop: async () => {}, [Symbol.asyncDispose]: async () => {} };
  }
  const binary = SERVER_PATHS.find((p) => existsSync(p));
  if (!binary) {
    const message = 'Redis tests need REDIS_URL or redis-server (apt-get install redis-server)';
    if (process.env['CI']) throw new Error(`${message}; they may not be skipped in CI`);
    process.stderr.write(`\n  NOTICE: skipping Redis tests. ${message}.\n\n`);
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'medchat-redis-'));
  const port = await freePort();
  const child: ChildProcess = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  const url = `redis://127.0.0.1:${port}`;
  await ping(url, 10_000);
  const stop = async () => {
    process.off('exit', kill);
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  return { url, stop, [Symbol.asyncDispose]: stop };
}

async function ping(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.ping();
      return;
    } catch (cause) {
      if (Date.now() > deadline) throw new Error(`Redis at ${url} did not answer`, { cause });
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      client.disconnect();
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
