/**
 * Whether a list item after a denial (or a past history) brings a statement of its own, so that the
 * denial stops there: "no fever, I have chest pain", "no cough, my chest hurts", "no vomiting, he threw
 * up twice". A pronoun that only completes the item's phrase, after a preposition or "when" ("pain in
 * my chest", "chest pain when I breathe", "pain going to my arm"), is part of what is denied: that is
 * how a person retells a clinician's list ("no pain radiating to his arm") in the first person.
 */
import type { EnglishWord } from './readEnglishWords.ts';

/**
 * Verbs, contractions and turning words that are a predicate wherever they stand, among them a case
 * note's reporting verbs ("not on anticoagulation, presents with ...", "no fever, complains of ...").
 */
const PREDICATE =
  /\b(?:i'm|im|i've|ive|me|hes|shes|theyre|youre|thats|theres|it's|is|are|am|was|were|feel|feels|have|has|had|got|gets|just|only|still|also|now|but|says|said|reports|presents|complains|describes|develops|experiences|endorses|states|admits|hurts|hurt|aches|looks|seems|started|keeps|became|can|can't|except|apart|however|though|tho|actually|anyway|instead|tengo|estoy|je|j'ai|il|elle|est)\b/;
/**
 * A case note's reporting verb in the past tense is a predicate only where it opens the item ("no fever,
 * developed a rash", "presented with ..."): after the finding it is a passive participle, part of the
 * denied item ("no fever, no blood reported", "no rash developed").
 */
const OPENING_PREDICATE = /^\s*(?:(?:and|but|then|he|she|they|patient|the patient) )?(?:reported|presented|complained|described|developed|experienced|endorsed|stated|admitted)\b/;
/**
 * A negative auxiliary that opens the item is a predicate too: "no bleeding, doesn't remember anything"
 * tells a finding phrased negatively, and an item that denies ("no fever, doesn't have a cough") is
 * negated by its own trigger. Inside the item it belongs to the denied thing ("wounds that won't heal").
 */
const OPENING_NEGATIVE = /^\s*(?:(?:and|but|he|she|they|i|it|the patient|patient) )?(?:can't|cannot|couldn't|doesn't|does not|don't|didn't|won't|isn't|wasn't|hasn't|haven't)\b/;
/** A subject or owner: a predicate of its own unless it completes the phrase before it. */
const PRONOUN = /\b(?:i|my|he|she|it|they)\b/;
const PRONOUNS = new Set(['i', 'my', 'he', 'she', 'it', 'they']);
const BINDS = new Set(['when', 'whenever', 'while', 'if', 'as', 'after', 'before', 'once']);

/** Any word that may be a predicate, a pronoun included: the reading where a word list cannot bind it. */
export function namesAPredicate(text: string): boolean {
  return PREDICATE.test(text) || PRONOUN.test(text);
}

export function hasOwnPredicate(text: string, words: readonly EnglishWord[]): boolean {
  if (PREDICATE.test(text) || OPENING_PREDICATE.test(text) || OPENING_NEGATIVE.test(text)) return true;
  if (!PRONOUN.test(text)) return false;
  // Without English words (Spanish, French), a pronoun keeps its old meaning: a statement of its own.
  if (words.length === 0) return true;
  return words.some((w, i) => {
    if (!PRONOUNS.has(w.text)) return false;
    const before = words[i - 1];
    return before === undefined || !(before.pos === 'ADP' || BINDS.has(before.text));
  });
}
