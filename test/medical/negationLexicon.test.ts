/** The negation words live in one lexicon, and every reader takes them from there. */
import { describe, expect, it } from 'vitest';
import { EN_DENIERS, EN_INABILITY, EN_NOT_CONTRACTIONS, EN_STOPPED_NEGATOR_PATTERN } from '../../plugins/medical/language/negationLexicon.ts';
import { INABILITY_KEY, NEGATION_KEY, tokenize } from '../../plugins/medical/knowledge/tokenize.ts';
import { findConcepts } from '../../plugins/medical/safety/concepts.ts';

describe('the negation lexicon', () => {
  it('gives the tokenizer its negation and inability keys, with or without apostrophes', () => {
    for (const w of [...EN_DENIERS, ...EN_NOT_CONTRACTIONS]) {
      expect(tokenize(w)[0]?.key, w).toBe(NEGATION_KEY);
      if (w.endsWith('nt') && w !== 'aint') expect(tokenize(`${w.slice(0, -2)}n't`)[0]?.key, w).toBe(NEGATION_KEY);
    }
    for (const w of EN_INABILITY) expect(tokenize(w)[0]?.key, w).toBe(INABILITY_KEY);
  });

  it('gives the stopped-function concepts perfect and past negators, not habitual ones', () => {
    const re = new RegExp(`^${EN_STOPPED_NEGATOR_PATTERN}$`);
    for (const w of ["haven't", 'hasnt', "didn't", "can't", 'unable to', 'no', 'not']) expect(re.test(w), w).toBe(true);
    for (const w of ["don't", 'isnt', 'never']) expect(re.test(w), w).toBe(false);
    expect(findConcepts("I haven't passed wind for two days").has('noBowelOutput')).toBe(true);
    expect(findConcepts("I don't poo every day, that's normal for me").has('noBowelOutput')).toBe(false);
  });
});
