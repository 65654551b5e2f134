/**
 * English verb forms from a bare verb ("sweat", "throw up"): what a Spanish or French verb the glossary
 * lacks is glossed into (readConjugatedVerb.ts). Only the first word inflects ("throws up"); irregular
 * past forms come from the verb list's own table, the rest follow the spelling rules.
 */
export type EnglishForm = 'base' | 'third' | 'past' | 'participle' | 'ing';

/** Past and past participle of irregular verbs: base → [past, participle]. */
export type IrregularVerbs = ReadonlyMap<string, readonly [string, string]>;

export function inflectEnglishVerb(verb: string, form: EnglishForm, irregular: IrregularVerbs): string {
  if (form === 'base') return verb;
  const space = verb.indexOf(' ');
  const head = space < 0 ? verb : verb.slice(0, space);
  const rest = space < 0 ? '' : verb.slice(space);
  const known = irregular.get(verb) ?? irregular.get(head);
  switch (form) {
    case 'past':
      return (known ? firstWord(known[0]) : regularPast(head)) + rest;
    case 'participle':
      return (known ? firstWord(known[1]) : regularPast(head)) + rest;
    case 'third':
      return thirdPerson(head) + rest;
    case 'ing':
      return presentParticiple(head) + rest;
  }
}

// An irregular table keyed by a phrasal verb holds the phrase ("threw up"): its head is what inflects.
const firstWord = (phrase: string): string => phrase.split(' ')[0] as string;

const VOWEL = /[aeiou]/;

/** One short syllable ending consonant-vowel-consonant doubles its last letter: "stop", "stopped", "stopping". */
function doublesLast(word: string): boolean {
  if (!/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(word)) return false;
  return word.length <= 4;
}

function regularPast(word: string): string {
  if (word === 'be') return 'been';
  if (word.endsWith('e')) return `${word}d`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ied`;
  if (doublesLast(word)) return `${word}${word.at(-1) as string}ed`;
  return `${word}ed`;
}

function thirdPerson(word: string): string {
  if (word === 'be') return 'is';
  if (word === 'have') return 'has';
  if (/(?:s|sh|ch|x|z|o)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

function presentParticiple(word: string): string {
  if (word.endsWith('ie')) return `${word.slice(0, -2)}ying`;
  if (word.endsWith('e') && !/(?:ee|ye|oe)$/.test(word) && word.length > 2 && VOWEL.test(word.slice(0, -1))) return `${word.slice(0, -1)}ing`;
  if (doublesLast(word)) return `${word}${word.at(-1) as string}ing`;
  return `${word}ing`;
}
