/**
 * "One" standing for an episode named before it: "I had a seizure years ago, my daughter just had her
 * first ever one and it's still going", "he has epilepsy and he's having one now". The episode noun
 * is put in the anaphor's place, as a second reading of the asserted text: what the text as written says
 * is never lost (as with typing slips). Only episode nouns, and only a "one" with a determiner or a verb
 * of having before it and no noun after it ("one side", "one of them" are not anaphors).
 */
import type { MessageAnalysis } from './MessageAnalysis.ts';
import { isOwnAssertedClause } from './analyzeMessage.ts';

/** An episode's name, and the word the patterns know it by: "epilepsy" has "seizures", "asthma" "attacks". */
const EPISODES: readonly (readonly [RegExp, string])[] = [
  [/\b(?:seizures?|fits?|convulsions?|epilep\w*)\b/g, 'seizure'],
  [/\bheart attacks?\b/g, 'heart attack'],
  [/\basthma(?: attacks?)?\b/g, 'asthma attack'],
  [/\bpanic attacks?\b/g, 'panic attack'],
  [/\b(?:mini-?)?strokes?\b/g, 'stroke'],
  [/\bmigraines?\b/g, 'migraine'],
  [/\bnose ?bleeds?\b/g, 'nosebleed'],
  [/\bcontractions?\b/g, 'contraction'],
  [/\bhypos?\b/g, 'hypo'],
  // Everyday episodes stand for themselves: the nearest named episode is the one meant, so "grandad had a
  // stroke years ago; I get the odd tension headache, had one today" is a headache today, not a stroke.
  [/\b(?:headaches?|head ?aches?)\b/g, 'headache'],
  [/\b(?:colds?|coughs?|sore throats?)\b/g, 'cold'],
  [/\b(?:dizzy spells?|funny turns?)\b/g, 'dizzy spell'],
  [/\bcramps?\b/g, 'cramp'],
];
const ANAPHOR =
  /\b(?:(?:her|his|their|my|our|a|another|the|having|had|has|have|got|getting)\s+)(?:(?:very|first|second|third|next|new|big|bad|long|massive|proper|full|real|worse|bigger|longer|nasty|huge|ever)\s+)*one\b(?=\s*(?:$|[|,.;:!?]|and\b|now\b|today\b|tonight\b|just\b|that\b|which\b|in\b|at\b|this\b|again\b|last\b|before\b|going\b|lasting\b|for\b|since\b|right\b|but\b|so\b))/g;
const ONE = /\bone\b/;

/** The message's own asserted text with each anaphoric "one" replaced by its episode, or undefined when none is. */
export function resolveOneAnaphora(analysis: MessageAnalysis): string | undefined {
  if (!ONE.test(analysis.normalized)) return undefined;
  let changed = false;
  const parts = analysis.clauses.filter(isOwnAssertedClause).map((clause) => {
    const text = analysis.normalized.slice(clause.start, clause.end);
    return text.replace(ANAPHOR, (anaphor: string, at: number) => {
      const episode = lastEpisodeBefore(analysis.normalized, clause.start + at);
      if (episode === undefined) return anaphor;
      changed = true;
      return anaphor.replace(/\bone$/, episode);
    });
  });
  return changed ? parts.join(' | ') : undefined;
}

function lastEpisodeBefore(text: string, end: number): string | undefined {
  let best: { at: number; word: string } | undefined;
  for (const [pattern, word] of EPISODES) {
    for (const m of text.slice(0, end).matchAll(pattern)) if (!best || m.index > best.at) best = { at: m.index, word };
  }
  return best?.word;
}
