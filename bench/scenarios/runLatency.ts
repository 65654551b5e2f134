import { openConnection, type Endpoint } from '../lib/openConnection.ts';
import { percentile } from '../lib/percentile.ts';
import type { BenchServer } from '../lib/startServer.ts';
import { nextEmergencyMessage, nextRoutineMessage } from '../lib/newMessages.ts';

export interface LatencyRun {
  /** Request sent → first token frame (p50, ms). */
  readonly ttftP50: number;
  /** Request sent → emergency frame (p50, ms); gateway endpoints only. */
  readonly emergencyP50: number | undefined;
}

/**
 * `n` sequential turns on one socket, the provider's first token due at once: what is left of the
 * time to first token is the server's own. Gateway endpoints also get `n` red-flag messages. Every
 * message is new to the server (newMessages.ts), as a person's is: the engine's analysis of a text it
 * has read before is remembered, and a repeated text would measure that memory instead.
 */
export async function runLatency(server: BenchServer, endpoint: Endpoint, n: number): Promise<LatencyRun> {
  const conn = await openConnection(server.wsBase, endpoint);
  try {
    const spec = { tokens: 3, intervalMs: 1, gated: false };
    const ttft: number[] = [];
    const emergency: number[] = [];
    for (let i = 0; i < n; i++) ttft.push((await conn.turn(spec, nextRoutineMessage())).firstTokenMs);
    if (endpoint === 'compat' || endpoint === 'trpc') {
      for (let i = 0; i < n; i++) {
        const r = await conn.turn(spec, nextEmergencyMessage());
        if (r.emergencyMs === undefined) throw new Error(`${endpoint}: no emergency frame for a red-flag message`);
        emergency.push(r.emergencyMs);
      }
    }
    return { ttftP50: percentile(ttft, 50), emergencyP50: emergency.length > 0 ? percentile(emergency, 50) : undefined };
  } finally {
    conn.close();
  }
}
