/**
 * Spanish and French messages read through English: each phrase of the language's glossary
 * (glossary/<language>.json, lay and clinical phrases as people type them) becomes its plain English,
 * longest phrase first, and a word the glossary lacks is kept as written. The English reader (negation,
 * history, third persons, concepts, the knowledge base) then reads the gloss, so the two languages share
 * everything it knows instead of keeping thin copies of it. Word-for-word English is rough; the
 * glossary's phrases carry the constructions that change order ("me duele el pecho": "my chest hurts").
 */
import { PERSON_NOUN } from './clauseCues.ts';
import { loadGlossary } from './loadGlossary.ts';
import { frenchSubjectBefore, getVerbReader } from './readConjugatedVerb.ts';

/** The longest phrase, in tokens, a glossary may hold. */
const MAX_PHRASE = 8;

interface PhraseTable {
  readonly phrases: ReadonlyMap<string, string>;
  /** For each first token, the most tokens a phrase starting with it has. */
  readonly longest: ReadonlyMap<string, number>;
}

const tables = new Map<'es' | 'fr', PhraseTable>();

function tableOf(language: 'es' | 'fr'): PhraseTable {
  let table = tables.get(language);
  if (table) return table;
  const phrases = new Map<string, string>();
  const longest = new Map<string, number>();
  for (const [key, english] of Object.entries(loadGlossary(language).phrases)) {
    const tokens = key.split(' ');
    if (tokens.length > MAX_PHRASE) continue;
    phrases.set(key, english);
    const first = tokens[0] as string;
    longest.set(first, Math.max(longest.get(first) ?? 0, tokens.length));
  }
  table = { phrases, longest };
  tables.set(language, table);
  return table;
}

/**
 * Whether most of the text's words are the language's (each a glossary word or a phrase's first):
 * the stop-word vote calls short English messages Spanish on one "me" or "no", and a message half in
 * English ("tengo chest pain") is read better as written than through a Spanish gloss.
 */
export function isGlossable(text: string, language: 'es' | 'fr'): boolean {
  const { phrases, longest } = tableOf(language);
  const words = (foldForGloss(text).match(TOKEN) ?? []).filter((t) => WORD.test(t) && !/^\d/.test(t));
  if (words.length === 0) return false;
  const verbs = getVerbReader(language);
  const known = words.filter((w) => phrases.has(w) || longest.has(w) || ELIDED.test(w) || verbs.read(w, undefined, false) !== undefined).length;
  return known / words.length >= GLOSSABLE_SHARE;
}

/** The share of a text's words the glossary must know (Spanish and French chat: 0.8 to 1; English: under 0.4). */
const GLOSSABLE_SHARE = 0.6;

/** Lowercase, diacritics dropped except ñ (Spanish "año" is not "ano"), ligatures spelt out, one apostrophe. */
export function foldForGloss(text: string): string {
  return text
    .toLowerCase()
    .replace(/ñ/g, '\ue000')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\ue000/g, 'ñ')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[\u2019\u2018`´]/g, "'");
}

// French words that folding makes another word: "à" is not "a" (has), "là" not "la" (the), "où" not "ou" (or).
// Only a word read alone: the glossary's phrases were written folded and already read them in context.
const FRENCH_ACCENTED_WORDS: ReadonlyMap<string, string> = new Map([
  ['à', 'at'],
  ['là', 'there'],
  ['où', 'where'],
]);

/** The text's words as written (lowercase, accents kept), one for each folded token, or undefined if they do not line up. */
function writtenTokens(text: string, count: number): readonly string[] | undefined {
  const words = text.toLowerCase().normalize('NFC').replace(/[\u2019\u2018`´]/g, "'").match(TOKEN) ?? [];
  return words.length === count ? words : undefined;
}

// After "avoir" it is "pouvoir"'s participle ("j'ai pu dormir"); elsewhere Quebec French "pu" is "plus"
// ("il veut pu boire": he won't drink any more), and the glossary's phrases with "plus" read it.
const CAN_PARTICIPLE_AFTER = new Set(['a', 'ai', 'as', 'avons', 'avez', 'ont', 'avait', 'avais', 'aurait', 'aurais', "j'ai", "t'as", "m'a", "l'a", "n'a", "n'ai"]);
function withQuebecPu(tokens: string[], language: 'es' | 'fr'): string[] {
  if (language !== 'fr' || !tokens.includes('pu')) return tokens;
  return tokens.map((t, i) => (t === 'pu' && i > 0 && !CAN_PARTICIPLE_AFTER.has(tokens[i - 1] as string) ? 'plus' : t));
}

/** A written word ending on an accented vowel ("sudó", "déchiré"), which folding makes another form. */
const ACCENTED_END = /[áéíóú]$/;

