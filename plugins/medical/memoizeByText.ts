export interface MemoizedByText<T> {
  (text: string): T;
  /** The value remembered for the text, if any, without computing it. */
  readonly known: (text: string) => T | undefined;
}

/**
 * Remembers a pure function of one string for its recently used inputs (between `size / 2` and `size`
 * of them). A turn reads the same message in several agents, and every turn reads the session's
 * earlier messages again; results are shared between callers, so they must be treated as immutable
 * (their types are readonly).
 *
 * Two generations rather than an exact LRU: a full young map becomes the old one, and a hit in the old
 * map moves into the young. A Map kept in LRU order by delete-and-set piles up deleted slots that every
 * eviction's `keys().next()` walks past; that walk was a tenth of a new message's safety check.
 */
export function memoizeByText<T>(fn: (text: string) => T, size = 256): MemoizedByText<T> {
  const generation = Math.max(1, Math.floor(size / 2));
  let young = new Map<string, T>();
  let old = new Map<string, T>();
  const remembered = (text: string): T => {
    let value = young.get(text);
    if (value !== undefined) return value;
    value = old.get(text);
    if (value === undefined) value = fn(text);
    if (young.size >= generation) {
      old = young;
      young = new Map();
    }
    young.set(text, value);
    return value;
  };
  return Object.assign(remembered, { known: (text: string) => young.get(text) ?? old.get(text) });
}
