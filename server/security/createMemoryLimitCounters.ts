import { createConcurrencyLimiter, type ConcurrencyLimiter } from './createConcurrencyLimiter.ts';
import { createKeyedTokenBuckets } from './createKeyedTokenBuckets.ts';
import type { LimitCounters } from './LimitCounters.ts';

/** Limits counted in this process: right for one instance (STORE=memory or sqlite). */
export function createMemoryLimitCounters(): LimitCounters {
  // One keyed map per limit value: a key is only ever used with one limit.
  const buckets = new Map<number, ReturnType<typeof createKeyedTokenBuckets>>();
  const slots = new Map<number, ConcurrencyLimiter>();
  return {
    scope: 'process',
    take(key, perMinute) {
      let keyed = buckets.get(perMinute);
      if (!keyed) buckets.set(perMinute, (keyed = createKeyedTokenBuckets(perMinute)));
      return Promise.resolve(keyed.take(key));
    },
    acquire(key, max) {
      let limiter = slots.get(max);
      if (!limiter) slots.set(max, (limiter = createConcurrencyLimiter(max)));
      return Promise.resolve(limiter.tryAcquire(key));
    },
    close: () => Promise.resolve(),
  };
}
