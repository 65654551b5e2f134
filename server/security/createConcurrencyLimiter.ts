export interface ConcurrencyLimiter {
  /** Takes a slot for `key`; undefined when `key` already holds `max`. The release is idempotent. */
  tryAcquire(key: string): (() => void) | undefined;
  count(key: string): number;
}

/** Counts what each key holds at once (turns of a user, sockets of an IP); a key at zero is forgotten. */
export function createConcurrencyLimiter(max: number): ConcurrencyLimiter {
  const counts = new Map<string, number>();
  return {
    tryAcquire(key) {
      const held = counts.get(key) ?? 0;
      if (held >= max) return undefined;
      counts.set(key, held + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = (counts.get(key) ?? 1) - 1;
        if (left <= 0) counts.delete(key);
        else counts.set(key, left);
      };
    },
    count: (key) => counts.get(key) ?? 0,
  };
}
