/**
 * English words with lemmas and parts of speech, from wink-nlp and its English lite model. Measured
 * (bench/languageLayer.ts): about 0.1 ms per 60-word message and a few hundred ms to load, so it is
 * loaded when this module is imported (with the plugins), never on a person's first message. Only the
 * sentence, negation and part-of-speech steps run: the rest of wink's pipeline (entities, sentiment)
 * is not used. wink's own negation flags are not used either: they miss "denies" and lists ("no fever,
 * cough or rash" flags only "fever"); negation scope is ours (see analyzeMessage).
 */
import winkNLP, { type ItemToken, type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface EnglishWord {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lemma: string;
  readonly pos: string;
}

const nlp = winkNLP(model, ['sbd', 'negation', 'pos']);
const its = nlp.its;
// wink-nlp 2.4's declarations type `its.lemma` with the model add-ons where `out` expects its cache
// argument; at run time `out` passes both, so the function is what `out` takes.
const lemmaOf = its.lemma as unknown as ItsFunction<string>;

const lexicon = nlp.readDoc('');

// Everyday British family and toilet words the model's lexicon lacks: read as slips, "my mums 74" became
// "my mumps 74" and "our nan" "our na".
const EVERYDAY_WORDS = new Set(['mums', 'mam', 'mams', 'nan', 'nans', 'nana', 'nanas', 'nanna', 'grans', 'grandads', 'poo', 'poos', 'pooed', 'pooing', 'pooped']);

/** Whether a lower-case word is in the English model's lexicon (not out of its vocabulary), or an everyday word it lacks. */
export function isEnglishWord(word: string): boolean {
  return !lexicon.isOOV(word) || EVERYDAY_WORDS.has(word);
}

/** A lower-case word's lemma as the English model reads it alone ("bled" is "bleed", "scab" is "scab"). */
export function lemmaOfWord(word: string): string {
  let lemma = word;
  nlp.readDoc(word).tokens().each((token: ItemToken) => {
    lemma = token.out(lemmaOf);
  });
  return lemma;
}

/** Words of lower-cased normalized text, with offsets into it; punctuation and symbols are left out. */
export function readEnglishWords(normalized: string): EnglishWord[] {
  const words: EnglishWord[] = [];
  let cursor = 0;
  nlp.readDoc(normalized).tokens().each((token: ItemToken) => {
    const text = token.out();
    // wink splits but never rewrites: each token's text is found at or after the previous one's end.
    const start = normalized.indexOf(text, cursor);
    if (start < 0) return;
    cursor = start + text.length;
    if (token.out(its.type) !== 'word') return;
    words.push({ start, end: cursor, text, lemma: token.out(lemmaOf), pos: token.out(its.pos) });
  });
  return words;
}
