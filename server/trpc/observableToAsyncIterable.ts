import type { Observable } from 'rxjs';
import { fromObservable, type Feed } from '../protocol/Feed.ts';

export interface BridgeOptions<T, R = T> {
  /** Aborting ends iteration and unsubscribes from the source. */
  readonly signal: AbortSignal | undefined;
  /**
   * Merges `next` into the last queued value when the consumer is behind (queue at `highWater`);
   * returns undefined when the two cannot merge. Keeps the queue bounded for token streams.
   */
  readonly coalesce?: (last: T, next: T) => T | undefined;
  readonly highWater?: number;
  /** Awaited before each value is handed out (e.g. wait for a congested socket to drain). */
  readonly beforeYield?: () => Promise<void> | undefined;
  /** What is yielded for a value (applied once it is handed out, after any merging). */
  readonly map?: (value: T) => R;
}

/**
 * tRPC v11 wants async iterables for subscriptions; this bridges an Observable (or the engine's
 * Feed, one hop less per token), with a queue that coalesces instead of growing while the
 * consumer lags, and teardown that always runs.
 */
export function observableToAsyncIterable<T>(source: Observable<T> | Feed<T>, opts: BridgeOptions<T> & { readonly map?: undefined }): AsyncGenerator<T>;
export function observableToAsyncIterable<T, R>(source: Observable<T> | Feed<T>, opts: BridgeOptions<T, R> & { readonly map: (value: T) => R }): AsyncGenerator<R>;
export async function* observableToAsyncIterable<T, R>(source: Observable<T> | Feed<T>, opts: BridgeOptions<T, R>): AsyncGenerator<T | R> {
  const queue: T[] = [];
  const highWater = opts.highWater ?? 16;
  let head = 0;
  let completed = false;
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };

  const start = typeof source === 'function' ? source : fromObservable(source);
  const stop = start({
    next(value) {
      const size = queue.length - head;
      if (opts.coalesce && size >= highWater) {
        const merged = opts.coalesce(queue[queue.length - 1] as T, value);
        if (merged !== undefined) {
          queue[queue.length - 1] = merged;
          return;
        }
      }
      queue.push(value);
      notify();
    },
    error(error: unknown) {
      failure = { error };
      notify();
    },
    complete() {
      completed = true;
      notify();
    },
  });
  opts.signal?.addEventListener('abort', notify);

  try {
    while (!opts.signal?.aborted) {
      if (head < queue.length) {
        const pending = opts.beforeYield?.();
        if (pending) await pending;
        const value = queue[head] as T;
        queue[head++] = undefined as T;
        if (head > 1024 && head * 2 > queue.length) {
          queue.splice(0, head);
          head = 0;
        }
        yield opts.map ? opts.map(value) : value;
        continue;
      }
      if (failure) throw failure.error;
      if (completed) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    stop();
    opts.signal?.removeEventListener('abort', notify);
  }
}
