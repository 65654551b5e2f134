/**
 * Lower-cases, folds typographic quotes and dashes (and symbols beyond Latin-1 to one stand-in), and,
 * in English, gives a "not" contraction typed without its apostrophe its apostrophe back ("dont" ->
 * "don't", "hasnt" -> "hasn't", "cant" -> "can't"), so every pattern and the tokenizer read one
 * spelling. Folding keeps each character's length; a restored apostrophe is the only character added
 * (see toOriginalOffset). Figures of speech that spell an emergency's name ("a stroke of luck") are
 * blanked with spaces of their length, and regional words for a finding ("paining", "giddy") become the
 * standard ones, padded to their length (regionalEnglish.ts).
 */
import { detectLanguage } from './detectLanguage.ts';
import { blankFiguresOfSpeech } from './figuresOfSpeech.ts';
import { standardiseRegionalEnglish } from './regionalEnglish.ts';

export function normalizeText(text: string): string {
  // Regional words keep their length: the offset map below stays as it is.
  const folded = standardiseRegionalEnglish(blankFiguresOfSpeech(fold(text)));
  // French "dont" is a word of its own; Spanish and French have no such contractions.
  return APOSTROPHE_FREE.test(folded) && detectLanguage(folded) === 'en' ? folded.replace(APOSTROPHE_FREE_ALL, "$1n't") : folded;
}

/**
 * Where an offset of `normalizeText(original)` falls in `original`: the text only differs by folded
 * characters of the same length and restored apostrophes, which point at the letter after them.
 */
export function toOriginalOffset(original: string, normalized: string): (offset: number) => number {
  if (original.length === normalized.length) return (offset) => offset;
  const map: number[] = [];
  let j = 0;
  for (let i = 0; i < normalized.length; i++) {
    map.push(j);
    if (!(normalized[i] === "'" && original[j] !== "'" && original[j] !== '\u2019')) j += 1;
  }
  map.push(original.length);
  return (offset) => map[offset] ?? original.length;
}

const CONTRACTED = String.raw`\b(do|does|did|have|has|had|is|are|was|were|wo|would|could|should|ca|must|need|ai)nt\b`;
const APOSTROPHE_FREE = new RegExp(CONTRACTED);
const APOSTROPHE_FREE_ALL = new RegExp(CONTRACTED, 'g');

function fold(text: string): string {
  // Most messages are plain ASCII, where lower-casing is per character and nothing else folds.
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    // Some characters change length when lower-cased (e.g. 'İ'); keep the original there.
    const folded = lower.length === ch.length ? lower : ch;
    out += FOLD[folded] ?? (folded.charCodeAt(0) > 0xff && SYMBOL.test(folded) ? STAND_IN.repeat(folded.length) : folded);
  }
  return out;
}

// Symbols and punctuation beyond Latin-1 (emoji, bullets, arrows, brackets) name nothing the engine
// reads, but one such character makes the whole text, and every conversation it is joined into, a
// two-byte string, which every pattern then reads about half as fast again (BENCHMARKS.md, "Session
// 26"). Each becomes '¦' (a Latin-1 symbol, one per UTF-16 unit): non-word, non-space and non-letter
// like what it replaces, and named by no pattern. Letters of other scripts (μ, œ, Cyrillic) stay.
const SYMBOL = /^[\p{S}\p{P}]+$/u;
const STAND_IN = '\u00a6';

// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included.
const ASCII_ONLY = /^[\x00-\x7f]*$/;

const FOLD: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u00a0': ' ',
};
