import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Cluster, Redis } from 'ioredis';
import { freePort } from './freePort.ts';

export interface TestRedisCluster extends AsyncDisposable {
  /** Seed node URLs, as the gateway's REDIS_CLUSTER_NODES takes them (comma-joined). */
  readonly nodes: readonly string[];
  stop(): Promise<void>;
}

const SERVER = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'];
const CLI = ['/usr/bin/redis-cli', '/usr/local/bin/redis-cli'];
const run = promisify(execFile);

/**
 * A Redis Cluster for tests: TEST_REDIS_CLUSTER_NODES when set (what .ci/run starts; not the gateway's
 * REDIS_CLUSTER_NODES, which every gateway process a test spawns would inherit), else three primaries (no replicas) of
 * /usr/bin/redis-server on loopback, joined by `redis-cli --cluster create`, each in its own temp dir.
 * Without either, CI fails (the cluster tests must run there, as the single-Redis ones) and elsewhere the caller gets
 * `undefined` and a visible notice, so it can skip. `ports` pins the three client ports (their
 * cluster bus ports are free ports either way).
 */
export async function startRedisCluster(opts: { ports?: readonly [number, number, number] } = {}): Promise<TestRedisCluster | undefined> {
  const fromEnv = process.env['TEST_REDIS_CLUSTER_NODES'];
  if (fromEnv) {
    const nodes = fromEnv.split(',').map((s) => s.trim());
    await waitForCluster(nodes, 10_000);
    return { nodes, stop: async () => {}, [Symbol.asyncDispose]: async () => {} };
  }
  const server = SERVER.find((p) => existsSync(p));
  const cli = CLI.find((p) => existsSync(p));
  if (!server || !cli) {
    const message = 'Redis Cluster tests need TEST_REDIS_CLUSTER_NODES, or redis-server and redis-cli (apt-get install redis-server)';
    if (process.env['CI']) throw new Error(`${message}; they may not be skipped in CI`);
    process.stderr.write(`\n  NOTICE: skipping Redis Cluster tests. ${message}.\n\n`);
    return undefined;
  }
  const ports = opts.ports ?? [await freePort(), await freePort(), await freePort()];
  const children: { child: ChildProcess; dir: string }[] = [];
  const kill = () => children.forEach(({ child }) => child.kill('SIGKILL'));
  process.once('exit', kill);
  const stop = async () => {
    process.off('exit', kill);
    await Promise.all(
      children.map(async ({ child, dir }) => {
        if (child.exitCode === null && child.signalCode === null) {
          const exited = new Promise((resolve) => child.once('exit', resolve));
          child.kill('SIGTERM');
          await exited;
        }
        rmSync(dir, { recursive: true, force: true });
      }),
    );
  };
  try {
    for (const port of ports) {
      const dir = mkdtempSync(join(tmpdir(), 'medchat-redis-cluster-'));
      const args = ['--port', String(port), '--cluster-port', String(await freePort()), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no',
        '--cluster-enabled', 'yes', '--cluster-config-file', 'nodes.conf', '--cluster-node-timeout', '5000'];
      children.push({ child: spawn(server, args, { stdio: 'ignore' }), dir });
    }
    for (const port of ports) await pingNode(port, 10_000);
    await run(cli, ['--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '0', '--cluster-yes'], { timeout: 30_000 });
    const nodes = ports.map((p) => `redis://127.0.0.1:${p}`);
    await waitForCluster(nodes, 20_000);
    return { nodes, stop, [Symbol.asyncDispose]: stop };
  } catch (cause) {
    await stop();
    throw cause;
  }
}

async function pingNode(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.ping();
      return;
    } catch (cause) {
      if (Date.now() > deadline) throw new Error(`Redis on port ${port} did not answer`, { cause });
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      client.disconnect();
    }
  }
}

/** Until every node says cluster_state:ok and a cluster client writes keys that land on every primary. */
async function waitForCluster(nodes: readonly string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const seeds = nodes.map((n) => new URL(n)).map((u) => ({ host: u.hostname, port: Number(u.port) }));
  for (;;) {
    const probes = seeds.map((seed) => new Redis({ ...seed, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null }));
    const cluster = new Cluster(seeds, { redisOptions: { maxRetriesPerRequest: 0 }, clusterRetryStrategy: () => null });
    for (const c of [...probes, cluster]) c.on('error', () => {});
    try {
      const infos = await Promise.all(probes.map((p) => p.cluster('INFO')));
      if (!infos.every((info) => String(info).includes('cluster_state:ok'))) throw new Error('cluster_state is not ok yet');
      for (const tag of ['a', 'b', 'c', 'd', 'e', 'f']) await cluster.set(`medchat:ready:{${tag}}`, '1', 'PX', 1000);
      return;
    } catch (cause) {
      if (Date.now() > deadline) throw new Error(`Redis Cluster at ${nodes.join(',')} is not ready`, { cause });
      await new Promise((r) => setTimeout(r, 100));
    } finally {
      for (const p of probes) p.disconnect();
      cluster.disconnect();
    }
  }
}
