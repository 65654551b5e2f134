/**
 * Time words as the cue patterns spell them: abbreviations ("3 yrs ago", "6 mths ago") and a typing
 * slip in the unit before "ago" ("a stroke yeasr ago", "two monhts ago") are read as the unit, so a
 * past illness told with a slip is still past. A second reading for the time cues only: the text the
 * concepts read is left as written.
 */
import { correctTypos } from './correctTypos.ts';

// Singular and plural apart: "yeasr" is one edit from both "years" and "year", a tie correctTypos leaves.
const PLURALS: ReadonlySet<string> = new Set(['years', 'months', 'weeks', 'decades']);
const SINGULARS: ReadonlySet<string> = new Set(['year', 'month', 'week', 'decade']);
const UNITS: ReadonlySet<string> = new Set([...PLURALS, ...SINGULARS]);
const ABBREVIATIONS: Readonly<Record<string, string>> = { yr: 'year', yrs: 'years', mth: 'month', mths: 'months', mo: 'month', mos: 'months', wk: 'week', wks: 'weeks' };
const BEFORE_AGO = /\b([a-z]+)(?= (?:ago|back)\b)/g;

export function readTimeWords(text: string): string {
  if (!/\b(?:ago|back)\b/.test(text)) return text;
  return text.replace(BEFORE_AGO, (word: string) => {
    if (UNITS.has(word)) return word;
    const unit = ABBREVIATIONS[word] ?? [PLURALS, SINGULARS].map((units) => correctTypos(word, units)).find((w) => UNITS.has(w));
    return unit ?? word;
  });
}
