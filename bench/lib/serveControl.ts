import { getHeapSpaceStatistics } from 'node:v8';
import { constants, monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
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
  /** Time the main thread spent paused in full (mark-compact) collections since start, ms. */
  readonly majorGcMs: number;
  /** Time spent in incremental marking steps on the main thread (the work before a full collection's pause), ms. */
  readonly markingGcMs: number;
  /** Time the main thread spent paused in scavenges (young-generation collections) since start, ms. */
  readonly minorGcMs: number;
  /** The longest single collection pause of any kind while the gate was last open, ms. */
  readonly gcPauseMaxMs: number;
  /** The server's longest event-loop stall while the gate was last open, ms. */
  readonly loopLagMaxMs: number;
  /** Bytes in use in V8's old generation: what a window adds there is promoted (or pretenured) garbage a full collection must mark. */
  readonly oldSpaceBytes: number;
}

export type ControlCommand = 'stats' | 'go' | 'reset' | 'gc';

/**
 * The bench server's side of the IPC control channel: the load generator asks for CPU and memory
 * (measured here, inside the server, so the load generator's own work never counts) and opens the gate.
 */
export function serveControl(gate: Gate, port: number): void {
  // A full collection's pause lands on every stream at once: the p99 a step reports can be that pause.
  let majorGcMs = 0;
  let markingGcMs = 0;
  let minorGcMs = 0;
  let gcPauseMaxMs = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const { detail } = entry as PerformanceEntry & { detail?: { kind?: number } };
      if (detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) majorGcMs += entry.duration;
      if (detail?.kind === constants.NODE_PERFORMANCE_GC_INCREMENTAL) markingGcMs += entry.duration;
      if (detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR) minorGcMs += entry.duration;
      gcPauseMaxMs = Math.max(gcPauseMaxMs, entry.duration);
    }
  }).observe({ entryTypes: ['gc'] });
  // Watched only while the gate is open, so its timer costs the idle and equal-load figures nothing.
  const lag = monitorEventLoopDelay({ resolution: 10 });
  const stats = (): ServerStats => {
    const cpu = process.cpuUsage();
    const mem = process.memoryUsage();
    return { cpuUs: cpu.user + cpu.system, systemUs: cpu.system, rss: mem.rss, heapUsed: mem.heapUsed, emitted: emittedTokens.count, waiting: gate.waiting, majorGcMs, markingGcMs, minorGcMs, gcPauseMaxMs, loopLagMaxMs: lag.max / 1e6, oldSpaceBytes: getHeapSpaceStatistics().find((space) => space.space_name === 'old_space')?.space_used_size ?? 0 };
  };
  process.on('message', (msg: { id: number; cmd: ControlCommand }) => {
    // The snapshot is taken before the gate opens, so the window starts exactly at `go`.
    const before = stats();
    if (msg.cmd === 'go') {
      lag.reset();
      lag.enable();
      gcPauseMaxMs = 0;
      gate.go();
    }
    if (msg.cmd === 'reset') {
      lag.disable();
      gate.close();
    }
    if (msg.cmd === 'gc') {
      globalThis.gc?.();
      globalThis.gc?.();
    }
    process.send?.({ id: msg.id, stats: msg.cmd === 'gc' ? stats() : before });
  });
  process.on('disconnect', () => process.exit(0));
  process.send?.({ ready: true, port });
}
