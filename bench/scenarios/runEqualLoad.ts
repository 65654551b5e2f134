import type { Endpoint } from '../lib/openConnection.ts';
import type { BenchServer } from '../lib/startServer.ts';
import { runThroughput, type ThroughputRun } from './runThroughput.ts';

const ORDER: readonly Endpoint[] = ['raw', 'compat', 'bareTrpc', 'trpc'];

/** The full run's equal load: 100 streams × 40 tokens/s (4,000 tokens/s), 200 tokens a stream. */
export const EQUAL_LOAD = { streams: 100, intervalMs: 25, tokens: 200 } as const;

/**
 * CPU per token at the same offered load for every server (`streams` × 1000/`intervalMs` tokens/s,
 * below where any of them saturates), so no server's figure benefits from doing more tokens per
 * event-loop turn than another. One warm-up run each, then `rounds` rounds alternating the endpoints.
 */
export async function runEqualLoad(
  serverOf: (endpoint: Endpoint) => BenchServer,
  opts: { streams: number; tokens: number; intervalMs: number; rounds: number },
  onRun: (round: number, endpoint: Endpoint, run: ThroughputRun) => void = () => {},
): Promise<Record<Endpoint, ThroughputRun[]>> {
  const runs: Record<Endpoint, ThroughputRun[]> = { raw: [], compat: [], bareTrpc: [], trpc: [] };
  for (const endpoint of ORDER) await runThroughput(serverOf(endpoint), endpoint, 10, 50, opts.intervalMs);
  for (let r = 1; r <= opts.rounds; r++) {
    for (const endpoint of ORDER) {
      const run = await runThroughput(serverOf(endpoint), endpoint, opts.streams, opts.tokens, opts.intervalMs);
      runs[endpoint].push(run);
      onRun(r, endpoint, run);
    }
  }
  return runs;
}
