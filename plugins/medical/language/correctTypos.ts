/**
 * Typing slips in English words ("cehst", "chhest", "bledeing", "painnful", "blod"): a word of four
 * letters or more that the English model's lexicon does not know, one edit (a letter dropped, added, changed,
 * or two neighbours swapped) away from exactly one word it knows, or from exactly one of the known words
 * the caller prefers (the words its patterns are written in), is read as that word: "seere" is
 * "severe" for a reader of symptoms, though "sere" and "seer" are words too. Otherwise the word is
 * left as written; a four-letter word only takes a preferred word. The correction is a second reading, never the only one:
 * callers read both texts and keep what either finds, so a word the lexicon lacks ("pooed", a drug
 * name) loses nothing. Chat spellings ("cnt", "gna", "eatin") are read as the words meant the same way
 * (chatSpelling.ts).
 */
import { readChatSpelling } from './chatSpelling.ts';
import { isEnglishWord } from './readEnglishWords.ts';

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
    const known = new Set<string>();
    const liked = new Set<string>();
    for (const candidate of oneEditAway(word)) {
      if (!isEnglishWord(candidate)) continue;
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
