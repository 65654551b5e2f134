/**
 * `npm run bench [-- --quick]`: what the gateway adds over a raw ws server (physical baseline) and a
 * bare tRPC subscription (framework baseline), each in its own process, measured in the same run with
 * baseline and gateway runs alternating. Prints a table, writes bench/results.json. See BENCHMARKS.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Endpoint } from './lib/openConnection.ts';
import { progress } from './lib/progress.ts';
import { startServer, type BenchServer, type ServerKind } from './lib/startServer.ts';
import { median, ratioSpread, round, spread, type Spread } from './lib/summarize.ts';
import { runIdle } from './scenarios/runIdle.ts';
import { EQUAL_LOAD, runEqualLoad } from './scenarios/runEqualLoad.ts';
import { runLatency } from './scenarios/runLatency.ts';
import { searchPacedCapacity, type PacedStep } from './scenarios/runPaced.ts';
import { runSlowReader } from './scenarios/runSlowReader.ts';
import { runThroughput, type ThroughputRun } from './scenarios/runThroughput.ts';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, rounds: { type: 'string' } } });
const quick = values.quick;
const rounds = Number(values.rounds ?? 3);
// --quick keeps every scenario but shrinks it; C=1000, SQLite and the paced search get one round there
// (each gateway turn runs all agents, so opening 1000 turns is most of a round's time).
const size = {
  throughput: quick ? { 1: 150, 100: 60, 1000: 10 } : { 1: 2000, 100: 500, 1000: 100 },
  throughputRounds: (c: number) => (quick && c === 1000 ? 1 : rounds),
  sqliteRounds: quick ? 1 : rounds,
  sqliteTokens: quick ? 30 : 300,
  equalLoad: { ...EQUAL_LOAD, tokens: quick ? 20 : EQUAL_LOAD.tokens },
  // The CPU targets are read here and a round is short (~25 s for all four): two more rounds than the
  // rest, so one round's major GC or noisy neighbour moves the median less.
  equalLoadRounds: quick ? rounds : rounds + 2,
  // Doubling, then bisection: three steps between the last step held and the first lost tell a ratio to
  // raw ws near 0.8 from 0.67 and 1.0 (at raw's 800–1,600 streams, to within 100). Quick: two.
  paced: quick ? { start: 50, cap: 800, seconds: 1, refine: 2 } : { start: 100, cap: 3200, seconds: 2, refine: 3 },
  pacedRounds: quick ? 1 : rounds,
  latencyTurns: quick ? 10 : 60,
  idleSockets: quick ? 1000 : 5000,
  slowReaderTokens: quick ? 20_000 : 200_000,
};
const started = performance.now();
const SERVER_OF: Record<Endpoint, ServerKind> = { raw: 'raw', bareTrpc: 'bareTrpc', compat: 'gateway', trpc: 'gateway' };

async function withServers<T>(kinds: readonly ServerKind[], fn: (servers: Record<string, BenchServer>) => Promise<T>): Promise<T> {
  const servers: Record<string, BenchServer> = {};
  try {
    for (const kind of kinds) servers[kind] = await startServer(kind);
    return await fn(servers);
  } finally {
    await Promise.all(Object.values(servers).map((s) => s.stop()));
  }
}

// Throughput and cost growth.
type Cs = 1 | 100 | 1000;
type Row = Endpoint | 'compatSqlite' | 'trpcSqlite';
const throughput: Record<string, Record<Row, ThroughputRun[]>> = {};
await withServers(['raw', 'bareTrpc', 'gateway', 'gatewaySqlite'], async (servers) => {
  const order: readonly Endpoint[] = ['raw', 'compat', 'bareTrpc', 'trpc'];
  for (const endpoint of order) await runThroughput(servers[SERVER_OF[endpoint]] as BenchServer, endpoint, 10, 100); // warm-up
  for (const c of [1, 100, 1000] as Cs[]) {
    const runs: Record<Row, ThroughputRun[]> = { raw: [], bareTrpc: [], compat: [], trpc: [], compatSqlite: [], trpcSqlite: [] };
    throughput[c] = runs;
    for (let r = 0; r < size.throughputRounds(c); r++) {
      for (const endpoint of order) {
        const run = await runThroughput(servers[SERVER_OF[endpoint]] as BenchServer, endpoint, c, size.throughput[c]);
        runs[endpoint].push(run);
        progress(`throughput C=${c} round ${r + 1} ${endpoint}: ${Math.round(run.tokensPerSec)} tokens/s, ${run.cpuUsPerToken.toFixed(2)} µs CPU/token, ${run.framesPerToken.toFixed(2)} frames/token`);
      }
      if (c === 100 && r < size.sqliteRounds) {
        // Store writes are on the hot path: the same load on SQLite.
        for (const endpoint of ['compat', 'trpc'] as const) {
          const run = await runThroughput(servers['gatewaySqlite'] as BenchServer, endpoint, c, size.sqliteTokens);
          runs[`${endpoint}Sqlite`].push(run);
          progress(`throughput C=${c} round ${r + 1} ${endpoint} (sqlite): ${Math.round(run.tokensPerSec)} tokens/s, ${run.cpuUsPerToken.toFixed(2)} µs CPU/token`);
        }
      }
    }
  }
});

// CPU per token at equal load: where the CPU targets are read.
const equalLoad = await withServers(['raw', 'bareTrpc', 'gateway'], (servers) =>
  runEqualLoad((endpoint) => servers[SERVER_OF[endpoint]] as BenchServer, { ...size.equalLoad, rounds: size.equalLoadRounds }, (r, endpoint, run) =>
    progress(`equal load round ${r} ${endpoint}: ${Math.round(run.tokensPerSec)} tokens/s, ${run.cpuUsPerToken.toFixed(2)} µs CPU/token (${run.systemUsPerToken.toFixed(2)} kernel), full GC ${run.majorGcMs.toFixed(0)} ms (+${run.markingGcMs.toFixed(0)} ms marking)`),
  ),
);

// Paced streams.
type PacedRuns = { held: number[]; capped: boolean[]; framesPerToken: number[]; cpuUsPerToken: number[]; steps: (readonly PacedStep[])[] };
const pacedRuns = (): PacedRuns => ({ held: [], capped: [], framesPerToken: [], cpuUsPerToken: [], steps: [] });
// The headline: compat and tRPC on SQLite (the default store), memory beside them, each as a ratio to
// raw ws measured in the same round. (Redis rows: bench/scenarios/redis*, their own scenario.)
const PACED_ROWS = ['raw', 'compatSqlite', 'trpcSqlite', 'compat', 'trpc', 'bareTrpc'] as const;
type PacedRow = (typeof PACED_ROWS)[number];
const paced = Object.fromEntries(PACED_ROWS.map((row) => [row, pacedRuns()])) as Record<PacedRow, PacedRuns>;
const pacedServer = (row: PacedRow): ServerKind => (row === 'compatSqlite' || row === 'trpcSqlite' ? 'gatewaySqlite' : SERVER_OF[row]);
const pacedEndpoint = (row: PacedRow): Endpoint => (row === 'compatSqlite' ? 'compat' : row === 'trpcSqlite' ? 'trpc' : row);
await withServers(['raw', 'bareTrpc', 'gateway', 'gatewaySqlite'], async (servers) => {
  for (let r = 0; r < size.pacedRounds; r++) {
    for (const endpoint of PACED_ROWS) {
      progress(`paced round ${r + 1} ${endpoint}`);
      const found = await searchPacedCapacity(servers[pacedServer(endpoint)] as BenchServer, pacedEndpoint(endpoint), size.paced);
      const atHeld = found.steps.find((s) => s.streams === found.held);
      paced[endpoint].held.push(found.held);
      paced[endpoint].capped.push(found.capped);
      paced[endpoint].framesPerToken.push(atHeld?.framesPerToken ?? Number.NaN);
      paced[endpoint].cpuUsPerToken.push(atHeld?.cpuUsPerToken ?? Number.NaN);
      paced[endpoint].steps.push(found.steps);
    }
  }
});

// Gateway-added latency.
const latency: Record<Endpoint, { ttft: number[]; emergency: number[] }> = {
  raw: { ttft: [], emergency: [] },
  bareTrpc: { ttft: [], emergency: [] },
  compat: { ttft: [], emergency: [] },
  trpc: { ttft: [], emergency: [] },
};
await withServers(['raw', 'bareTrpc', 'gateway'], async (servers) => {
  for (let r = 0; r <= rounds; r++) {
    for (const endpoint of ['raw', 'compat', 'bareTrpc', 'trpc'] as const) {
      const run = await runLatency(servers[SERVER_OF[endpoint]] as BenchServer, endpoint, size.latencyTurns);
      if (r === 0) continue; // warm-up round
      latency[endpoint].ttft.push(run.ttftP50);
      if (run.emergencyP50 !== undefined) latency[endpoint].emergency.push(run.emergencyP50);
    }
    progress(`latency round ${r}${r === 0 ? ' (warm-up)' : ''}`);
  }
});

// Idle sockets and one slow reader: a fresh server per endpoint (RSS once grown never shrinks back,
// so no endpoint may inherit another's freed memory), all started at once.
const idle: Partial<Record<Endpoint, { rss: number; heap: number }>> = {};
const slowReader: Partial<Record<Endpoint, { rssGrowthMiB: number; heapGrowthMiB: number; framesPerToken: number; producedWhilePaused: number }>> = {};
const endpoints = ['raw', 'bareTrpc', 'compat', 'trpc'] as const;
const fresh = await Promise.all(endpoints.map((e) => startServer(SERVER_OF[e])));
try {
  for (const [i, endpoint] of endpoints.entries()) {
    const server = fresh[i] as BenchServer;
    const run = await runIdle(server, endpoint, size.idleSockets);
    idle[endpoint] = { rss: run.rssBytesPerConnection, heap: run.heapBytesPerConnection };
    progress(`idle ${endpoint}: ${Math.round(run.rssBytesPerConnection)} B RSS, ${Math.round(run.heapBytesPerConnection)} B heap per socket`);
  }
  for (const [i, endpoint] of endpoints.entries()) {
    const run = await runSlowReader(fresh[i] as BenchServer, endpoint, size.slowReaderTokens);
    slowReader[endpoint] = {
      rssGrowthMiB: run.peakRssGrowth / 2 ** 20,
      heapGrowthMiB: run.peakHeapGrowth / 2 ** 20,
      framesPerToken: run.framesPerToken,
      producedWhilePaused: run.producedWhilePaused,
    };
    progress(`slow reader ${endpoint}: +${(run.peakRssGrowth / 2 ** 20).toFixed(1)} MiB RSS, ${run.producedWhilePaused} tokens produced while paused, ${run.framesPerToken.toFixed(3)} frames/token`);
  }
} finally {
  await Promise.all(fresh.map((s) => s.stop()));
}

// Summary.
const cpu = (c: Cs, e: Row) => (throughput[c]?.[e] ?? []).map((r) => r.cpuUsPerToken);
const tps = (c: Cs, e: Row) => (throughput[c]?.[e] ?? []).map((r) => r.tokensPerSec);
const fpt = (c: Cs, e: Row) => (throughput[c]?.[e] ?? []).map((r) => r.framesPerToken);
const eq = (e: Endpoint) => equalLoad[e].map((r) => r.cpuUsPerToken);
const ratios = {
  compatCpuPerTokenVsRaw: ratioSpread(eq('compat'), eq('raw')),
  trpcCpuPerTokenVsBareTrpc: ratioSpread(eq('trpc'), eq('bareTrpc')),
  pacedStreamsVsRaw: ratioSpread(paced.compat.held, paced.raw.held),
  trpcPacedStreamsVsBareTrpc: ratioSpread(paced.trpc.held, paced.bareTrpc.held),
  compatSqlitePacedStreamsVsRaw: ratioSpread(paced.compatSqlite.held, paced.raw.held),
  trpcSqlitePacedStreamsVsRaw: ratioSpread(paced.trpcSqlite.held, paced.raw.held),
  trpcPacedStreamsVsRaw: ratioSpread(paced.trpc.held, paced.raw.held),
};
const added = (g: readonly number[], b: readonly number[]) => spread(g.map((x, i) => x - (b[i] as number)));
const ttftAdded = { compat: added(latency.compat.ttft, latency.raw.ttft), trpc: added(latency.trpc.ttft, latency.bareTrpc.ttft) };
const emergencyAdded = { compat: added(latency.compat.emergency, latency.raw.ttft), trpc: added(latency.trpc.emergency, latency.bareTrpc.ttft) };
const r2 = (s: Spread) => ({ median: round(s.median, 3), min: round(s.min, 3), max: round(s.max, 3), runs: s.runs.map((x) => round(x, 3)) });

const results = {
  cores: availableParallelism(),
  quick,
  rounds,
  equalLoadRounds: size.equalLoadRounds,
  node: process.version,
  date: new Date().toISOString(),
  seconds: Math.round((performance.now() - started) / 1000),
  ratios: Object.fromEntries(Object.entries(ratios).map(([k, s]) => [k, round(s.median, 3)])),
  ratioSpreads: Object.fromEntries(Object.entries(ratios).map(([k, s]) => [k, r2(s)])),
  idleBytesPerConnection: Math.round(Math.max(idle.compat?.rss ?? Number.NaN, idle.trpc?.rss ?? Number.NaN)),
  ttftAddedMsP50: round(Math.max(ttftAdded.compat.median, ttftAdded.trpc.median), 3),
  emergencyAddedMsP50: round(Math.max(emergencyAdded.compat.median, emergencyAdded.trpc.median), 3),
  throughput: Object.fromEntries(
    Object.entries(throughput).map(([c, byEndpoint]) => [
      `C${c}`,
      Object.fromEntries(
        Object.entries(byEndpoint)
          .filter(([, runs]) => runs.length > 0)
          .map(([e, runs]) => [
            e,
            {
              tokensPerSec: Math.round(median(runs.map((r) => r.tokensPerSec))),
              cpuUsPerToken: r2(spread(runs.map((r) => r.cpuUsPerToken))),
              framesPerToken: round(median(runs.map((r) => r.framesPerToken)), 3),
            },
          ]),
      ),
    ]),
  ),
  equalLoad: {
    ...size.equalLoad,
    ...Object.fromEntries(
      Object.entries(equalLoad).map(([e, runs]) => [
        e,
        {
          tokensPerSec: Math.round(median(runs.map((r) => r.tokensPerSec))),
          cpuUsPerToken: r2(spread(runs.map((r) => r.cpuUsPerToken))),
          kernelUsPerToken: round(median(runs.map((r) => r.systemUsPerToken)), 2),
          framesPerToken: round(median(runs.map((r) => r.framesPerToken)), 3),
          majorGcMsPerRun: runs.map((r) => round(r.majorGcMs, 1)),
          markingGcMsPerRun: runs.map((r) => round(r.markingGcMs, 1)),
        },
      ]),
    ),
  },
  cpuRatiosByConcurrency: Object.fromEntries(
    ([1, 100, 1000] as Cs[]).map((c) => [`C${c}`, { compatVsRaw: r2(ratioSpread(cpu(c, 'compat'), cpu(c, 'raw'))), trpcVsBareTrpc: r2(ratioSpread(cpu(c, 'trpc'), cpu(c, 'bareTrpc'))) }]),
  ),
  sqliteCpuRatiosC100: { compatVsRaw: r2(ratioSpread(cpu(100, 'compatSqlite'), cpu(100, 'raw'))), trpcVsBareTrpc: r2(ratioSpread(cpu(100, 'trpcSqlite'), cpu(100, 'bareTrpc'))) },
  costGrowthC1000VsC100: Object.fromEntries(
    (['raw', 'bareTrpc', 'compat', 'trpc'] as const).map((e) => [e, round(median(cpu(1000, e)) / median(cpu(100, e)), 3)]),
  ),
  paced: Object.fromEntries(
    Object.entries(paced).map(([e, p]) => [e, { held: r2(spread(p.held)), vsRawSameRound: r2(ratioSpread(p.held, paced.raw.held)), lowerBound: p.capped.some(Boolean), framesPerToken: round(median(p.framesPerToken), 3), cpuUsPerTokenAtHeld: round(median(p.cpuUsPerToken), 2), stepsByRound: p.steps.map((steps) => steps.map((x) => ({ streams: x.streams, p99DelayMs: round(x.p99DelayMs, 1), tailP99DelayMs: round(x.tailP99DelayMs, 1), majorGcMs: round(x.majorGcMs, 1), markingGcMs: round(x.markingGcMs, 1), minorGcMs: round(x.minorGcMs, 1), gcPauseMaxMs: round(x.gcPauseMaxMs, 1), serverLagMaxMs: round(x.serverLagMaxMs, 0), loadGenLagMaxMs: round(x.loadGenLagMaxMs, 0), oldGrowthMiB: round(x.oldGrowthMiB, 1), setupOldGrowthMiB: round(x.setupOldGrowthMiB, 1) }))) }]),
  ),
  latencyMs: {
    ttftP50: Object.fromEntries(Object.entries(latency).map(([e, l]) => [e, round(median(l.ttft), 3)])),
    emergencyP50: { compat: round(median(latency.compat.emergency), 3), trpc: round(median(latency.trpc.emergency), 3) },
    ttftAdded: { compat: r2(ttftAdded.compat), trpc: r2(ttftAdded.trpc) },
    emergencyAdded: { compat: r2(emergencyAdded.compat), trpc: r2(emergencyAdded.trpc) },
  },
  idle: Object.fromEntries(Object.entries(idle).map(([e, v]) => [e, { rssBytesPerConnection: Math.round(v.rss), heapBytesPerConnection: Math.round(v.heap) }])),
  slowReader: Object.fromEntries(
    Object.entries(slowReader).map(([e, v]) => [
      e,
      { rssGrowthMiB: round(v.rssGrowthMiB, 1), heapGrowthMiB: round(v.heapGrowthMiB, 1), producedWhilePaused: v.producedWhilePaused, framesPerToken: round(v.framesPerToken, 4) },
    ]),
  ),
};
// bench:redis keeps its figures under `redis` (its own scenario, run apart): a full run keeps them.
const resultsFile = fileURLToPath(new URL('results.json', import.meta.url));
const previousRedis = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as { redis?: unknown }).redis : undefined;
writeFileSync(resultsFile, `${JSON.stringify(previousRedis === undefined ? results : { ...results, redis: previousRedis }, null, 2)}\n`);

// The table.
const f = (x: number, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '—');
const sp = (s: Spread, d = 2) => `${f(s.median, d)} (${f(s.min, d)}–${f(s.max, d)})`;
const lines: string[] = [];
const row = (...cells: string[]) => lines.push(`| ${cells.join(' | ')} |`);
lines.push(`medchat-gateway bench${quick ? ' --quick' : ''}: ${results.cores} cores, Node ${process.version}, ${rounds} alternating rounds (${quick ? 'one at C=1000, SQLite and paced' : `every scenario; ${size.equalLoadRounds} at equal load`}), ${results.seconds} s`);
lines.push('');
row('Throughput', 'tokens/s', 'CPU µs/token median (min–max)', 'frames/token');
row('---', '---:', '---:', '---:');
for (const c of [1, 100, 1000] as Cs[]) {
  for (const e of ['raw', 'compat', 'bareTrpc', 'trpc', 'compatSqlite', 'trpcSqlite'] as const) {
    if (cpu(c, e).length === 0) continue;
    row(`C=${c} ${e}`, f(median(tps(c, e)), 0), sp(spread(cpu(c, e))), f(median(fpt(c, e)), 3));
  }
}
lines.push('');
row(`Equal load: ${size.equalLoad.streams} streams × ${1000 / size.equalLoad.intervalMs} tokens/s`, 'tokens/s', 'CPU µs/token median (min–max)', 'kernel µs/token', 'frames/token');
row('---', '---:', '---:', '---:', '---:');
for (const e of ['raw', 'compat', 'bareTrpc', 'trpc'] as const) {
  const runs = equalLoad[e];
  row(e, f(median(runs.map((r) => r.tokensPerSec)), 0), sp(spread(eq(e))), f(median(runs.map((r) => r.systemUsPerToken))), f(median(runs.map((r) => r.framesPerToken)), 3));
}
lines.push('');
row('Target', 'measured: median (min–max)', 'target', 'met');
row('---', '---:', '---:', '---');
const check = (name: string, s: Spread, target: string, ok: boolean, d = 2) => row(name, sp(s, d), target, ok ? 'yes' : 'NO');
check('CPU/token compat vs raw ws (equal load)', ratios.compatCpuPerTokenVsRaw, '≤ 1.3', ratios.compatCpuPerTokenVsRaw.median <= 1.3);
check('CPU/token tRPC vs bare tRPC (equal load)', ratios.trpcCpuPerTokenVsBareTrpc, '≤ 1.1', ratios.trpcCpuPerTokenVsBareTrpc.median <= 1.1);
check('paced 50 tok/s streams compat vs raw', ratios.pacedStreamsVsRaw, '≥ 0.8', ratios.pacedStreamsVsRaw.median >= 0.8);
check('paced 50 tok/s streams tRPC vs bare tRPC', ratios.trpcPacedStreamsVsBareTrpc, '> 1.0', ratios.trpcPacedStreamsVsBareTrpc.median > 1);
check('paced streams compat on SQLite (default store) vs raw', ratios.compatSqlitePacedStreamsVsRaw, '≥ 0.8', ratios.compatSqlitePacedStreamsVsRaw.median >= 0.8);
check('paced streams tRPC on SQLite vs raw', ratios.trpcSqlitePacedStreamsVsRaw, '≥ 0.8', ratios.trpcSqlitePacedStreamsVsRaw.median >= 0.8);
check('paced streams tRPC (memory) vs raw', ratios.trpcPacedStreamsVsRaw, '≥ 0.8', ratios.trpcPacedStreamsVsRaw.median >= 0.8);
row('idle socket RSS (max of endpoints)', `${(results.idleBytesPerConnection / 1024).toFixed(1)} KiB`, '< 20 KiB', results.idleBytesPerConnection < 20 * 1024 ? 'yes' : 'NO');
check('added time to first token, ms p50', ttftAdded.compat.median >= ttftAdded.trpc.median ? ttftAdded.compat : ttftAdded.trpc, '< 5', results.ttftAddedMsP50 < 5);
check('added time to emergency frame, ms p50', emergencyAdded.compat.median >= emergencyAdded.trpc.median ? emergencyAdded.compat : emergencyAdded.trpc, '< 5', results.emergencyAddedMsP50 < 5);
lines.push('');
row('Paced 50 tok/s, p99 < 100 ms', 'streams held median (min–max)', '÷ raw ws, same round: median (min–max)', 'frames/token', 'CPU µs/token', 'full-GC pauses per search, ms median (max)');
row('---', '---:', '---:', '---:', '---:', '---:');
const gcPerSearch = (p: PacedRuns) => p.steps.map((steps) => steps.reduce((sum, x) => sum + x.majorGcMs, 0));
for (const [e, p] of Object.entries(paced)) {
  const gc = gcPerSearch(p);
  const vsRaw = e === 'raw' ? '1' : sp(ratioSpread(p.held, paced.raw.held));
  row(e, `${sp(spread(p.held), 0)}${p.capped.some(Boolean) ? ' (cap reached)' : ''}`, vsRaw, f(median(p.framesPerToken), 3), f(median(p.cpuUsPerToken), 1), `${f(median(gc), 0)} (${f(Math.max(...gc), 0)})`);
}
lines.push('');
row('Other', 'raw', 'bare tRPC', 'gateway compat', 'gateway tRPC');
row('---', '---:', '---:', '---:', '---:');
row('time to first token p50, ms', f(median(latency.raw.ttft)), f(median(latency.bareTrpc.ttft)), f(median(latency.compat.ttft)), f(median(latency.trpc.ttft)));
row('time to emergency frame p50, ms', '', '', f(median(latency.compat.emergency)), f(median(latency.trpc.emergency)));
const kib = (e: Endpoint) => f((idle[e]?.rss ?? Number.NaN) / 1024, 1);
row(`idle socket RSS, KiB (${size.idleSockets} sockets)`, kib('raw'), kib('bareTrpc'), kib('compat'), kib('trpc'));
const mib = (e: Endpoint) => f(slowReader[e]?.rssGrowthMiB ?? Number.NaN, 1);
row(`one paused reader, ${size.slowReaderTokens} tokens: server RSS growth MiB`, mib('raw'), mib('bareTrpc'), mib('compat'), mib('trpc'));
const sfpt = (e: Endpoint) => f(slowReader[e]?.framesPerToken ?? Number.NaN, 3);
row('  … frames/token it then receives', sfpt('raw'), sfpt('bareTrpc'), sfpt('compat'), sfpt('trpc'));
const growth = (e: Endpoint) => f(median(cpu(1000, e)) / median(cpu(100, e)));
row('CPU/token at C=1000 ÷ C=100', growth('raw'), growth('bareTrpc'), growth('compat'), growth('trpc'));
console.log(lines.join('\n'));
