import type { Endpoint } from '../lib/openConnection.ts';
import { openConnections } from '../lib/openConnection.ts';
import { sleep } from '../lib/progress.ts';
import type { BenchServer } from '../lib/startServer.ts';
import { ROUTINE_TEXT } from '../lib/texts.ts';

export interface ThroughputRun {
  readonly tokensPerSec: number;
  readonly cpuUsPerToken: number;
  readonly systemUsPerToken: number;
  readonly framesPerToken: number;
  /** Full-collection pause time inside the window, ms: one major GC moves a 5-second equal-load run's CPU per token by several µs. */
  readonly majorGcMs: number;
  /** Incremental marking on the main thread inside the window, ms (the full collection's work before its pause). */
  readonly markingGcMs: number;
}

/**
 * C concurrent turns of `tokens` tokens each at 1 ms a token. All turns are opened and held at the
 * gate (agents done), then released together; the window from `go` to the last end holds only
 * streaming, and its server CPU is divided by the tokens the server emitted in it.
 */
export async function runThroughput(server: BenchServer, endpoint: Endpoint, c: number, tokens: number, intervalMs = 1): Promise<ThroughputRun> {
  const conns = await openConnections(server.wsBase, endpoint, c);
  try {
    const spec = { tokens, intervalMs, gated: true };
    const turns = conns.map((conn) => conn.turn(spec, ROUTINE_TEXT));
    const failed = Promise.all(turns).then(() => new Error(`${endpoint}: turns ended before the gate opened`));
    for (let waited = 0; (await server.control('stats')).waiting < c; waited += 10) {
      if (waited > 120_000) throw new Error(`${endpoint}: only some turns reached the gate`);
      await Promise.race([sleep(10), failed.then((e) => Promise.reject(e))]);
    }
    const before = await server.control('go');
    const t0 = performance.now();
    const results = await Promise.all(turns);
    const seconds = (performance.now() - t0) / 1000;
    const after = await server.control('reset');
    let received = 0;
    let tokenFrames = 0;
    for (const r of results) {
      if (!r.agentsSeen) throw new Error(`${endpoint}: a turn arrived without the agents' results`);
      received += r.tokens;
      tokenFrames += r.tokenFrames;
    }
    if (received !== c * tokens) throw new Error(`${endpoint}: received ${received} tokens, expected ${c * tokens}`);
    return {
      tokensPerSec: received / seconds,
      cpuUsPerToken: (after.cpuUs - before.cpuUs) / (after.emitted - before.emitted),
      systemUsPerToken: (after.systemUs - before.systemUs) / (after.emitted - before.emitted),
      framesPerToken: tokenFrames / received,
      majorGcMs: after.majorGcMs - before.majorGcMs,
      markingGcMs: after.markingGcMs - before.markingGcMs,
    };
  } finally {
    for (const conn of conns) conn.close();
  }
}
