import type { SessionStore, StoredEvent } from '../store/SessionStore.ts';

/**
 * Batches a turn's event-log writes: events queue synchronously on the hot path and are written
 * together once per macrotask, in order. `flush` writes what is queued and waits for it.
 */
export function createEventLogWriter(store: SessionStore, onError: (cause: unknown) => void) {
  const queues = new Map<string, StoredEvent[]>();
  let scheduled = false;
  let writing: Promise<void> = Promise.resolve();

  const writeAll = (): Promise<void> => {
    scheduled = false;
    const batches = [...queues.entries()];
    queues.clear();
    writing = writing.then(async () => {
      for (const [turnId, events] of batches) {
        try {
          await store.appendEvents(turnId, events);
        } catch (cause) {
          onError(cause);
        }
      }
    });
    return writing;
  };

  return {
    push(turnId: string, event: StoredEvent): void {
      const queue = queues.get(turnId);
      if (queue) queue.push(event);
      else queues.set(turnId, [event]);
      if (!scheduled) {
        scheduled = true;
        setImmediate(writeAll);
      }
    },
    flush(): Promise<void> {
      return writeAll();
    },
  };
}
