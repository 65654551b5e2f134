/**
 * `npm run bench:redis [-- --streams 200 --tokens 500 --rounds 1]`: what the Redis store costs at an
 * equal paced load (streams × 50 tokens/s, compat endpoint, the whole gateway with its agents), for
 * one gateway instance and for two sharing one Redis (half the streams each), against raw ws in the
 * same run. Redis operations and CPU come from INFO deltas (commandstats counts a script's own calls
 * too); `REDIS_FLUSH_MS=0` is run as well, to show what batching saves. Redis: BENCH_REDIS_URL (it is
 * flushed: give it a Redis of its own), else a private redis-server on a free port.
 * Prints a table and writes the figures under `redis` in bench/results.json.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { createDelayHistogram } from '../lib/createDelayHistogram.ts';
import { openConnections, type BenchConnection } from '../lib/openConnection.ts';
import { progress, sleep } from '../lib/progress.ts';
import { commandDeltas, readRedisInfo } from '../lib/readRedisInfo.ts';
import { startRedisGateway } from '../lib/startRedisGateway.ts';
import { startServer, type BenchServer } from '../lib/startServer.ts';
import { median, round } from '../lib/summarize.ts';
import { ROUTINE_TEXT } from '../lib/texts.ts';
import { freePort } from '../../test/harness/freePort.ts';

const { values } = parseArgs({ options: { streams: { type: 'string' }, tokens: { type: 'string' }, rounds: { type: 'string' } } });
const STREAMS = Number(values.streams ?? 200);
const TOKENS = Number(values.tokens ?? 500);
const ROUNDS = Number(values.rounds ?? 1);
const INTERVAL_MS = 20; // 50 tokens/s

interface LoadRun {
  readonly gatewayCpuUsPerToken: number;
  readonly p50DelayMs: number;
  readonly p99DelayMs: number;
  /** Redis, from the gate opening to the last stream_end: the tokens, the turns' ends, lease renewals. */
  readonly redisOpsPerToken?: number;
  readonly redisCpuUsPerToken?: number;
  /** Redis work before the gate per turn (session, history, profile, turn, the user's message). */
  readonly redisOpsPerTurnBeforeTokens?: number;
  /** All of it over the tokens: what a turn of this length costs per token. */
  readonly redisOpsPerTokenWholeTurn?: number;
  readonly commands?: Record<string, number>;
  /** The same, from the gate opening on: what streaming costs, command by command. */
  readonly streamingCommands?: Record<string, number>;
}

/** `streams` paced turns of `tokens` tokens, spread over the servers, released together. */
async function runLoad(servers: readonly BenchServer[], endpoint: 'raw' | 'compat', redis: Redis | undefined, load = { streams: STREAMS, tokens: TOKENS }): Promise<LoadRun> {
  const { streams: STREAMS, tokens: TOKENS } = load;
  const per = Math.round(STREAMS / servers.length);
  const info0 = redis ? await readRedisInfo(redis) : undefined;
  const conns: BenchConnection[][] = await Promise.all(servers.map((s) => openConnections(s.wsBase, endpoint, per)));
  const histogram = createDelayHistogram();
  const spec = { tokens: TOKENS, intervalMs: INTERVAL_MS, gated: true };
  try {
    const turns = conns.flat().map(async (conn) => {
      const offsets = new Float64Array(TOKENS);
      const result = await conn.turn(spec, ROUTINE_TEXT, (count, total, now) => {
        for (let j = total - count; j < total; j++) offsets[j] = now - j * INTERVAL_MS;
      });
      const best = offsets.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
      for (const offset of offsets) histogram.add(offset - best);
      return result;
    });
    for (const s of servers) while ((await s.control('stats')).waiting < per) await sleep(20);
    const info1 = redis ? await readRedisInfo(redis) : undefined;
    const before = await Promise.all(servers.map((s) => s.control('go')));
    const results = await Promise.all(turns);
    const after = await Promise.all(servers.map((s) => s.control('reset')));
    const info2 = redis ? await readRedisInfo(redis) : undefined;
    const received = results.reduce((n, r) => n + r.tokens, 0);
    if (received !== STREAMS * TOKENS) throw new Error(`${endpoint}: received ${received} tokens, expected ${STREAMS * TOKENS}`);
    const cpuUs = after.reduce((n, a, i) => n + a.cpuUs - (before[i]?.cpuUs ?? 0), 0);
    const emitted = after.reduce((n, a, i) => n + a.emitted - (before[i]?.emitted ?? 0), 0);
    const run: LoadRun = { gatewayCpuUsPerToken: cpuUs / emitted, p50DelayMs: histogram.percentile(50), p99DelayMs: histogram.percentile(99) };
    if (!info0 || !info1 || !info2) return run;
    return {
      ...run,
      redisOpsPerToken: (info2.calls - info1.calls) / received,
      redisCpuUsPerToken: ((info2.cpuSec - info1.cpuSec) * 1e6) / received,
      redisOpsPerTurnBeforeTokens: (info1.calls - info0.calls) / STREAMS,
      redisOpsPerTokenWholeTurn: (info2.calls - info0.calls) / received,
      commands: commandDeltas(info0, info2),
      streamingCommands: commandDeltas(info1, info2),
    };
  } finally {
    for (const c of conns.flat()) c.close();
  }
}

