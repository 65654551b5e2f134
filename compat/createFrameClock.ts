/** "000Z" … "999Z": the millisecond ends of a timestamp. */
const MILLIS = Array.from({ length: 1000 }, (_, ms) => `${String(ms).padStart(3, '0')}Z`);

/**
 * ISO-8601 UTC timestamps for frames (as `Date#toISOString`): the date and time up to the second are
 * formatted once a second, the milliseconds looked up, since nearly every token has a millisecond of its
 * own (the cost of `toISOString` per frame: BENCHMARKS.md).
 */
export function createFrameClock(now: () => number = Date.now): () => string {
  let lastMs = Number.NaN;
  let lastIso = '';
  let second = Number.NaN;
  let prefix = '';
  return () => {
    const ms = now();
    if (ms === lastMs) return lastIso;
    const s = Math.floor(ms / 1000);
    if (s !== second) {
      second = s;
      // Everything but "mmmZ"; years past 9999 or before 0 make the prefix longer, not different.
      prefix = new Date(s * 1000).toISOString().slice(0, -4);
    }
    lastMs = ms;
    lastIso = prefix + (MILLIS[ms - s * 1000] as string);
    return lastIso;
  };
}
