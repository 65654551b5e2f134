/** One request of a connection, run when those before it are answered; `done` lets the next one run. */
export type QueuedRequest = (done: () => void) => void;

/**
 * A connection's requests in arrival order, one at a time: a message waits while an earlier turn
 * streams, and a malformed frame's `error` waits its turn too, so a guide client that stops at the
 * first `error` never loses the rest of a running answer. At most `maxQueued` wait.
 */
export function createRequestQueue(maxQueued: number) {
  const waiting: QueuedRequest[] = [];
  let running = false;
  let closed = false;

  const pump = () => {
    while (!running && !closed) {
      const next = waiting.shift();
      if (!next) return;
      running = true;
      let finished = false;
      next(() => {
        if (finished) return;
        finished = true;
        running = false;
        pump();
      });
    }
  };

  return {
    /** True when one more request would be refused (`busy`). */
    get full(): boolean {
      return (running || waiting.length > 0) && waiting.length >= maxQueued;
    },
    get busy(): boolean {
      return running;
    },
    push(request: QueuedRequest): void {
      waiting.push(request);
      pump();
    },
    /** Drops what waits (the socket closed); the running request finishes on its own. */
    close(): void {
      closed = true;
      waiting.length = 0;
    },
  };
}
