/**
 * A long denial list ("I don't have fever or sweating, nausea or vomiting, abdominal pain or change
 * in bowel habits, cough or chest pain") is split into clauses, and the language layer carries the
 * negation only into short items. Here an item without a predicate of its own, in the same sentence
 * right after a negated clause, stays negated whatever its length. A new predicate ("but I have",
 * "it hurts") or a sentence end stops the list. A small helper on the MessageAnalysis API.
 */
import type { Clause, MessageAnalysis } from '../language/MessageAnalysis.ts';

const OWN_PREDICATE =
  /\b(?:i|i'm|im|i've|ive|my|me|he|she|it|it's|they|is|are|am|was|were|feel|feels|have|has|had|got|gets|but|now|says|said|hurts|aches|started|keeps|became|can|can't|still|also|except|apart|however|though)\b/;
const SENTENCE_END = /[.!?;\n]/;

export function extendNegatedLists(analysis: MessageAnalysis): MessageAnalysis {
  let changed = false;
  const clauses: Clause[] = [];
  for (const clause of analysis.clauses) {
    const prev = clauses[clauses.length - 1];
    const between = prev ? analysis.normalized.slice(prev.end, clause.start) : '';
    const own = analysis.normalized.slice(clause.start, clause.end);
    if (prev?.negated === true && !clause.negated && !SENTENCE_END.test(between) && !OWN_PREDICATE.test(own)) {
      clauses.push({ ...clause, negated: true });
      changed = true;
    } else clauses.push(clause);
  }
  return changed ? { ...analysis, clauses } : analysis;
}
