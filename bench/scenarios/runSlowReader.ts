import { openConnection, type Endpoint } from '../lib/openConnection.ts';
import { sleep } from '../lib/progress.ts';
import type { BenchServer } from '../lib/startServer.ts';
import { ROUTINE_TEXT } from '../lib/texts.ts';

export interface SlowReaderRun {
  /** Server RSS growth while the reader was paused (bytes). */
  readonly peakRssGrowth: number;
  readonly peakHeapGrowth: number;
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
    const turn = conn.turn({ tokens, intervalMs: 0, gated: false }, ROUTINE_TEXT);
    let peakRss = base.rss;
    let peakHeap = base.heapUsed;
    for (;;) {
      await sleep(50);
      const s = await server.control('stats');
      peakRss = Math.max(peakRss, s.rss);
      peakHeap = Math.max(peakHeap, s.heapUsed);
      if (s.emitted - base.emitted >= tokens) break;
    }
    await sleep(200);
    const s = await server.control('stats');
    conn.ws.resume();
    const result = await turn;
    return {
      peakRssGrowth: Math.max(peakRss, s.rss) - base.rss,
      peakHeapGrowth: Math.max(peakHeap, s.heapUsed) - base.heapUsed,
      framesPerToken: result.tokenFrames / result.tokens,
    };
  } finally {
    conn.close();
  }
}
