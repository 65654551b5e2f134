/**
 * Holds token streams back until the load generator says `go`, so every server's measured window
 * holds token streaming only (turn set-up, agents and connection costs stay outside it).
 */
export function createGate() {
  let open = false;
  let waiters: ((phase: number) => void)[] = [];
  return {
    get waiting(): number {
      return waiters.length;
    },
    /** Calls `start` now when open, else at `go`; `phase` (0..1) spreads gated streams over one interval. */
    enter(gated: boolean, start: (phase: number) => void): () => void {
      if (!gated || open) {
        start(0);
        return () => {};
      }
      waiters.push(start);
      return () => {
        waiters = waiters.filter((w) => w !== start);
      };
    },
    go(): void {
      open = true;
      const started = waiters;
      waiters = [];
      for (const start of started) start(Math.random());
    },
    close(): void {
      open = false;
    },
  };
}

export type Gate = ReturnType<typeof createGate>;
