import { openConnection, type Endpoint } from '../lib/openConnection.ts';
import { sleep } from '../lib/progress.ts';
import type { BenchServer } from '../lib/startServer.ts';
import { ROUTINE_TEXT } from '../lib/texts.ts';

export interface SlowReaderRun {
  /** Server RSS growth while the reader was paused (bytes). */
  readonly peakRssGrowth: number;
  readonly peakHeapGrowth: number;
  /** Tokens the server produced while the reader was paused (fewer than asked: it held the turn back). */
  readonly producedWhilePaused: number;
  /** Frames per token the reader got once it read again (below 1: tokens were merged). */
  readonly framesPerToken: number;
}

/**
 * One client stops reading while its turn streams `tokens` tokens as fast as the server can; the
 * server's memory is sampled until it has produced them all, then the client reads the rest.
 */
export async function runSlowReader(server: BenchServer, endpoint: Endpoint, tokens: number): Promise<SlowReaderRun> {
  const conn = await openConnection(server.wsBase, endpoint);
  try {
    const base = await server.control('gc');
    conn.ws.pause();
    // A server may close a reader that stays stalled; that ends the turn for this client, not the run.
    const turn = conn.turn({ tokens, intervalMs: 0, gated: false }, ROUTINE_TEXT).catch(() => undefined);
    let peakRss = base.rss;
    let peakHeap = base.heapUsed;
    // Until every token is produced, or production stalls for 3 s (a server may hold a stalled reader's turn back).
    let emitted = 0;
    for (let still = 0; emitted < tokens && still < 3000; ) {
      await sleep(50);
      const s = await server.control('stats');
      peakRss = Math.max(peakRss, s.rss);
      peakHeap = Math.max(peakHeap, s.heapUsed);
      still = s.emitted - base.emitted === emitted ? still + 50 : 0;
      emitted = s.emitted - base.emitted;
    }
    conn.ws.resume();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const result = await Promise.race([turn, new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), 60_000)))]);
    clearTimeout(timer);
    return {
      peakRssGrowth: peakRss - base.rss,
      peakHeapGrowth: peakHeap - base.heapUsed,
      producedWhilePaused: emitted,
      framesPerToken: result ? result.tokenFrames / result.tokens : Number.NaN,
    };
  } finally {
    conn.close();
  }
}
