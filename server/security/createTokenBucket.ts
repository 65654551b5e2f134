export interface TokenBucket {
  /** Takes one token; when none is left, says how many seconds until one is. */
  take(now?: number): { readonly ok: true } | { readonly ok: false; readonly retryAfterSeconds: number };
  /** True when the bucket is full again (idle): a keyed map may forget it. */
  isFull(now?: number): boolean;
}

/**
 * A token bucket of `perMinute` tokens refilled continuously: a burst of up to `perMinute` requests,
 * then one every 60/perMinute seconds.
 */
export function createTokenBucket(perMinute: number, start = Date.now()): TokenBucket {
  const perMs = perMinute / 60_000;
  let tokens = perMinute;
  let at = start;
  const refill = (now: number) => {
    tokens = Math.min(perMinute, tokens + (now - at) * perMs);
    at = now;
  };
  return {
    take(now = Date.now()) {
      refill(now);
      if (tokens >= 1) {
        tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
    },
    isFull(now = Date.now()) {
      refill(now);
      return tokens >= perMinute;
    },
  };
}
