/** One request taken from a bucket, or how long until the bucket has one again. */
export type TakeResult = { readonly ok: true } | { readonly ok: false; readonly retryAfterSeconds: number };

/**
 * Where the per-user and per-IP limits count: this process (memory, one instance) or Redis (every
 * instance on that Redis sees the same counts). Keys are logical names (`user:<id>`, `ip:<addr>`);
 * a backend that stores them keys them by a hash, never the raw id or address.
 */
export interface LimitCounters {
  /** `process` or `cluster`: what the limits cover, for docs and metrics. */
  readonly scope: 'process' | 'cluster';
  /** Takes one request from `key`'s token bucket of `perMinute` (a burst of `perMinute`, refilled continuously). */
  take(key: string, perMinute: number): Promise<TakeResult>;
  /**
   * A slot among `max` for `key`, or undefined when `max` are held. The release is idempotent; a slot
   * whose holder stops refreshing it (its instance died) lapses by itself.
   */
  acquire(key: string, max: number): Promise<(() => void) | undefined>;
  close(): Promise<void>;
}

/** A limit backend that did not answer (Redis down or frozen): the request is refused as store_unavailable. */
export class LimitStoreError extends Error {
  override readonly name = 'LimitStoreError';
}
