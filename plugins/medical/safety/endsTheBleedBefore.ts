/**
 * A bleed told in one clause and its end in a later one, by a pronoun or with no subject at all ("my nose
 * was bleeding heavily but it stopped", "it bled a lot, has stopped now", "a nosebleed, loads of blood,
 * the teacher pinched her nose and it stopped"): the clause that ends it says what stopped only through
 * the ones before it, so they are read together.
 */
import type { MessageAnalysis } from '../language/MessageAnalysis.ts';
import { CONCEPTS } from './concepts.ts';
import { foldForMatching } from './concepts/conceptPattern.ts';

const ENDS =
  /^\W*(?:(?:but|and|then|so) )?(?:(?:it|that|this|which|they)(?:'s| is| has| had| have)? |(?:has|had|have) )?(?:now |finally |since |eventually |just )?(?:stopped|settled|dried up|eased off)\b/;

/** How far back the bleed may be told: "a nosebleed, | loads of blood, | teacher pinched her nose, | it stopped". */
const LOOK_BACK = 3;

export function endsTheBleedBefore(analyses: readonly MessageAnalysis[]): boolean {
  return analyses.some((a) =>
    a.clauses.some((c, i) => {
      if (c.hypothetical || !ENDS.test(a.normalized.slice(c.start, c.end))) return false;
      return a.clauses
        .slice(Math.max(0, i - LOOK_BACK), i)
        .some((before) => !before.negated && !before.hypothetical && CONCEPTS.bleedingAny.test(foldForMatching(a.normalized.slice(before.start, before.end))));
    }),
  );
}