// Words with inner apostrophes and hyphens ("j'ai", "peut-etre"), numbers with a decimal mark, and single
// non-space characters (punctuation, kept apart: no phrase spans them).
const TOKEN = /\d+(?:[.,]\d+)?|[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*|[^\s]/gu;
const WORD = /^[\p{L}\p{N}]/u;
// French elision: "l'hopital" is "l'" and "hopital" when the glossary lacks the whole.
const ELIDED = /^(j|l|d|n|s|c|m|t|qu|jusqu|lorsqu|puisqu)'(.+)$/;
const UNIT_BEFORE_SLASH = /^(?:g|mg|mcg|µg|ug|mmol|µmol|umol|mol|ml|l|dl|cl|ui|iu|u|km|m|cm|kg)$/;
const UNIT_AFTER_SLASH = /^(?:l|dl|ml|cl|kg|h|hr|min|d|j|jour|dia|day)$/;
// Attached to the word before it in the English.
const CLOSING = /^[.,;:!?)\]}%]$/;

/** The English reading of a Spanish or French text (lowercase). */
export function glossToEnglish(text: string, language: 'es' | 'fr'): string {
  const { phrases, longest } = tableOf(language);
  const tokens = withQuebecPu(foldForGloss(text).match(TOKEN) ?? [], language);
  const written = writtenTokens(text, tokens.length);
  const verbs = getVerbReader(language);
  /** A verb form the glossary lacks, read from its ending (readConjugatedVerb.ts), with its written final accent. */
  const verbAt = (word: string, i: number): string | undefined =>
    verbs.read(word, language === 'fr' ? frenchSubjectBefore(tokens, i) : undefined, ACCENTED_END.test(written?.[i] ?? ''));
  const out: string[] = [];
  const put = (piece: string): void => {
    if (piece === '') return;
    if (CLOSING.test(piece) && out.length > 0) out[out.length - 1] += piece;
    else out.push(piece);
  };
  const wordOf = (token: string, i: number): string => {
    const accentedWord = language === 'fr' ? FRENCH_ACCENTED_WORDS.get(written?.[i] ?? '') : undefined;
    if (accentedWord !== undefined) return accentedWord;
    const whole = phrases.get(token);
    if (whole !== undefined) return whole;
    const elided = ELIDED.exec(token);
    if (elided) {
      const head = phrases.get(`${elided[1] as string}'`);
      const word = elided[2] as string;
      const rest = phrases.get(word) ?? verbAt(word, i) ?? word;
      return head === undefined ? rest : `${head} ${rest}`.trim();
    }
    // A plural the glossary lacks reads as its singular ("suicidaires", "cacahuetes"): English reads either.
    if (token.length > 3 && token.endsWith('s')) {
      const singular = phrases.get(token.slice(0, -1));
      if (singular !== undefined) return singular;
    }
    const verb = verbAt(token, i);
    if (verb !== undefined) return verb;
    // A decimal comma is a decimal point in English ("38,4" is a temperature, not a list).
    return /^\d+,\d{1,2}$/.test(token) ? token.replace(',', '.') : token;
  };
  /** The longest phrase at `i` of at most `most` tokens: its English and how many tokens it took. */
  const longestAt = (i: number, most: number): { english: string; taken: number } => {
    const token = tokens[i] as string;
    // A unit before a slash ("g/l", "mg/dl", "mmol/l") stays a unit: "g" alone is French texting's "j'ai".
    if (most >= 3 && tokens[i + 1] === '/' && UNIT_BEFORE_SLASH.test(token) && UNIT_AFTER_SLASH.test(tokens[i + 2] ?? '')) {
      return { english: `${token}/${tokens[i + 2] as string}`, taken: 3 };
    }
    if (!WORD.test(token)) return { english: token, taken: 1 };
    for (let n = Math.min(longest.get(token) ?? 0, tokens.length - i, most); n >= 2; n--) {
      const english = phrases.get(tokens.slice(i, i + n).join(' '));
      if (english !== undefined) return { english, taken: n };
    }
    return { english: wordOf(token, i), taken: 1 };
  };
  /**
   * The longest phrase at `i`, unless a phrase starting inside it runs on past its end: then it stops
   * where that one starts ("j'ai une douleur | thoracique" becomes "j'ai une | douleur thoracique",
   * "chest pain", not "pain chest"). A noun's adjective follows it in both languages, so a phrase that
   * ends on the noun would otherwise take it from the phrase that names the finding.
   */
  const readAt = (i: number): { english: string; taken: number } => {
    const first = longestAt(i, MAX_PHRASE);
    for (let k = i + 1; k < i + first.taken; k++) {
      if (longestAt(k, MAX_PHRASE).taken > i + first.taken - k) return longestAt(i, k - i);
    }
    return first;
  };
  for (let i = 0; i < tokens.length; ) {
    const at = readAt(i);
    // Spanish "no" before a verb the glossary gives with its subject ("no desaparecen": "they
    // disappear") denies that verb: "they don't disappear", never "no they disappear".
    if (language === 'es' && at.taken === 1 && tokens[i] === 'no' && i + 1 < tokens.length) {
      const next = readAt(i + 1);
      const denied = denyVerb(next.english);
      if (denied !== undefined) {
        put(denied);
        i += 1 + next.taken;
        continue;
      }
    }
    put(at.english);
    i += at.taken;
  }
  return withoutDoubledPerson(adjectivesBeforeNouns(language === 'fr' ? withoutResumedSubject(out.join(' ')) : out.join(' ')));
}

