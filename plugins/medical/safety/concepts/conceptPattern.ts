/**
 * Builds a concept pattern from alternatives. JavaScript's `\b` and `\w` only know ASCII, so a
 * pattern like "\bécrasé" never matches after a space. Rather than slow Unicode lookarounds, both
 * the pattern and the text are folded to unaccented letters (é→e, ñ→n, ç→c) before matching: see
 * foldForMatching, which every caller of these patterns must apply to its text.
 */

/** A gap that stays inside one asserted clause (clauses are joined with " | "). */
export const GAP = String.raw`[^|]{0,30}?`;

/** Strips diacritics so accented words have ASCII word boundaries. Lengths may change; use only to test. */
export function foldForMatching(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

export function conceptPattern(...alternatives: string[]): RegExp {
  return new RegExp(foldForMatching(alternatives.join('|')));
}
