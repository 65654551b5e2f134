/**
 * Where a negation stops governing, inside the clause it opens. The clause splitter already ends it at
 * punctuation, "but", "and" and the next negation; this finds the ends it cannot see from cue words
 * alone: "no fever just a crushing pain in my chest", "no fever I have chest pain", "no cough my chest
 * is tight". English only, on wink's parts of speech.
 */
import type { EnglishWord } from './readEnglishWords.ts';

/** Words that turn from what is denied to what is present. */
const TURN = new Set(['just', 'only', 'instead', 'rather', 'except', 'apart', 'besides', 'plus', 'because', 'though', 'although', 'whereas', 'which', 'cause', 'cos', 'until', 'till', 'unless']);
/**
 * Words that open a new statement in a case note even with its punctuation lost: a reporting verb
 * ("... no rash presented with ..."), a history heading ("... no itching past history recent travel").
 */
const NEW_STATEMENT = new Set(['presented', 'presents', 'presenting', 'complains', 'complained', 'reports', 'describes', 'described']);
const HEADING_BEFORE_HISTORY = new Set(['past', 'medical', 'family', 'social', 'surgical', 'drug']);
/** A possessive and its noun, up to this many words, before their verb ("her last menstrual period was"). */
const OWNER_WORDS = 4;
const SUBJECT = new Set(['i', 'he', 'she', 'they', 'we', 'you', 'it']);
const POSSESSIVE = new Set(['my', 'his', 'her', 'their', 'our', 'your']);
const VERBAL = new Set(['AUX', 'VERB']);
/** Parts of speech after which a subject or owner still belongs to the denied phrase. */
const BINDING = new Set(['ADP', 'SCONJ', 'ADV', 'AUX', 'PART', 'CCONJ']);
/** Verbs whose object may be owned ("can't lift my arm"); other verbs, often lower-cased nouns, do not bind. */
const TAKES_OBJECT = new Set(['feel', 'move', 'use', 'lift', 'bend', 'raise', 'touch', 'see', 'hear', 'take', 'have', 'get', 'lose', 'hurt', 'open', 'close', 'find', 'notice']);
const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

/**
 * The offset at which the negation's scope ends, or undefined when it runs to the clause's end.
 * `words` are the clause's words after the negation word itself.
 */
export function negationScopeEnd(words: readonly EnglishWord[]): number | undefined {
  let sawContent = false;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i];
    if (!word) break;
    if (sawContent) {
      if (TURN.has(word.text) || NEW_STATEMENT.has(word.text)) return word.start;
      if (HEADING_BEFORE_HISTORY.has(word.text) && words[i + 1]?.text === 'history') return word.start;
      const next = words[i + 1];
      const before = words[i - 1];
      // Not after "when", "if", "in", "feel": "no pain when I breathe", "no pain in my chest".
      const free = before === undefined || (!BINDING.has(before.pos) && !TAKES_OBJECT.has(before.lemma));
      // A new subject with its verb: "no fever I have chest pain".
      if (free && SUBJECT.has(word.text) && next && VERBAL.has(next.pos)) return word.start;
      // A new owner with its verb: "no cough my chest is tight".
      if (free && POSSESSIVE.has(word.text) && words.slice(i + 1, i + 1 + OWNER_WORDS).some((w) => VERBAL.has(w.pos))) {
        return word.start;
      }
    }
    if (CONTENT.has(word.pos)) sawContent = true;
  }
  return undefined;
}