// Spoken French names the subject and takes it up again by a pronoun ("ma grand-mère elle parle
// bizarre", "sa bouche elle tombe"): English says it once, and the English reader then knows whose
// finding it is and what the verb's subject is.
const RESUMED_SUBJECT = new RegExp(
  String.raw`(^|[.,;:!?] *|\b(?:and|but|so|because|then|now|that|well|like) )((?:my|his|her|our|their|the|this|that) (?:[a-z]+ ){0,2}?[a-z]+) (?:he|she|they|it)('s|'re)? (?=[a-z])`,
  'g',
);

function withoutResumedSubject(english: string): string {
  // "my dad he's talking" keeps its verb: "my dad is talking".
  return english.replace(RESUMED_SUBJECT, (_, before: string, subject: string, contracted: string | undefined) =>
    `${before}${subject} ${contracted === "'s" ? 'is ' : contracted === "'re" ? 'are ' : ''}`,
  );
}

// Both languages put a finding's adjective after its noun ("une douleur horrible", "un angle bizarre",
// "dolor re fuerte"); the English reader looks for it before ("a horrible pain", "a strange angle").
const FINDING_NOUN =
  'pain|ache|headache|cough|fever|rash|angle|noise|sensation|feeling|colou?r|taste|smell|discharge|bleeding|swelling|spots?|patch|lump|burn|wound|cut|voice|breathing|stools?|urine|vomit|diarrh(?:o)?ea|itch|stiffness|weakness|numbness|dizziness|tiredness';
const FINDING_ADJECTIVE =
  'strange|weird|horrible|terrible|awful|severe|strong|intense|unbearable|sharp|sudden|constant|dull|burning|stabbing|crushing|throbbing|violent|huge|enormous|big|black|red|green|yellow|white|bloody|high|persistent|dry|thick|dark';
const NOUN_THEN_ADJECTIVE = new RegExp(
  String.raw`\b(${FINDING_NOUN}) ((?:(?:really|very|so|quite|too|super|extremely) )?(?:${FINDING_ADJECTIVE}))\b(?! (?:${FINDING_NOUN})\b)`,
  'g',
);

function adjectivesBeforeNouns(english: string): string {
  return english.replace(NOUN_THEN_ADJECTIVE, '$2 $1');
}

const SUBJECT_VERB = /^(i|you|we|they|he|she|it) ([a-z]+)\b(.*)$/;
const NOT_A_VERB = /^(?:don't|doesn't|didn't|can't|won't|am|is|are|was|were|have|has|had|do|does|did|can|could|will|would|should|must|may|might|not|never|no)$/;

/** "they disappear" denied: "they don't disappear"; "he falls": "he doesn't fall". Undefined if it is no such verb. */
function denyVerb(english: string): string | undefined {
  const m = SUBJECT_VERB.exec(english);
  if (!m) return undefined;
  const [, subject, verb, rest] = m as unknown as [string, string, string, string];
  if (NOT_A_VERB.test(verb)) return undefined;
  const third = subject === 'he' || subject === 'she' || subject === 'it';
  if (!third) return `${subject} don't ${verb}${rest}`;
  if (!verb.endsWith('s')) return undefined;
  const base = /(?:ch|sh|ss|x|o)es$/.test(verb) ? verb.slice(0, -2) : verb.endsWith('ies') ? `${verb.slice(0, -3)}y` : verb.slice(0, -1);
  return `${subject} doesn't ${base}${rest}`;
}

// Spanish opens a clause on the person a thing happens to, doubled by a pronoun ("a mi vecino le dio un
// infarto": "to my neighbour he got a heart attack"); English makes them the subject ("my neighbour got
// a heart attack"), which is how the English reader knows whose finding it is.
const DOUBLED_PERSON = new RegExp(
  String.raw`(^|[.,;:!?¿¡] *|\b(?:and|but|so|because) )to ((?:my|his|her|our|their|the) (?:[a-z]+ )?${PERSON_NOUN}s?) (?:(?:he|she|they|him|them) )?`,
  'g',
);

function withoutDoubledPerson(english: string): string {
  return english.includes('to ') ? english.replace(DOUBLED_PERSON, '$1$2 ') : english;
}
