/**
 * Collects the writes of one run of the event loop and commits them together (in `commit`, one
 * transaction) once that run is over: one WAL append for a tick's tokens of every stream instead of
 * one per token. Each caller's promise settles when its write is committed (or failed with its batch),
 * so the engine publishes an event only after it is durable, as before. A run of the loop that goes
 * on past `maxWaitMs` (a burst of turns starting) commits what it has so far at the next microtask.
 */
export function createGroupCommit<T>(commit: (batch: readonly T[]) => void, opts: { maxWaitMs?: number } = {}) {
  const maxWaitMs = opts.maxWaitMs ?? MAX_WAIT_MS;
  let batch: T[] = [];
  let openedAt = 0;
  // The promise the current batch's writers wait on, with its resolvers; undefined while none is open.
  let open: { promise: Promise<void>; resolve: () => void; reject: (cause: unknown) => void } | undefined;
  let immediate: NodeJS.Immediate | undefined;

  const flush = () => {
    const items = batch;
    const settling = open;
    batch = [];
    open = undefined;
    immediate = undefined;
    if (!settling) return;
    try {
      commit(items);
      settling.resolve();
    } catch (cause) {
      settling.reject(cause);
    }
  };

  return {
    add(item: T): Promise<void> {
      batch.push(item);
      // A run of the loop that goes on (a burst of turns starting) commits what has waited too long
      // now, not at its end: writes left waiting that long made V8 pretenure their objects for good.
      if (immediate !== undefined && batch.length % CHECK_EVERY === 0 && performance.now() - openedAt > maxWaitMs) {
        clearImmediate(immediate);
        immediate = undefined;
        queueMicrotask(flush);
      }
      if (!open) {
        let resolve!: () => void;
        let reject!: (cause: unknown) => void;
        const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
        open = { promise, resolve, reject };
        openedAt = performance.now();
        immediate = setImmediate(flush);
      }
      return open.promise;
    },
    /** Commits what is pending now (before the database closes). */
    flush(): void {
      clearImmediate(immediate);
      flush();
    },
  };
}

// How long a batch may wait for its run of the loop to end, checked every CHECK_EVERY writes.
const MAX_WAIT_MS = 4;
const CHECK_EVERY = 16;
