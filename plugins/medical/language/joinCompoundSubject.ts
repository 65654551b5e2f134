/**
 * "His arms and legs feel weak", "my chest or left arm hurts": two nouns joined by "and" or "or" are one
 * subject of the verb after them, so they stay one clause. Cut at the "and", the first half ("his arms")
 * says nothing and the second ("legs feel weak") loses half of what is weak. A first half with a verb of
 * its own, or a second that opens with a pronoun or a verb ("... and it spreads"), is a clause of its own.
 */
import type { EnglishWord } from './readEnglishWords.ts';
import { joinAdjacentSpans } from './joinAdjacentSpans.ts';
import type { ClauseSpan } from './splitClauses.ts';

const CONJUNCTION = /^\s*,?\s*(?:and|or)\s*$/;
const VERBS = new Set(['VERB', 'AUX']);
const NOUNS = new Set(['NOUN', 'PROPN']);
const MODIFIERS = new Set(['ADJ', 'DET', 'NUM']);
// Sides and parts, whatever the tagger says ("left" is often read as the verb).
const SIDES = new Set(['left', 'right', 'upper', 'lower', 'both']);
const isModifier = (w: EnglishWord): boolean => MODIFIERS.has(w.pos) || SIDES.has(w.text);
/** How many words a bare subject before "and" may have ("both of his arms"). */
const MAX_SUBJECT_WORDS = 4;

export function joinCompoundSubject(spans: readonly ClauseSpan[], words: readonly EnglishWord[], text: string): ClauseSpan[] {
  return joinAdjacentSpans(spans, (previous, span) => joins(previous, span, words, text));
}

function joins(previous: ClauseSpan, span: ClauseSpan, words: readonly EnglishWord[], text: string): boolean {
  if (span.joinedBy !== 'list' || span.opensWithNegation || previous.opensWithNegation || span.sentence !== previous.sentence) return false;
  if (!CONJUNCTION.test(text.slice(previous.end, span.start))) return false;
  const before = words.filter((w) => w.start >= previous.start && w.end <= previous.end);
  const after = words.filter((w) => w.start >= span.start && w.end <= span.end);
  const last = before.at(-1);
  // The second half is a noun phrase (its modifiers first: "left arm", "both legs") and then its verb.
  const verbAt = after.findIndex((w) => VERBS.has(w.pos) && !SIDES.has(w.text));
  const phrase = verbAt > 0 ? after.slice(0, verbAt) : [];
  return (
    last !== undefined &&
    before.length <= MAX_SUBJECT_WORDS &&
    NOUNS.has(last.pos) &&
    !before.some((w) => VERBS.has(w.pos)) &&
    phrase.length > 0 &&
    phrase.every((w) => isModifier(w) || NOUNS.has(w.pos)) &&
    NOUNS.has(phrase.at(-1)?.pos ?? '')
  );
}
