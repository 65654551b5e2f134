import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createDelayHistogram } from '../lib/createDelayHistogram.ts';
import { openConnections, type BenchConnection, type Endpoint } from '../lib/openConnection.ts';
import { progress, sleep } from '../lib/progress.ts';
import type { BenchServer } from '../lib/startServer.ts';
import { ROUTINE_TEXT } from '../lib/texts.ts';

const INTERVAL_MS = 20; // 50 tokens/s
export const MAX_DELAY_P99_MS = 100;

export interface PacedStep {
  readonly streams: number;
  readonly p99DelayMs: number;
  /**
   * p99 over each stream's last three tokens alone. Every stream of a step ends within one interval,
   * so the turns' end work (answer stored, stream_end) lands on these tokens together.
   */
  readonly tailP99DelayMs: number;
  readonly framesPerToken: number;
  /** Server CPU per token while the streams ran (from the gate opening to the last turn's end). */
  readonly cpuUsPerToken: number;
  /** The kernel's share of cpuUsPerToken. */
  readonly systemUsPerToken: number;
  /** Server main-thread time in full GC pauses during the step, ms (a pause delays every stream at once). */
  readonly majorGcMs: number;
  /** Incremental marking on the main thread in the step, ms: a full collection's work before its pause. */
  readonly markingGcMs: number;
  /** Server main-thread time in scavenges (young-generation collections) during the step, ms. */
  readonly minorGcMs: number;
  /** The server's longest single collection pause of any kind in the step, ms. */
  readonly gcPauseMaxMs: number;
  /** The server's longest event-loop stall in the step, ms. */
  readonly serverLagMaxMs: number;
  /** The load generator's own longest event-loop stall in the step, ms: a late reader counts as a late token. */
  readonly loadGenLagMaxMs: number;
  /**
   * What the server's old generation grew by while the streams ran, MiB (negative: a full collection
   * fell in the step). Tokens' objects that reach it bring the next full collection closer.
   */
  readonly oldGrowthMiB: number;
  /**
   * What the old generation grew by while the step's turns were set up (sent, agents run, waiting at
   * the gate), MiB: a turn's setup that outlives a scavenge is garbage there too, before any token.
   */
  readonly setupOldGrowthMiB: number;
}

export interface PacedSearch {
  /** Most concurrent 50 tokens/s streams held with p99 token delay under 100 ms. */
  readonly held: number;
  readonly steps: readonly PacedStep[];
  /** True when even the largest step passed (the figure is a lower bound). */
  readonly capped: boolean;
}

/**
 * One step: `streams` turns at 50 tokens/s, released together from the gate, each with its own phase
 * within the 20 ms interval. A token's delay is how much later than its schedule it arrived, against
 * the stream's own best token (so connection latency and phase cancel out).
 */
async function runStep(server: BenchServer, conns: readonly BenchConnection[], endpoint: Endpoint, seconds: number): Promise<PacedStep> {
  const tokens = Math.round((seconds * 1000) / INTERVAL_MS);
  const histogram = createDelayHistogram();
  const tail = createDelayHistogram();
  const spec = { tokens, intervalMs: INTERVAL_MS, gated: true };
  const idle = await server.control('stats');
  const turns = conns.map(async (conn) => {
    const offsets = new Float64Array(tokens);
    const result = await conn.turn(spec, ROUTINE_TEXT, (count, total, now) => {
      for (let j = total - count; j < total; j++) offsets[j] = now - j * INTERVAL_MS;
    });
    const best = offsets.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
    offsets.forEach((offset, j) => {
      histogram.add(offset - best);
      if (j >= tokens - 3) tail.add(offset - best);
    });
    if (!result.agentsSeen) throw new Error(`${endpoint}: a turn arrived without the agents' results`);
    return result;
  });
  while ((await server.control('stats')).waiting < conns.length) await sleep(20);
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const before = await server.control('go');
  const results = await Promise.all(turns);
  lag.disable();
  const after = await server.control('reset');
  const emitted = after.emitted - before.emitted;
  const frames = results.reduce((n, r) => n + r.tokenFrames, 0);
  const received = results.reduce((n, r) => n + r.tokens, 0);
  return { streams: conns.length, p99DelayMs: histogram.percentile(99), tailP99DelayMs: tail.percentile(99), framesPerToken: frames / received, cpuUsPerToken: (after.cpuUs - before.cpuUs) / emitted, systemUsPerToken: (after.systemUs - before.systemUs) / emitted, majorGcMs: after.majorGcMs - before.majorGcMs, markingGcMs: after.markingGcMs - before.markingGcMs, minorGcMs: after.minorGcMs - before.minorGcMs, gcPauseMaxMs: after.gcPauseMaxMs, serverLagMaxMs: after.loopLagMaxMs, loadGenLagMaxMs: lag.max / 1e6, oldGrowthMiB: (after.oldSpaceBytes - before.oldSpaceBytes) / 2 ** 20, setupOldGrowthMiB: (before.oldSpaceBytes - idle.oldSpaceBytes) / 2 ** 20 };
}

const signed = (mib: number) => `${mib >= 0 ? '+' : ''}${mib.toFixed(1)}`;

/**
 * Raises concurrency (doubling from `start`, up to `cap`) until p99 delay passes 100 ms, then bisects
 * `refine` times between the last step held and the first one lost. Sockets are kept across steps.
 */
export async function searchPacedCapacity(
  server: BenchServer,
  endpoint: Endpoint,
  opts: { start: number; cap: number; seconds: number; refine: number },
): Promise<PacedSearch> {
  const pool: BenchConnection[] = [];
  const steps: PacedStep[] = [];
  const attempt = async (streams: number) => {
    if (pool.length < streams) pool.push(...(await openConnections(server.wsBase, endpoint, streams - pool.length)));
    const step = await runStep(server, pool.slice(0, streams), endpoint, opts.seconds);
    steps.push(step);
    progress(`  paced ${endpoint} ${streams} streams: p99 delay ${step.p99DelayMs.toFixed(1)} ms (last tokens ${step.tailP99DelayMs.toFixed(0)}), ${step.framesPerToken.toFixed(2)} frames/token, ${step.cpuUsPerToken.toFixed(1)} µs CPU/token (kernel ${step.systemUsPerToken.toFixed(1)}), full GC ${step.majorGcMs.toFixed(0)} ms (+${step.markingGcMs.toFixed(0)} ms marking), scavenges ${step.minorGcMs.toFixed(0)} ms, longest pause ${step.gcPauseMaxMs.toFixed(0)} ms, old generation ${signed(step.oldGrowthMiB)} MiB (setup ${signed(step.setupOldGrowthMiB)}), stalls: server ${step.serverLagMaxMs.toFixed(0)} ms, load generator ${step.loadGenLagMaxMs.toFixed(0)} ms`);
    await sleep(300); // let the finished turns' tails settle before the next step
    return step.p99DelayMs < MAX_DELAY_P99_MS;
  };
  try {
    let held = 0;
    let lost = 0;
    for (let streams = opts.start; ; streams *= 2) {
      if (streams > opts.cap) {
        return { held, steps, capped: true };
      }
      if (await attempt(streams)) held = streams;
      else {
        lost = streams;
        break;
      }
    }
    for (let i = 0; i < opts.refine && lost - held > 1; i++) {
      const mid = Math.round((held + lost) / 2);
      if (await attempt(mid)) held = mid;
      else lost = mid;
    }
    return { held, steps, capped: false };
  } finally {
    for (const conn of pool) conn.close();
  }
}
