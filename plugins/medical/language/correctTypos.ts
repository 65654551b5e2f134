/**
 * Typing slips in English words ("cehst", "chhest", "bledeing", "painnful", "blod"): a word of four
 * letters or more that the English model's lexicon does not know, one edit (a letter dropped, added, changed,
 * or two neighbours swapped) away from exactly one word it knows, or from exactly one of the known words
 * the caller prefers (the words its patterns are written in), is read as that word: "seere" is
 * "severe" for a reader of symptoms, though "sere" and "seer" are words too. Otherwise the word is
 * left as written; a four-letter word only takes a preferred word, and no word takes one that starts
 * with another letter. The correction is a second reading, never the only one:
 * callers read both texts and keep what either finds, so a word the lexicon lacks ("pooed", a drug
 * name) loses nothing. Chat spellings ("cnt", "gna", "eatin") are read as the words meant the same way
 * (chatSpelling.ts).
 */
import { readChatSpelling } from './chatSpelling.ts';
import { isEnglishWord, lemmaOfWord } from './readEnglishWords.ts';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const LETTER = /\p{L}/u;
const MIN_LENGTH = 5;
/** Four-letter words ("blod") have many neighbours: only one the caller prefers is taken. */
const MIN_PREFERRED_LENGTH = 4;

/** The text with each unknown word that has exactly one known neighbour replaced by it. */
export function correctTypos(text: string, preferred: ReadonlySet<string> = new Set()): string {
  return text.replace(/[a-z]+/g, (word, at: number) => {
    // A run of ASCII letters inside a word with accents ("intoxicaci|ó|n") is no word of its own.
    if (LETTER.test(text.charAt(at - 1)) || LETTER.test(text.charAt(at + word.length))) return word;
    const chat = readChatSpelling(word, text.slice(at + word.length, at + word.length + 12));
    if (chat !== undefined) return chat;
    if (word.length < MIN_PREFERRED_LENGTH || isEnglishWord(word) || preferred.has(word)) return word;
    // A regular form of a known base is that word, not a slip: read as its base when the caller
    // prefers the base ("fevers" is "fever"), else as written.
    const base = regularBase(word);
    if (base !== undefined) return preferred.has(base) ? base : word;
    const known = new Set<string>();
    const liked = new Set<string>();
    for (const candidate of oneEditAway(word)) {
      if (!keepsFirstLetter(word, candidate) || !isEnglishWord(candidate)) continue;
      if (preferred.has(candidate)) liked.add(candidate);
      else known.add(candidate);
    }
    if (liked.size === 1) return [...liked][0] ?? word;
    // The commonest slip, a doubled letter typed once or a letter typed twice, settles a tie ("blod" is
    // "blood", not "blow").
    const doubling = [...liked].filter((c) => differsByDoubling(word, c));
    if (doubling.length === 1) return doubling[0] ?? word;
    return liked.size === 0 && known.size === 1 && word.length >= MIN_LENGTH ? ([...known][0] ?? word) : word;
  });
}

const SUFFIXES = ['ing', 'ed', 'es', 's', 'er', 'est'] as const;
const VOWEL = /[aeiou]/;
const DOUBLING_CONSONANT = /[bdfgklmnprtvz]/;

/**
 * A word the lexicon lacks but built by the spelling rules from a base form it knows: "scabbed" is
 * "scab" with its consonant doubled, not a slip for "stabbed". The base must be its own lemma ("bled"
 * is not a base, so "bleding" is still a slip for "bleeding"), and a one-syllable base ending in one
 * vowel and one consonant must double it ("stoped" is a slip for "stopped"), and a silent e goes before a
 * vowel ("wheezeing" is a slip for "wheezing").
 */
function regularBase(word: string): string | undefined {
  for (const suffix of SUFFIXES) {
    const stem = word.slice(0, -suffix.length);
    if (!word.endsWith(suffix) || stem.length < 3) continue;
    const bases = [stem, `${stem}e`];
    if (stem.endsWith('i')) bases.push(`${stem.slice(0, -1)}y`);
    const last = stem.charAt(stem.length - 1);
    const doubled = last === stem.charAt(stem.length - 2) && DOUBLING_CONSONANT.test(last);
    if (doubled && endsVowelConsonant(stem.slice(0, -1))) bases.push(stem.slice(0, -1));
    const found = bases.find((b) => b.length >= 3 && isEnglishWord(b) && lemmaOfWord(b) === b);
    if (found === undefined) continue;
    const vowelSuffix = /^[aeiou]/.test(suffix);
    const mustDouble = found === stem && vowelSuffix && syllables(found) === 1 && endsVowelConsonant(found) && DOUBLING_CONSONANT.test(last);
    // A silent e goes before a vowel ("wheezing", not "wheezeing"), except after e, y or o ("seeing", "dyeing").
    const keptSilentE = found === stem && vowelSuffix && /[^eyo]e$/.test(found);
    if (!mustDouble && !keptSilentE) return found;
  }
  return undefined;
}

/** Ends in one vowel and one consonant ("scab", "stop"; not "hurt", "look"). */
function endsVowelConsonant(base: string): boolean {
  const n = base.length;
  return n >= 3 && !VOWEL.test(base.charAt(n - 1)) && VOWEL.test(base.charAt(n - 2)) && !VOWEL.test(base.charAt(n - 3));
}

function syllables(word: string): number {
  return word.match(/[aeiouy]+/g)?.length ?? 0;
}

/**
 * Typists rarely get a word's first letter wrong (a few percent of slips, most of them the first two
 * letters swapped): a word that differs there is more often a word the lexicon lacks ("vaping" is not
 * "gaping", "zapped" not "napped").
 */
function keepsFirstLetter(word: string, candidate: string): boolean {
  return candidate[0] === word[0] || (candidate[0] === word[1] && candidate[1] === word[0]);
}

/** Whether one word is the other with one letter doubled. */
function differsByDoubling(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  for (let i = 1; i < long.length; i += 1) {
    if (long[i] === long[i - 1] && long.slice(0, i) + long.slice(i + 1) === short) return true;
  }
  return false;
}

function* oneEditAway(word: string): Generator<string> {
  for (let i = 0; i <= word.length; i += 1) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail.length > 0) yield head + tail.slice(1);
    if (tail.length > 1) yield head + (tail[1] ?? '') + (tail[0] ?? '') + tail.slice(2);
    for (const letter of LETTERS) {
      if (tail.length > 0 && letter !== tail[0]) yield head + letter + tail.slice(1);
      yield head + letter + tail;
    }
  }
}
