/**
 * A comma between adjectives that qualify one noun ("severe, constant abdominal pain", "sharp, stabbing
 * pain") lists qualities, not clauses: a clause that ends on a qualifier, cut at a comma from one that
 * opens on an adjective, is joined to it, so the severity stays with the pain it qualifies.
 */
import type { EnglishWord } from './readEnglishWords.ts';
import { joinAdjacentSpans } from './joinAdjacentSpans.ts';
import type { ClauseSpan } from './splitClauses.ts';

const QUALIFIER_POS = new Set(['ADJ', 'ADV']);

export function joinCoordinateAdjectives(spans: readonly ClauseSpan[], words: readonly EnglishWord[], text: string): ClauseSpan[] {
  return joinAdjacentSpans(spans, (previous, span) => joins(previous, span, words, text));
}

function joins(previous: ClauseSpan, span: ClauseSpan, words: readonly EnglishWord[], text: string): boolean {
  if (span.joinedBy !== 'list' || span.opensWithNegation || previous.opensWithNegation || span.sentence !== previous.sentence) return false;
  if (text.slice(previous.end, span.start).trim() !== ',') return false;
  const last = words.findLast((w) => w.start >= previous.start && w.start < previous.end);
  const at = words.findIndex((w) => w.start >= span.start);
  const next = words[at];
  // A participle used as an adjective ("excruciating", "throbbing") may be tagged a verb.
  const qualifies = (w: EnglishWord): boolean => QUALIFIER_POS.has(w.pos) || (w.pos === 'VERB' && w.text.endsWith('ing'));
  return last !== undefined && qualifies(last) && next !== undefined && (next.pos === 'ADJ' || attributiveParticiple(next, words[at + 1], span));
}

/**
 * An -ing word the tagger may call a noun or a verb, standing before an adjective or a noun of its own
 * clause ("swollen, throbbing left ankle"): it qualifies what follows. "Sore, vomiting since noon" is a
 * new finding, not a quality.
 */
function attributiveParticiple(w: EnglishWord, after: EnglishWord | undefined, span: ClauseSpan): boolean {
  return w.text.endsWith('ing') && after !== undefined && after.start < span.end && (after.pos === 'ADJ' || after.pos === 'NOUN' || SIDE.has(after.text));
}

// The tagger reads "left" as a verb and "right" as an adverb before a body part.
const SIDE = new Set(['left', 'right']);
