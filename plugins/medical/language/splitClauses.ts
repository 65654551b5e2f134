/**
 * Splits normalized text into clause spans. Boundaries: sentence punctuation (not decimal points),
 * commas, contrastive and coordinating conjunctions, and negation triggers (so a negation's scope
 * is exactly the clause it opens, NegEx-style, ending at "but", "and", punctuation).
 */
import type { MessageLanguage } from './detectLanguage.ts';
import { findNegationTriggers } from './negationCues.ts';

export interface ClauseSpan {
  readonly start: number;
  readonly end: number;
  /** Index of the sentence the clause belongs to. */
  readonly sentence: number;
  /** The clause was opened by a negation trigger. */
  readonly opensWithNegation: boolean;
  /** What separated it from the previous clause: a comma/list word (negation may carry) or a hard break. */
  readonly joinedBy: 'start' | 'list' | 'break' | 'negation';
}

const SENTENCE_END = /(?<!\d)\.(?!\d)|[!?;\n]+|\.(?=\s|$)/g;
// A comma inside a number is a thousands separator ("CK 3,200", "45,000 steps") or a decimal comma
// ("38,5 de fièvre", "temp 38,9"), not a list break: cut there, the temperature lost its tenths.
// Each language's own "and": in English "e" and "y" are letters ("e-cigarette", "vitamin e"), not words.
const LIST_BREAK: Readonly<Record<MessageLanguage, RegExp>> = {
  en: /(?<!\d),|,(?!\d)|\band\b/g,
  es: /(?<!\d),|,(?!\d)|\b(?:and|y|e)\b/g,
  fr: /(?<!\d),|,(?!\d)|\b(?:and|et)\b/g,
};
// Fixed pairs joined by "and" name one thing ("pins and needles in both arms", "on and off for a week"):
// cut there, "needles in both arms" lost its tingling.
const FIXED_PAIR = /\b(?:pins and needles|on and off|off and on|back and forth|to and fro|now and (?:then|again)|in and out|up and down|black and blue)\b/g;
// "and it's gone green", ", it's swollen": a clause whose subject is "it" goes on telling the thing
// the clause before named, so the two stay one clause (unless that one is a denial).
// "Just vomited and there's blood in it": a clause that points back with "in it" tells the same thing.
const GOES_ON_WITH_IT = /^\s*(?:and\s+)?(?:it's|its|it is|it has|it was|it's been|it looks|it looked|it went|it turned|it goes|it gets|it got|it became|it seems|it feels|it keeps|there(?:'s| is| was| were) (?:some |a lot of |lots of |loads of )?\w+ in it)\b/;
// "While" before eating, chewing or swallowing dates what the mouth does ("pain in my jaw while I eat"),
// not a contrast. Other activities still cut: "6 weeks ago he felt faint while climbing, with chest pain"
// kept as one clause dated the chest pain with the episode, and it stopped counting as now.
// "now" after an auxiliary ("is now spreading", "has now gone") is part of its verb, not a turn to a
// new state ("it was mild, now it is worse"); "right now" dates the words before it, and so does a "now"
// that closes its words ("he doesn't have bleeding now, bruising or a head injury": the denial goes on).
const HARD_BREAK =
  /\b(?:but|however|although|though|except|yet|whereas|while(?! (?:(?:i|he|she|they|we|you) (?:am |is |are |was |were )?)?(?:eat|chew|swallow)\w*\b)|(?<!\b(?:is|are|was|were|has|have|had|it's|i'm|im|he's|she's|they're|right) )now(?!\s*(?:[,.;:!?]|$))|then|pero|aunque|sino|ahora|mais|cependant|pourtant|maintenant)\b/g;

interface Cut {
  readonly at: number;
  readonly skip: number;
  readonly kind: 'sentence' | 'list' | 'break' | 'negation' | 'pronoun';
}

export function splitClauses(normalized: string, language: MessageLanguage): ClauseSpan[] {
  const cuts: Cut[] = [];
  for (const m of normalized.matchAll(SENTENCE_END)) cuts.push({ at: m.index, skip: m[0].length, kind: 'sentence' });
  const fixedPairs = [...normalized.matchAll(FIXED_PAIR)].map((m) => [m.index, m.index + m[0].length] as const);
  for (const m of normalized.matchAll(LIST_BREAK[language])) {
    if (fixedPairs.some(([from, to]) => m.index > from && m.index < to)) continue;
    const at = m.index + m[0].length;
    cuts.push({ at: m.index, skip: m[0].length, kind: GOES_ON_WITH_IT.test(normalized.slice(at)) ? 'pronoun' : 'list' });
  }
  for (const m of normalized.matchAll(HARD_BREAK)) cuts.push({ at: m.index, skip: 0, kind: 'break' });
  for (const at of findNegationTriggers(normalized, language)) cuts.push({ at, skip: 0, kind: 'negation' });
  cuts.sort((a, b) => a.at - b.at);

  const spans: ClauseSpan[] = [];
  let start = 0;
  let sentence = 0;
  let pending: Separator | 'start' = 'start';
  let negationOpens = false;
  const flush = (end: number): void => {
    const text = normalized.slice(start, end);
    if (/[\p{L}\p{N}]/u.test(text)) {
      const joinedBy = pending === 'sentence' ? 'break' : pending;
      spans.push({ start, end, sentence, opensWithNegation: negationOpens, joinedBy });
      pending = 'list';
      negationOpens = false;
    }
  };
  for (const cut of cuts) {
    if (cut.at < start) continue;
    if (cut.kind === 'pronoun' && !negationOpens) continue;
    flush(cut.at);
    if (cut.kind === 'sentence') sentence += 1;
    if (cut.kind === 'negation') negationOpens = true;
    // Keep the strongest separator seen since the last emitted clause.
    pending = strongest(pending, cut.kind === 'pronoun' ? 'list' : cut.kind);
    start = cut.at + cut.skip;
  }
  flush(normalized.length);
  return spans;
}

const RANK: Readonly<Record<Separator | 'start', number>> = { start: 4, sentence: 3, negation: 2, break: 1, list: 0 };

type Separator = Exclude<Cut['kind'], 'pronoun'>;

function strongest(a: Separator | 'start', b: Separator): Separator | 'start' {
  // A fresh cut after an emitted clause replaces the placeholder 'list'.
  if (a === 'list') return b;
  return RANK[a] >= RANK[b] ? a : b;
}
