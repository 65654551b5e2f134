/**
 * What plugins read of a person's message: the same words with the characters that change nothing for
 * a reader taken out, so that no rule can be defeated by them. Unicode NFKC (fullwidth and
 * mathematical letters, ligatures), format characters dropped (zero-width space/joiner, soft hyphen,
 * bidirectional controls, BOM, word joiner) with variation selectors, look-alike letters of other
 * scripts mapped to Latin inside Latin text (see latinLookalikes), and odd whitespace made one plain
 * space. Case and accents are kept. The store, the history and every echo keep the original; `toOriginal`
 * maps a position in `text` back to the original for plugins that report positions.
 */
import { LATIN_LOOKALIKES } from './latinLookalikes.ts';

export interface NormalizedText {
  readonly original: string;
  readonly text: string;
  /** The original offset of the character at `offset` in `text` (`text.length` maps to the original's end). */
  toOriginal(offset: number): number;
}

// Printable ASCII and single newlines with single spaces: nothing to fold, the common case.
const PLAIN = /^(?:[\x21-\x7e\n]| (?! ))*$/;
// Format characters and the other default-ignorables a reader never sees (variation selectors are marks,
// so they are taken out of a cluster, not only between clusters).
const INVISIBLE = /[\p{Cf}\u115f\u1160\u3164\uffa0]|\u034f|\u17b4|\u17b5|[\u180b-\u180f]|[\ufe00-\ufe0f]|[\u{e0100}-\u{e01ef}]/gu;
const LINE_BREAK = /^(?:\r\n|[\n\r\u0085\u2028\u2029\v\f])$/;
const SPACE = /^[\s\p{Zs}]$/u;
// A base character with its combining marks: NFKC composes within it ("e" + U+0301 becomes "é").
const CLUSTER = /\r\n|\P{M}\p{M}*|\p{M}+/gu;
const WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;

export function normalizeUserText(original: string): NormalizedText {
  if (PLAIN.test(original)) return { original, text: original, toOriginal: (offset) => offset };
  const remembered = cache.get(original);
  if (remembered) return remembered;
  const made = normalize(original);
  if (original.length > CACHED_LENGTH) return made;
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '');
  cache.set(original, made);
  return made;
}

// The engine builds one context per plugin and re-reads the session's earlier messages every turn.
// Bounded in count and in the length of what it keeps, so long messages cannot fill memory.
const CACHE_LIMIT = 128;
const CACHED_LENGTH = 8_000;
const cache = new Map<string, NormalizedText>();

function normalize(original: string): NormalizedText {
  let text = '';
  const origin: number[] = [];
  const push = (piece: string, at: number) => {
    text += piece;
    for (let i = 0; i < piece.length; i += 1) origin.push(at);
  };
  for (const match of original.matchAll(CLUSTER)) {
    const cluster = match[0].replace(INVISIBLE, '');
    const at = match.index;
    if (cluster === '') continue;
    if (LINE_BREAK.test(cluster)) {
      push('\n', at);
      continue;
    }
    if (SPACE.test(cluster)) {
      // A run of spaces, tabs and exotic spaces is one plain space.
      if (!text.endsWith(' ')) push(' ', at);
      continue;
    }
    push(cluster.normalize('NFKC'), at);
  }
  const mapped = mapLookalikes(text);
  const map = Int32Array.from(origin);
  return {
    original,
    text: mapped,
    toOriginal: (offset) => (offset >= map.length ? original.length : (map[Math.max(0, offset)] ?? 0)),
  };
}

/**
 * Look-alike letters become Latin in a word that mixes them with Latin letters ("сhest" with a Cyrillic
 * "с"), and in a word made only of look-alikes when the rest of the message is Latin ("раіп" among
 * English words). A message written in Russian or Greek stays as it is. Every entry is one UTF-16 unit
 * to one, so offsets are unchanged.
 */
function mapLookalikes(text: string): string {
  const words = [...text.matchAll(WORD)].map((m) => m[0]);
  let latinLetters = 0;
  let otherLetters = 0;
  for (const word of words) {
    for (const ch of word) {
      if (LATIN.test(ch)) latinLetters += 1;
      else if (!LATIN_LOOKALIKES.has(ch)) otherLetters += 1;
    }
  }
  const latinMessage = latinLetters > 0 && otherLetters * 4 < latinLetters;
  if (!words.some((w) => [...w].some((ch) => LATIN_LOOKALIKES.has(ch)))) return text;
  return text.replace(WORD, (word) => {
    const chars = [...word];
    const hasLookalike = chars.some((ch) => LATIN_LOOKALIKES.has(ch));
    if (!hasLookalike) return word;
    const mixed = chars.some((ch) => LATIN.test(ch) && !LATIN_LOOKALIKES.has(ch));
    const allLookalike = chars.every((ch) => LATIN_LOOKALIKES.has(ch) || /\p{M}/u.test(ch));
    if (!mixed && !(allLookalike && latinMessage)) return word;
    return chars.map((ch) => LATIN_LOOKALIKES.get(ch) ?? ch).join('');
  });
}
