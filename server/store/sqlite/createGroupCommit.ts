/**
 * Collects the writes of one run of the event loop and commits them together (in `commit`, one
 * transaction) once that run is over: one WAL append for a tick's tokens of every stream instead of
 * one per token. Each caller's promise settles when its write is committed (or failed with its batch),
 * so the engine publishes an event only after it is durable, as before.
 */
export function createGroupCommit<T>(commit: (batch: readonly T[]) => void) {
  let batch: T[] = [];
  let settled: Promise<void> | undefined;
  let settle: { resolve: () => void; reject: (cause: unknown) => void } | undefined;
  let immediate: NodeJS.Immediate | undefined;

  const flush = () => {
    const items = batch;
    const done = settle;
    batch = [];
    settled = undefined;
    settle = undefined;
    immediate = undefined;
    if (!done) return;
    try {
      commit(items);
      done.resolve();
    } catch (cause) {
      done.reject(cause);
    }
  };

  return {
    add(item: T): Promise<void> {
      batch.push(item);
      if (!settled) {
        settled = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
        immediate = setImmediate(flush);
      }
      return settled;
    },
    /** Commits what is pending now (before the database closes). */
    flush(): void {
      clearImmediate(immediate);
      flush();
    },
  };
}