/** BENCH_REDIS_URL, or a private redis-server (no persistence) stopped at the end. */
async function startBenchRedis(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env['BENCH_REDIS_URL']) return { url: process.env['BENCH_REDIS_URL'], stop: async () => {} };
  const binary = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((p) => existsSync(p));
  if (!binary) throw new Error('bench:redis needs BENCH_REDIS_URL or redis-server (apt-get install redis-server)');
  const dir = mkdtempSync(join(tmpdir(), 'medchat-bench-redis-'));
  const port = Number(process.env['BENCH_REDIS_PORT'] ?? (await freePort()));
  const child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    probe.on('error', () => {});
    try {
      await probe.connect();
      await probe.ping();
      break;
    } catch (cause) {
      if (i > 100) throw new Error(`redis-server on ${port} did not answer`, { cause });
      await sleep(50);
    } finally {
      probe.disconnect();
    }
  }
  return {
    url,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const CONFIGS = [
  { name: 'one instance', instances: 1, flushMs: 150 },
  { name: 'two instances', instances: 2, flushMs: 150 },
  { name: 'one instance, REDIS_FLUSH_MS=50', instances: 1, flushMs: 50 },
  { name: 'one instance, unbatched (REDIS_FLUSH_MS=0)', instances: 1, flushMs: 0 },
] as const;

const started = performance.now();
const benchRedis = await startBenchRedis();
const admin = new Redis(benchRedis.url);
const runs: { raw: LoadRun[] } & Record<string, LoadRun[]> = { raw: [] };
try {
  const raw = await startServer('raw');
  for (let r = 1; r <= ROUNDS; r++) {
    progress(`round ${r}: raw ws, ${STREAMS} streams × ${TOKENS} tokens at 50 tokens/s`);
    if (r === 1) await runLoad([raw], 'raw', undefined, { streams: 10, tokens: 50 });
    runs.raw.push(await runLoad([raw], 'raw', undefined));
    for (const c of CONFIGS) {
      await admin.flushall();
      const servers = await Promise.all(Array.from({ length: c.instances }, () => startRedisGateway({ REDIS_URL: benchRedis.url, REDIS_CLUSTER_NODES: '', REDIS_FLUSH_MS: String(c.flushMs) })));
      try {
        progress(`round ${r}: redis, ${c.name}`);
        // A short warm-up so the first turns' JIT and connections do not land in the figures.
        await runLoad(servers, 'compat', undefined, { streams: 10 * c.instances, tokens: 50 });
        (runs[c.name] ??= []).push(await runLoad(servers, 'compat', admin));
      } finally {
        await Promise.all(servers.map((s) => s.stop()));
      }
    }
  }
  await raw.stop();
} finally {
  admin.disconnect();
  await benchRedis.stop();
}

const med = (xs: readonly LoadRun[], pick: (r: LoadRun) => number | undefined) => median(xs.map(pick).filter((x): x is number => x !== undefined));
const rawCpu = med(runs.raw, (r) => r.gatewayCpuUsPerToken);
const summary = Object.fromEntries(
  Object.entries(runs).map(([name, xs]) => [
    name,
    {
      gatewayCpuUsPerToken: round(med(xs, (r) => r.gatewayCpuUsPerToken), 2),
      gatewayCpuVsRaw: round(med(xs, (r) => r.gatewayCpuUsPerToken) / rawCpu, 2),
      p50DelayMs: round(med(xs, (r) => r.p50DelayMs), 1),
      p99DelayMs: round(med(xs, (r) => r.p99DelayMs), 1),
      ...(name === 'raw'
        ? {}
        : {
            redisOpsPerToken: round(med(xs, (r) => r.redisOpsPerToken), 3),
            redisOpsPerTokenWholeTurn: round(med(xs, (r) => r.redisOpsPerTokenWholeTurn), 3),
            redisOpsPerTurnBeforeTokens: round(med(xs, (r) => r.redisOpsPerTurnBeforeTokens), 1),
            redisCpuUsPerToken: round(med(xs, (r) => r.redisCpuUsPerToken), 2),
            redisCpuVsRawWsCpu: round(med(xs, (r) => r.redisCpuUsPerToken) / rawCpu, 2),
            commands: xs.at(-1)?.commands ?? {},
            streamingCommands: xs.at(-1)?.streamingCommands ?? {},
          }),
    },
  ]),
);
const results = {
  date: new Date().toISOString(),
  cores: availableParallelism(),
  node: process.version,
  load: { streams: STREAMS, tokensPerStream: TOKENS, tokensPerSecondPerStream: 1000 / INTERVAL_MS, endpoint: 'compat', rounds: ROUNDS },
  seconds: Math.round((performance.now() - started) / 1000),
  runs: summary,
};

const lines = [`medchat-gateway bench:redis: ${results.cores} cores, Node ${process.version}, ${STREAMS} streams × ${TOKENS} tokens at 50 tokens/s, ${ROUNDS} round(s), ${results.seconds} s`];
lines.push('| run | gateway CPU µs/token (vs raw) | p50 / p99 token delay ms | Redis ops/token (whole turn) | Redis ops/turn before tokens | Redis CPU µs/token (vs raw ws CPU) |');
lines.push('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [name, s] of Object.entries(summary)) {
  const redisCols = 'redisOpsPerToken' in s ? `${s.redisOpsPerToken} (${s.redisOpsPerTokenWholeTurn}) | ${s.redisOpsPerTurnBeforeTokens} | ${s.redisCpuUsPerToken} (${s.redisCpuVsRawWsCpu}x)` : '- | - | -';
  lines.push(`| ${name} | ${s.gatewayCpuUsPerToken} (${s.gatewayCpuVsRaw}x) | ${s.p50DelayMs} / ${s.p99DelayMs} | ${redisCols} |`);
}
process.stdout.write(`${lines.join('\n')}\n`);

// bench.ts writes results.json whole; the figures go under their own key beside whatever it holds.
const file = fileURLToPath(new URL('../results.json', import.meta.url));
const current = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
writeFileSync(file, `${JSON.stringify({ ...current, redis: results }, null, 2)}\n`);
