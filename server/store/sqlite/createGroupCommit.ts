/**
 * Collects the writes of one run of the event loop and commits them together (in `commit`, one
 * transaction) once that run is over: one WAL append for a tick's tokens of every stream instead of
 * one per token. Each caller's promise settles when its write is committed (or failed with its batch),
 * so the engine publishes an event only after it is durable, as before.
 */
export function createGroupCommit<T>(commit: (batch: readonly T[]) => void) {
  let batch: T[] = [];
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
      if (!open) {
        let resolve!: () => void;
        let reject!: (cause: unknown) => void;
        const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
        open = { promise, resolve, reject };
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
