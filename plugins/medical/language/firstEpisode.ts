/**
 * "My son has never had a fit before and just had one": a denial with "never ... before" that a later
 * clause answers with "one" ("just had one", "now I have one", "he has one now") tells a first
 * episode, happening now. Read alone, the denial drops the one word that names the finding, and the
 * clause after it names nothing. Such a denied clause is lifted: its finding is asserted.
 */
import type { ClauseSpan } from './splitClauses.ts';

/** "never had / got / experienced ... before", "never gets": a first time, told as a denial. */
const NEVER_HAD = /\bnever\b(?:\s+(?:ever|once|really|actually))?\s+(?:had|has|have|got|gets|get|experienced|felt|suffered)\b/;
/** A clause that has "one" now, opening on it after an optional conjunction, subject and time word. */
const HAS_ONE =
  /^[\s,;:-]*(?:(?:and|but|so|then|now|today|just|suddenly)\s+)*(?:(?:i|he|she|they|we)(?:'s|'ve|'re|'m|\s+has|\s+have|\s+is|\s+are|\s+am|\s+was)?\s+)?(?:(?:just|now|only just|suddenly|today|then|had)\s+)*(?:had|has|have|having|got|getting|gets|get)\s+(?:one|another one)\b(?!\s+of\b)/;
/** How far on the answering clause may be: the same sentence or the next. */
const SENTENCES_AHEAD = 1;

interface Readable {
  readonly negated: boolean;
  readonly hypothetical: boolean;
  readonly subject: 'self' | 'third_party';
}

/** Indexes of denied clauses that a later clause answers with "one": a first episode, now. */
export function findFirstEpisodes(normalized: string, spans: readonly ClauseSpan[], clauses: readonly Readable[]): Set<number> {
  const lifted = new Set<number>();
  clauses.forEach((clause, i) => {
    const span = spans[i];
    if (span === undefined || !clause.negated || !NEVER_HAD.test(normalized.slice(span.start, span.end))) return;
    for (let j = i + 1; j < spans.length; j++) {
      const later = spans[j] as ClauseSpan;
      const answer = clauses[j];
      if (later.sentence > span.sentence + SENTENCES_AHEAD || answer === undefined) break;
      if (answer.negated || answer.hypothetical || answer.subject !== clause.subject) continue;
      if (HAS_ONE.test(normalized.slice(later.start, later.end))) {
        lifted.add(i);
        return;
      }
    }
  });
  return lifted;
}
