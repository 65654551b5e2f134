import { createTokenBucket, type TokenBucket } from './createTokenBucket.ts';

/**
 * One token bucket per key (a user). Full buckets carry no information, so they are dropped when the
 * map grows, which keeps memory bounded by the keys that were active within the last minute.
 */
export function createKeyedTokenBuckets(perMinute: number, opts: { pruneAbove?: number } = {}) {
  const buckets = new Map<string, TokenBucket>();
  const pruneAbove = opts.pruneAbove ?? 10_000;
  return {
    take(key: string, now = Date.now()) {
      let bucket = buckets.get(key);
      if (!bucket) {
        if (buckets.size >= pruneAbove) for (const [k, b] of buckets) if (b.isFull(now)) buckets.delete(k);
        bucket = createTokenBucket(perMinute, now);
        buckets.set(key, bucket);
      }
      return bucket.take(now);
    },
    get size() {
      return buckets.size;
    },
  };
}
