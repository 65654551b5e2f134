/**
 * Lower-cases, folds typographic quotes and dashes, and, in English, gives a "not" contraction typed
 * without its apostrophe its apostrophe back ("dont" -> "don't", "hasnt" -> "hasn't", "cant" ->
 * "can't"), so every pattern and the tokenizer read one spelling. Folding keeps each character's
 * length; a restored apostrophe is the only character added (see toOriginalOffset). Figures of speech
 * that spell an emergency's name ("a stroke of luck") are blanked with spaces of their length.
 */
import { detectLanguage } from './detectLanguage.ts';
import { blankFiguresOfSpeech } from './figuresOfSpeech.ts';

export function normalizeText(text: string): string {
  const folded = blankFiguresOfSpeech(fold(text));
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
    out += FOLD[folded] ?? folded;
  }
  return out;
}

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
