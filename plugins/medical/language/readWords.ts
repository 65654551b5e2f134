/** The words of a message for the language layer: wink-nlp for English, the engine's tokenizer otherwise. */
import { tokenize } from '../knowledge/tokenize.ts';
import type { MessageLanguage } from './detectLanguage.ts';
import { readEnglishWords, type EnglishWord } from './readEnglishWords.ts';

export function readWords(normalized: string, language: MessageLanguage): readonly EnglishWord[] {
  if (language === 'en') return readEnglishWords(normalized);
  // Spanish and French keep their own path: wink's model is English only.
  return tokenize(normalized).map((t) => ({ start: t.start, end: t.end, text: t.word, lemma: t.key, pos: 'X' }));
}
