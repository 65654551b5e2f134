import type { Gate } from './createGate.ts';
import { emittedTokens } from './paceTokens.ts';

export interface ServerStats {
  /** User + system CPU of the server process (µs). */
  readonly cpuUs: number;
  /** The kernel's share of cpuUs (socket writes are most of it). */
  readonly systemUs: number;
  readonly rss: number;
  readonly heapUsed: number;
  readonly emitted: number;
  /** Streams waiting at the gate. */
  readonly waiting: number;
}

export type ControlCommand = 'stats' | 'go' | 'reset' | 'gc';

/**
 * The bench server's side of the IPC control channel: the load generator asks for CPU and memory
 * (measured here, inside the server, so the load generator's own work never counts) and opens the gate.
 */
export function serveControl(gate: Gate, port: number): void {
  const stats = (): ServerStats => {
    const cpu = process.cpuUsage();
    const mem = process.memoryUsage();
    return { cpuUs: cpu.user + cpu.system, systemUs: cpu.system, rss: mem.rss, heapUsed: mem.heapUsed, emitted: emittedTokens.count, waiting: gate.waiting };
  };
  process.on('message', (msg: { id: number; cmd: ControlCommand }) => {
    // The snapshot is taken before the gate opens, so the window starts exactly at `go`.
    const before = stats();
    if (msg.cmd === 'go') gate.go();
    if (msg.cmd === 'reset') gate.close();
    if (msg.cmd === 'gc') {
      globalThis.gc?.();
      globalThis.gc?.();
    }
    process.send?.({ id: msg.id, stats: msg.cmd === 'gc' ? stats() : before });
  });
  process.on('disconnect', () => process.exit(0));
  process.send?.({ ready: true, port });
}
