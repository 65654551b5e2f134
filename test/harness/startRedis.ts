import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { freePort } from './freePort.ts';

export interface TestRedis extends AsyncDisposable {
  readonly url: string;
  /** With `tls`: the self-signed certificate clients must trust (e.g. via NODE_EXTRA_CA_CERTS). */
  readonly caFile?: string;
  stop(): Promise<void>;
}

const SERVER_PATHS = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'];

/**
 * A Redis for tests: REDIS_URL when set, else a throwaway /usr/bin/redis-server on a free port in a
 * temp dir. Without either, CI fails (the Redis tests must run there) and a developer's machine gets
 * `undefined` plus a visible notice, so the caller can skip. With `password` it always starts its own
 * server (AUTH required), and the returned URL carries the password; with `tls` it serves only TLS
 * (`rediss://localhost`) with a fresh self-signed certificate made by openssl; `dedicated` always
 * starts its own (for tests that stop it).
 */
export async function startRedis(opts: { password?: string; tls?: boolean; dedicated?: boolean } = {}): Promise<TestRedis | undefined> {
  if (process.env['REDIS_URL'] && opts.password === undefined && !opts.tls && !opts.dedicated) {
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
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'];
  if (opts.password !== undefined) args.push('--requirepass', opts.password);
  let caFile: string | undefined;
  if (opts.tls) {
    caFile = join(dir, 'cert.pem');
    const key = join(dir, 'key.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', caFile, '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'], { stdio: 'ignore' });
    args.splice(1, 1, '0');
    args.push('--tls-port', String(port), '--tls-cert-file', caFile, '--tls-key-file', key, '--tls-ca-cert-file', caFile, '--tls-auth-clients', 'no');
  }
  const child: ChildProcess = spawn(binary, args, { stdio: 'ignore' });
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  const auth = opts.password === undefined ? '' : `:${encodeURIComponent(opts.password)}@`;
  const url = opts.tls ? `rediss://${auth}localhost:${port}` : `redis://${auth}127.0.0.1:${port}`;
  await ping(url, 10_000, caFile);
  const stop = async () => {
    process.off('exit', kill);
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  return { url, ...(caFile ? { caFile } : {}), stop, [Symbol.asyncDispose]: stop };
}

async function ping(url: string, timeoutMs: number, caFile?: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const tls = caFile ? { tls: { ca: readFileSync(caFile) } } : {};
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, ...tls });
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
