/**
 * A bleed told in one clause and its end in the next, by a pronoun or with no subject at all ("my nose
 * was bleeding heavily but it stopped", "it bled a lot, has stopped now"): the second clause says what
 * stopped only through the one before it, so the pair is read together.
 */
import type { MessageAnalysis } from '../language/MessageAnalysis.ts';
import { CONCEPTS } from './concepts.ts';
import { foldForMatching } from './concepts/conceptPattern.ts';

const ENDS =
  /^\W*(?:(?:but|and|then|so) )?(?:(?:it|that|this|which|they)(?:'s| is| has| had| have)? |(?:has|had|have) )?(?:now |finally |since |eventually |just )?(?:stopped|settled|dried up|eased off)\b/;

export function endsTheBleedBefore(analyses: readonly MessageAnalysis[]): boolean {
  return analyses.some((a) =>
    a.clauses.some((c, i) => {
      const before = a.clauses[i - 1];
      if (before === undefined || c.hypothetical || before.negated || before.hypothetical) return false;
      return ENDS.test(a.normalized.slice(c.start, c.end)) && CONCEPTS.bleedingAny.test(foldForMatching(a.normalized.slice(before.start, before.end)));
    }),
  );
}
