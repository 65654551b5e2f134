/**
 * A sort comparator's order for two scores, highest first, as -1, 0 or 1. Not `b - a`: a fractional
 * return value is a heap number per comparison, and the rankings that sort every message's
 * candidates are on each turn's setup, whose garbage the gateway's collections are made of.
 */
export function descending(a: number, b: number): -1 | 0 | 1 {
  return a > b ? -1 : a < b ? 1 : 0;
}
