import { performance, type EventLoopUtilization } from 'node:perf_hooks';

/**
 * Streams send at most once per window, merged, when the process is loaded: fewer, fuller events
 * exactly when each event's fixed cost counts. All streams share one window timer, and the window
 * grows with the load: at 50 tokens/s a token comes every 20 ms, so only a window longer than that
 * merges anything, and tRPC's envelope costs about three raw frames (BENCHMARKS.md).
 */
export interface LoadWindow {
  /** Resolves at the end of the current window. */
  nextWindow(): Promise<void>;
  /** True while the event loop is busy enough that merging pays (hysteresis: see createLoadWindow). */
  readonly loaded: boolean;
}

export interface LoadWindowOptions {
  /** The shortest window, and the window while the process is not loaded. */
  readonly minMs?: number;
  /** The longest: the most a window adds to a token's delay (the paced p99 budget is 100 ms). */
  readonly maxMs?: number;
  /** How often the event loop's utilisation is read. */
  readonly sampleMs?: number;
  /** Utilisation over a sample at which the process counts as loaded, and under which it no longer does. */
  readonly loadedAt?: number;
  readonly idleAt?: number;
  /** Reads the utilisation since `last` (tests pass their own). */
  readonly utilization?: (last: EventLoopUtilization | undefined) => { value: number; mark: EventLoopUtilization };
}

const readUtilization = (last: EventLoopUtilization | undefined) => {
  const mark = performance.eventLoopUtilization();
  return { value: last ? performance.eventLoopUtilization(mark, last).utilization : 0, mark };
};

export function createLoadWindow(opts: LoadWindowOptions = {}): LoadWindow {
  const minMs = opts.minMs ?? DELIVERY_WINDOW_MS;
  const maxMs = opts.maxMs ?? MAX_DELIVERY_WINDOW_MS;
  const loadedAt = opts.loadedAt ?? 0.85;
  const idleAt = opts.idleAt ?? 0.6;
  const utilization = opts.utilization ?? readUtilization;
  let windowMs = minMs;
  let loaded = false;
  let last: EventLoopUtilization | undefined;
  let sampler: NodeJS.Timeout | undefined;
  let open: Promise<void> | undefined;

  // One timer for the process, started on first use and never keeping it alive.
  const sample = () => {
    const { value, mark } = utilization(last);
    last = mark;
    if (value >= loadedAt) loaded = true;
    else if (value < idleAt) loaded = false;
    // Lengthen the window while the loop stays saturated; back to the shortest as soon as it has room
    // (a window grown during a burst, such as many turns starting at once, would otherwise hold every
    // token for up to maxMs while it shrank).
    if (loaded && value >= SATURATED) windowMs = Math.min(maxMs, windowMs * 1.25);
    else if (!loaded || value < loadedAt) windowMs = minMs;
  };
  const start = () => {
    if (sampler) return;
    sample();
    sampler = setInterval(sample, opts.sampleMs ?? 50);
    sampler.unref();
  };

  return {
    nextWindow() {
      start();
      open ??= new Promise<void>((resolve) =>
        setTimeout(() => {
          open = undefined;
          resolve();
        }, windowMs),
      );
      return open;
    },
    get loaded() {
      start();
      return loaded;
    },
  };
}

/** The shortest window: what a window adds to a token of a stream already behind, when the process is not loaded. */
export const DELIVERY_WINDOW_MS = 20;

/** The longest, reached only while the event loop stays saturated (BENCHMARKS.md: the paced search). */
export const MAX_DELIVERY_WINDOW_MS = 80;

// Utilisation at which a loaded process lengthens its window.
const SATURATED = 0.95;

/**
 * A stream that is windowed goes back to one event per token after this many windows in a row that
 * brought a single token: idle again.
 */
export const LONE_WINDOWS_TO_SEND_AT_ONCE = 16;

/** The process's own: every stream of both transports, and the engine's token merge, share its timer. */
export const processLoadWindow: LoadWindow = createLoadWindow();
