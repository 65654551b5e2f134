/**
 * Denials written after the finding, as templates and checklists write them: "Chest pain: nil",
 * "haemoptysis - denied", "SOB neg", "rash none", "Chest pain? No." NegEx-style triggers open a
 * clause after them, so such a finding was read as asserted ("Chest pain: nil" called an ambulance).
 * English only. Returns the spans of the findings denied this way (the label before the denial).
 */
import type { ClauseSpan } from './splitClauses.ts';

// The denial word, closing its item: nothing but punctuation or the end of the text after it.
// A bare "no" (or a checklist's "N") counts only after a separator (": no", "- no", "? No", ": N"); the
// other words, and a "(-)", need none.
const POST_DENIAL =
  /(\s*(?::|-+|–|—|=|\?)\s*|\s+)(nil|none|denied|absent|negative|neg|-ve|\(\s*-\s*\)|\(neg\)|not present|not seen|not noted|not reported|not at all|nope|no|n)(?=\s*(?:$|[.;,!?\n|)]))/g;
// Where an item's label starts: after the previous punctuation, heading colon, or joining word.
const LABEL_START = /[.;,!?\n|:(]|\b(?:and|but|or|with|plus)\b/g;
/** Longest label read as one finding ("pain in the right side of the chest"). */
const MAX_LABEL_WORDS = 7;
// A label that already holds a denial or an answer ("no fever - none", "fever yes") is not one finding.
const NOT_A_LABEL = /\b(?:no|not|yes|pos|positive|present|never|denies)\b|n't\b/;

export interface DeniedLabel {
  readonly start: number;
  readonly end: number;
  /** Where the denial word ends. */
  readonly denialEnd: number;
}

export function findPostDenials(normalized: string): DeniedLabel[] {
  const found: DeniedLabel[] = [];
  // Where each possible label starts, read once: a label starts after the last of these before its denial.
  const starts = [0, ...[...normalized.matchAll(LABEL_START)].map((b) => b.index + b[0].length)];
  for (const m of normalized.matchAll(POST_DENIAL)) {
    const separator = m[1] ?? '';
    if ((m[2] === 'no' || m[2] === 'n') && !/[:\-–—=?]/.test(separator)) continue;
    const end = m.index;
    const start = starts.findLast((at) => at <= end) ?? 0;
    const label = normalized.slice(start, end).trim();
    const words = label.split(/\s+/).filter((w) => /[\p{L}]/u.test(w));
    if (words.length === 0 || words.length > MAX_LABEL_WORDS || NOT_A_LABEL.test(label)) continue;
    found.push({ start, end, denialEnd: m.index + m[0].length });
  }
  return found;
}

/**
 * Cuts the clause spans at each denied label's edges and marks the spans inside one `postDenied`: the
 * clause reader negates them, and a denial written after its finding never carries on to the next item
 * ("chest pain: nil, fever: 38.5" keeps the fever).
 */
export function markPostDenials<S extends ClauseSpan>(spans: readonly S[], normalized: string): (S & { readonly postDenied?: boolean })[] {
  const labels = findPostDenials(normalized);
  if (labels.length === 0) return [...spans];
  const cuts = labels.flatMap((l) => [l.start, l.end]);
  const pieces = spans.flatMap((span): S[] => {
    const inside = cuts.filter((c) => c > span.start && c < span.end);
    if (inside.length === 0) return [span];
    const edges = [span.start, ...inside, span.end];
    return edges
      .slice(0, -1)
      .map((start, k) => (k === 0 ? { ...span, end: edges[1] ?? span.end } : { ...span, start, end: edges[k + 1] ?? span.end, opensWithNegation: false, joinedBy: 'list' }));
  });
  return pieces
    .filter((p) => CONTENT.test(normalized.slice(p.start, p.end)))
    .map((p) => {
      const text = normalized.slice(p.start, p.end);
      const first = p.start + text.search(CONTENT);
      const lastChar = LAST_CONTENT.exec(text);
      const last = p.start + (lastChar ? lastChar.index + lastChar[0].length : text.length);
      // The label, and the denial word's own clause ("none" opens one): neither carries on to the next item.
      return labels.some((l) => first >= l.start && last <= l.denialEnd) ? { ...p, postDenied: true } : p;
    });
}

const CONTENT = /[\p{L}\p{N}]/u;
const LAST_CONTENT = /[\p{L}\p{N}](?=[^\p{L}\p{N}]*$)/u;
