/**
 * A stream that has fallen behind (tokens due together: a loaded process, or a client behind) sends at
 * most once per window, merged, instead of once per run of the event loop: fewer, fuller events exactly
 * when each event's fixed cost counts. All such streams share one window timer.
 */
export interface LoadWindow {
  /** Resolves at the end of the current window. */
  nextWindow(): Promise<void>;
}

export function createLoadWindow(windowMs = DELIVERY_WINDOW_MS): LoadWindow {
  let open: Promise<void> | undefined;
  return {
    nextWindow() {
      open ??= new Promise<void>((resolve) =>
        setTimeout(() => {
          open = undefined;
          resolve();
        }, windowMs),
      );
      return open;
    },
  };
}

/** The most a window adds to a token's delay (the paced p99 budget is 100 ms: BENCHMARKS.md). */
export const DELIVERY_WINDOW_MS = 20;

/**
 * A stream that is windowed goes back to one event per token after this many windows in a row that
 * brought a single token: idle again.
 */
export const LONE_WINDOWS_TO_SEND_AT_ONCE = 16;

/** The process's own: every stream of both transports shares its timer. */
export const processLoadWindow: LoadWindow = createLoadWindow();
