/**
 * "My ankle is swollen and hot", "his arm went cold and blue": a bare adjective after "and" or "or" is a
 * second predicate of the subject before it, so it stays in that clause. Cut at the "and", "hot" or
 * "blue" stood alone and lost the joint or the limb it describes. A second half with a subject or a verb
 * of its own ("... and it hurts") is a clause of its own; a negated one keeps its own scope.
 */
import type { EnglishWord } from './readEnglishWords.ts';
import { joinAdjacentSpans } from './joinAdjacentSpans.ts';
import type { ClauseSpan } from './splitClauses.ts';

const CONJUNCTION = /^\s*,?\s*(?:and|or)\s*$/;
/** How many words the bare adjective phrase may have ("really very red"). */
const MAX_PREDICATE_WORDS = 3;
// Participles used as adjectives ("swollen", "bruised", "throbbing") may be tagged verbs.
const PARTICIPLE = /(?:ed|en|ing)$/;
const isAdjective = (w: EnglishWord): boolean => w.pos === 'ADJ' || (w.pos === 'VERB' && PARTICIPLE.test(w.text));
const PARTICLES = new Set(['up', 'out']);
const isQualifier = (w: EnglishWord): boolean => isAdjective(w) || w.pos === 'ADV';

/** "Puffed up", "swollen up", "blown up": a participle with its particle ends on the particle. */
function endsOnPhrasalParticiple(before: readonly EnglishWord[]): boolean {
  const [previous, last] = before.slice(-2);
  return previous !== undefined && last !== undefined && PARTICLES.has(last.text) && isAdjective(previous);
}

export function joinCoordinatePredicate(spans: readonly ClauseSpan[], words: readonly EnglishWord[], text: string): ClauseSpan[] {
  return joinAdjacentSpans(spans, (previous, span) => joins(previous, span, words, text));
}

function joins(previous: ClauseSpan, span: ClauseSpan, words: readonly EnglishWord[], text: string): boolean {
  if (span.joinedBy !== 'list' || span.opensWithNegation || span.sentence !== previous.sentence) return false;
  if (!CONJUNCTION.test(text.slice(previous.end, span.start))) return false;
  const before = words.filter((w) => w.start >= previous.start && w.end <= previous.end);
  const last = before.at(-1);
  const after = words.filter((w) => w.start >= span.start && w.end <= span.end);
  const phrase = predicatePhrase(after);
  const tail = phrase.at(-1);
  return (
    last !== undefined &&
    (isAdjective(last) || endsOnPhrasalParticiple(before)) &&
    tail !== undefined &&
    isAdjective(tail) &&
    phrase.length <= MAX_PREDICATE_WORDS &&
    phrase.every(isQualifier)
  );
}

// What may follow the adjective and still qualify it: "hot to the touch", "cold compared to the other one",
// "sore since yesterday". A verb or a subject of its own after it ("cold and it hurts") is a clause.
const COMPLEMENT_OPENERS = new Set(['ADP', 'SCONJ']);
const COMPARING = new Set(['compared', 'than']);
const OWNERS = new Set(['my', 'his', 'her', 'their', 'your', 'our', 'its']);

/** The second half's words up to where a complement of its adjective opens (all of them if none does). */
function predicatePhrase(after: readonly EnglishWord[]): readonly EnglishWord[] {
  const opens = after.findIndex((w, i) => i > 0 && (COMPLEMENT_OPENERS.has(w.pos) || COMPARING.has(w.text)));
  if (opens < 0) return after;
  const complement = after.slice(opens + 1);
  // A word after a determiner is a noun whatever its tag ("compared to the left").
  const ownPredicate = complement.some(
    (w, i) => (w.pos === 'VERB' || w.pos === 'AUX' || (w.pos === 'PRON' && !OWNERS.has(w.text))) && !COMPARING.has(w.text) && complement[i - 1]?.pos !== 'DET',
  );
  return ownPredicate ? after : after.slice(0, opens);
}
