/**
 * Remembers a pure function of one string for its most recently used inputs. A turn reads the same
 * message in several agents, and every turn reads the session's earlier messages again; results
 * are shared between callers, so they must be treated as immutable (their types are readonly).
 */
export function memoizeByText<T>(fn: (text: string) => T, size = 256): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) {
      // Re-insert so the Map's insertion order is least recently used first.
      cache.delete(text);
      cache.set(text, hit);
      return hit;
    }
    const value = fn(text);
    if (cache.size >= size) cache.delete(cache.keys().next().value as string);
    cache.set(text, value);
    return value;
  };
}
