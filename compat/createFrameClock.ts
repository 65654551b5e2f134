/**
 * ISO-8601 UTC timestamps for frames, formatted at most once per millisecond: a token burst shares
 * one string instead of allocating a Date per token.
 */
export function createFrameClock(now: () => number = Date.now): () => string {
  let lastMs = -1;
  let lastIso = '';
  return () => {
    const ms = now();
    if (ms !== lastMs) {
      lastMs = ms;
      lastIso = new Date(ms).toISOString();
    }
    return lastIso;
  };
}
