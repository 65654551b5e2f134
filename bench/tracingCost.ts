/**
 * `npm run bench:tracing [-- --rounds 5 --concurrency 50 --tokens 200]`: the CPU a token costs the
 * gateway with tracing off and on (on = exporting OTLP/JSON to a receiver in this process), measured
 * in the same run on two gateway processes, rounds alternating, and reported as a ratio per round.
 * Two windows: streaming (from the gate's `go` to the last stream_end, as bench.ts measures) and the
 * whole turn (connections, admission, agents and streaming; per token of the answer).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { TYPESCRIPT_LOADER } from '../server/loader/typeScriptLoader.ts';
import { controlChild } from './lib/controlChild.ts';
import { progress } from './lib/progress.ts';
import type { BenchServer } from './lib/startServer.ts';
import { median, round } from './lib/summarize.ts';
import { runThroughput } from './scenarios/runThroughput.ts';
import { serveBenchGateway } from './servers/serveBenchGateway.ts';

if (process.argv.includes('--serve')) await serve();
else await measure();

/** The bench gateway (bench/servers/serveBenchGateway.ts), traced when BENCH_OTLP_ENDPOINT is set. */
async function serve(): Promise<void> {
  const endpoint = process.env['BENCH_OTLP_ENDPOINT'];
  await serveBenchGateway({
    STORE: 'memory',
    ...(endpoint ? { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json', OTEL_SERVICE_NAME: 'medchat-bench' } : {}),
  });
}

async function measure(): Promise<void> {
  const { values } = parseArgs({ options: { rounds: { type: 'string' }, concurrency: { type: 'string' }, tokens: { type: 'string' } } });
  const rounds = Number(values.rounds ?? 5);
  const c = Number(values.concurrency ?? 50);
  const tokens = Number(values.tokens ?? 200);

  const receiver = await startReceiver();
  const servers = { off: await startBenchGateway(undefined), on: await startBenchGateway(receiver.url) };
  const runs: Record<string, { streaming: number[]; turn: number[] }> = {};
  try {
    for (const endpoint of ['compat', 'trpc'] as const) {
      for (const mode of ['off', 'on'] as const) await runThroughput(servers[mode], endpoint, 5, 50); // warm-up
      for (let r = 0; r < rounds; r++) {
        for (const mode of ['off', 'on'] as const) {
          const key = `${endpoint} ${mode}`;
          runs[key] ??= { streaming: [], turn: [] };
          const before = await servers[mode].control('stats');
          const run = await runThroughput(servers[mode], endpoint, c, tokens);
          const after = await servers[mode].control('stats');
          const turnUs = (after.cpuUs - before.cpuUs) / (after.emitted - before.emitted);
          runs[key].streaming.push(run.cpuUsPerToken);
          runs[key].turn.push(turnUs);
          progress(`round ${r + 1} ${key}: ${run.cpuUsPerToken.toFixed(2)} µs CPU/token streaming, ${turnUs.toFixed(2)} µs CPU/token whole turn`);
        }
      }
    }
  } finally {
    await Promise.all([servers.off.stop(), servers.on.stop()]);
    await receiver.close();
  }

  const rows = (['compat', 'trpc'] as const).map((endpoint) => {
    const off = runs[`${endpoint} off`] as { streaming: number[]; turn: number[] };
    const on = runs[`${endpoint} on`] as { streaming: number[]; turn: number[] };
    // Rounds alternated off/on: round i's ratio pairs runs that saw the same machine load.
    const ratio = (a: number[], b: number[]) => round(median(a.map((x, i) => x / (b[i] as number))));
    return {
      endpoint,
      'off µs/token (streaming)': round(median(off.streaming)),
      'on µs/token (streaming)': round(median(on.streaming)),
      'on/off (streaming)': ratio(on.streaming, off.streaming),
      'off µs/token (turn)': round(median(off.turn)),
      'on µs/token (turn)': round(median(on.turn)),
      'on/off (turn)': ratio(on.turn, off.turn),
    };
  });
  console.log(`tracing cost: ${rounds} rounds, ${c} concurrent turns of ${tokens} tokens, medians; ${receiver.spans()} spans received as OTLP/JSON`);
  console.table(rows);
}

/** A bench gateway process (this file with --serve), with the IPC control channel bench/lib/serveControl.ts answers. */
async function startBenchGateway(otlpEndpoint: string | undefined): Promise<BenchServer> {
  const env: NodeJS.ProcessEnv = { ...process.env, BENCH_OTLP_ENDPOINT: otlpEndpoint ?? '', OTEL_BSP_SCHEDULE_DELAY: '200' };
  for (const key of Object.keys(env)) if (key.startsWith('OTEL_') && key !== 'OTEL_BSP_SCHEDULE_DELAY') delete env[key];
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['--serve'], { execArgv: ['--import', TYPESCRIPT_LOADER, '--expose-gc'], env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return controlChild(child, 'gateway');
}

/** An OTLP/HTTP receiver that accepts and counts spans (the collector's side, in this process). */
async function startReceiver(): Promise<{ url: string; spans: () => number; close: () => Promise<void> }> {
  let spans = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { resourceSpans?: { scopeSpans?: { spans?: unknown[] }[] }[] };
      for (const rs of body.resourceSpans ?? []) for (const ss of rs.scopeSpans ?? []) spans += ss.spans?.length ?? 0;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans: () => spans,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
