/**
 * How people spell in a chat box, read as the words meant: "cnt breathe", "she gna kms tonite", "been
 * throwin up", "ma son". A second reading, as typing slips are (see correctTypos): the words as written
 * are read too, so an abbreviation that means something else in a case note ("r knee") loses nothing.
 */
import { isEnglishWord } from './readEnglishWords.ts';

const SHORT_FORMS: Readonly<Record<string, string>> = {
  cnt: "can't",
  cdnt: "couldn't",
  cudnt: "couldn't",
  dnt: "don't",
  gna: 'gonna',
  gnna: 'gonna',
  gunna: 'gonna',
  finna: 'going to',
  tryna: 'trying to',
  wna: 'wanna',
  tonite: 'tonight',
  nite: 'night',
  tmrw: 'tomorrow',
  tmrrw: 'tomorrow',
  tmr: 'tomorrow',
  yday: 'yesterday',
  rn: 'right now',
  u: 'you',
  ur: 'your',
  r: 'are',
  n: 'and',
  nd: 'and',
  bc: 'because',
  bcoz: 'because',
  cuz: 'because',
  coz: 'because',
  pls: 'please',
  plz: 'please',
  ppl: 'people',
  bf: 'boyfriend',
  gf: 'girlfriend',
  bro: 'brother',
  sis: 'sister',
  lil: 'little',
  thru: 'through',
  wat: 'what',
  wot: 'what',
  hav: 'have',
  wiv: 'with',
  abt: 'about',
  im: "i'm",
  ive: "i've",
  // Said "goin'" and "havin'": the lexicon lists these spellings as words of their own.
  goin: 'going',
  havin: 'having',
};

/** Nouns "ma" stands before as "my" ("ma son", "ma chest"), not "ma" the mother ("ma is ill"). */
const OWNED = /^ (?:son|daughter|baby|babys|kid|kids|boy|girl|wee|husband|wife|bf|gf|partner|mum|mam|dad|nan|gran|brother|sister|bro|sis|friend|mate|chest|head|heart|arm|arms|leg|legs|back|belly|tummy|stomach|throat|face|eyes?|lips|neck|hands?|feet|foot|side)\b/;

/**
 * The word meant, or undefined when the word is not a chat spelling: a short form, or a dropped final
 * "g" ("eatin", "breathin") where the word with its "g" is English and the word without is not.
 */
export function readChatSpelling(word: string, after = ''): string | undefined {
  // Elided before an apostrophe: French "n'arrive", "l'eau", not a short form.
  if (after.startsWith("'")) return undefined;
  const short = SHORT_FORMS[word];
  if (short !== undefined) return short;
  if (word === 'ma') return OWNED.test(after) ? 'my' : undefined;
  if (word.length >= 4 && word.endsWith('in') && !isEnglishWord(word) && isEnglishWord(`${word}g`)) return `${word}g`;
  return undefined;
}
