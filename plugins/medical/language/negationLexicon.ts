/**
 * The engine's one lexicon of negation words. The tokenizer, the clause reader, the finding guard
 * and the concept patterns each used to keep their own list, so a word added to one ("hadn't",
 * "sans") was missed by the others. Each reader takes the forms it needs from here.
 */

/** English negators that deny what follows ("no fever", "never fainted"), as the tokenizer folds them. */
export const EN_DENIERS = ['no', 'not', 'never'] as const;

/** English "not" contractions, apostrophe-free (the tokenizer strips apostrophes). */
export const EN_NOT_CONTRACTIONS = [
  'dont', 'doesnt', 'didnt', 'havent', 'hasnt', 'hadnt', 'isnt', 'arent', 'wasnt', 'werent', 'wont', 'wouldnt', 'aint',
] as const;

/** Inability ("can't swallow"): a finding when it names a function, kept apart from a denial. */
export const EN_INABILITY = ['cant', 'cannot', 'unable', 'couldnt'] as const;

/** Clinical and list negators, each with the canonical form the absence reading uses. */
export const EN_LIST_NEGATORS: Readonly<Record<string, 'no' | 'not' | 'without' | 'deny'>> = {
  // "nt": wink reads a contraction typed without its apostrophe ("hasnt", "havent") as "has" + "nt".
  no: 'no', not: 'not', "n't": 'not', nt: 'not', never: 'not', without: 'without', none: 'no', neither: 'no', nor: 'no',
  denies: 'deny', deny: 'deny', denied: 'deny', denying: 'deny',
};

/** Spanish and French negators that stand before a finding ("sin fiebre", "sans fièvre", "pas de"). */
export const ES_FR_NEGATORS = ['sin', 'ni', 'sans', 'pas'] as const;

/** A contraction as people type it, with or without the apostrophe: "havent" -> "haven't|havent". */
function withApostrophe(word: string): string {
  return word.endsWith('nt') && word !== 'aint' ? `${word.slice(0, -2)}n't|${word}` : word;
}

/**
 * Regex source for a negator in front of a function that has stopped ("haven't pooed", "didn't pass
 * wind", "can't pee", "no stool for 3 days"): perfect and past forms, "won't", bare "no"/"not" and
 * inability. Habitual forms ("I don't poo every day", "isn't regular") describe a pattern, not a
 * stoppage, so they are left out.
 */
export const EN_STOPPED_NEGATOR_PATTERN = `(?:${[
  ...EN_INABILITY.filter((w) => w !== 'unable').map(withApostrophe),
  'can not',
  'unable to',
  ...(['havent', 'hasnt', 'didnt', 'wont'] as const).filter((w) => EN_NOT_CONTRACTIONS.includes(w)).map(withApostrophe),
  'not',
  'no',
].join('|')})`;
