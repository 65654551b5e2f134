/**
 * Word tokens with offsets plus a light stemmer, shared by the BM25 index and the phrase matcher so
 * that "vomiting", "vomited" and "vomit" (or "allergies"/"allergy") meet on the same key.
 */
import { EN_DENIERS, EN_INABILITY, EN_NOT_CONTRACTIONS } from '../language/negationLexicon.ts';
import { memoizeByText } from '../memoizeByText.ts';

export interface Token {
  /** Stemmed, accent-free key. */
  readonly key: string;
  /** The word as written (lower-cased by the caller's normalization). */
  readonly word: string;
  readonly start: number;
  readonly end: number;
  readonly stop: boolean;
}

const WORD_RE = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu;

// Function words in en/es/fr that carry no medical meaning. Negations, "up", "after", "one" and "side"
// stay: they change what a phrase means ("throwing up", "after eating", "on one side").
const STOP_WORDS = new Set(
  (
    'a an the my your his her their our its i im ive id me mine myself you we they he she it is are am was were be been being ' +
    'have has had having do does did doing and or but of in on at to for with from by as into about than then there this that ' +
    'these those some any very really so just bit little lot lots quite too also feel feeling feels felt get got getting gets ' +
    'like kind sort all since now still again today when while been its itself what which who ' +
    'de la el los las mi mis muy y en un una que es tengo estoy lo se su con por para al del mucho mucha ' +
    'le les du des je j ai mon ma mes une et très tres est suis il elle au aux avec pour'
  ).split(' '),
);

// Folding and stemming the same everyday words again on every turn showed up in profiles; bounded,
// so arbitrary text cannot grow it.
const wordKey = memoizeByText((raw): { readonly key: string; readonly stop: boolean } => {
  const word = fold(raw.replace(/['\u2019]/g, ''));
  if (INABILITY.has(word)) return { key: INABILITY_KEY, stop: false };
  if (NEGATORS.has(word)) return { key: NEGATION_KEY, stop: false };
  return { key: FIXED_KEYS.get(word) ?? stem(word), stop: STOP_WORDS.has(word) };
}, 20_000);

/**
 * Words whose stem would collide with another word: "hives" (urticaria, a plural-only noun) stems to
 * "hiv", which is the abbreviation HIV, so a person with HIV matched the hives of anaphylaxis.
 */
const FIXED_KEYS = new Map([
  ['hives', 'hives'],
  ['hive', 'hives'],
  // A place that hurts, aches or is painful is a pain there: "my eye is really hurting" meets "eye pain",
  // "aching muscles" meets "muscle pain". ("Sore" stays apart: a sore throat or sore eyes are milder things.)
  // "Achy" is the whole body's ache of a flu, not a place that hurts: keyed so, "super painful" met flu's "achy".
  ...['hurt', 'hurts', 'hurting', 'painful', 'ache', 'aches', 'aching'].map((w) => [w, 'pain'] as const),
]);

/**
 * English negators share two keys, so that a phrase naming an absent function matches however the
 * negation is worded: "haven't passed urine" meets "not passing urine", "unable to swallow" meets
 * "can't swallow". Inability stays apart from absence: "can't cough" (a choking child) is not "no
 * cough" (a denial in a list of negatives). Both the knowledge base and the message are keyed the same way.
 */
export const NEGATION_KEY = 'not';
export const INABILITY_KEY = 'cannot';
const INABILITY = new Set<string>(EN_INABILITY);
const NEGATORS = new Set<string>([...EN_DENIERS, ...EN_NOT_CONTRACTIONS]);

/** Whether a token key is one of the negation keys. */
export function isNegationKey(key: string): boolean {
  return key === NEGATION_KEY || key === INABILITY_KEY;
}

// The phrase matcher and the negation guard both tokenize the same normalized message.
const rememberedTokens = memoizeByText(readTokens, 64);

export function tokenize(text: string): readonly Token[] {
  return rememberedTokens(text);
}

function readTokens(text: string): readonly Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD_RE)) {
    const raw = match[0].toLowerCase();
    const { key, stop } = wordKey(raw);
    const start = match.index;
    tokens.push({ key, word: raw, start, end: start + match[0].length, stop });
  }
  return sortPositionRuns(readItAsItsThing(text, readBeenSickAsVomiting(readNotAbleAsInability(tokens))));
}

/** Things a person goes on to tell of as "it": a lump, a part of the body, a pain. */
const THINGS_TOLD_AS_IT = new Set(
  ('hernia lump swelling bump rash spot mole wound cut bite burn blister testicle testicles knee ankle wrist elbow shoulder hip ' +
    'eye finger toe foot hand arm leg calf thigh penis foreskin breast nipple tummy belly stomach abdomen pain headache ache').split(' '),
);
/** A verb after "it" that tells the thing's state: "it's hard", "it won't go back in", "it hurts". */
const STATE_AFTER_IT = new Set(['is', 'its', 'was', 'has', 'had', 'wont', "won't", 'gets', 'got', 'keeps', 'feels', 'looks', 'went', 'hurts', 'became', 'turned', 'started', 'moved', 'spread', 'spreads']);

/**
 * "I've had a hernia for years but now it's hard and won't go back in": a clause that opens on "it"
 * goes on telling the thing named before it in the sentence, so "it" is keyed as that thing (a lump, a
 * part of the body, a pain) and "won't go back in" meets "hernia won't go back in". Only an "it" that
 * opens its clause (after a comma or a joining word) and has a verb of state after it; the thing must
 * be named earlier in the same sentence.
 */
function readItAsItsThing(text: string, tokens: Token[]): Token[] {
  let thing: Token | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const before = text.slice((tokens[i - 1] as Token | undefined)?.end ?? 0, t.start);
    if (/[.!?;]/.test(before)) thing = undefined;
    if (THINGS_TOLD_AS_IT.has(t.word)) thing = t;
    if (t.word !== 'it' && t.word !== "it's" && t.word !== 'its') continue;
    const previous = tokens[i - 1];
    const opensClause = /[,:]/.test(before) || (previous !== undefined && /^(?:and|but|now|then|so)$/.test(previous.word));
    const next = tokens[i + 1];
    const stated = t.word !== 'it' || (next !== undefined && STATE_AFTER_IT.has(next.word));
    if (thing && opensClause && stated) tokens[i] = { ...t, key: thing.key, stop: false };
  }
  return tokens;
}

const SICK_AS_VOMITED_AFTER = new Set(['been', 'being', 'was', 'were', 'got']);
const SICK_AS_ILL_BEFORE = new Set(['with', 'of', 'for', 'all', 'and', 'since', 'lately', 'recently', 'a', 'in', 'at', 'leave', 'note', 'day', 'days', 'pay']);
const VOMIT_KEY = stem('vomit');

/**
 * "I've been sick", "she was sick twice" is the everyday British way to say vomited, as "being sick"
 * (a phrase the knowledge base spells) is; "sick" alone reads "sick", and "been sick with a cold",
 * "sick of it", "sick for a week" or "sick leave" are ill, tired of or off work, not vomiting.
 */
function readBeenSickAsVomiting(tokens: Token[]): Token[] {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.word !== 'sick' || !SICK_AS_VOMITED_AFTER.has((tokens[i - 1] as Token).word)) continue;
    const next = tokens[i + 1];
    if (next && SICK_AS_ILL_BEFORE.has(next.word)) continue;
    tokens[i] = { ...t, key: VOMIT_KEY };
  }
  return tokens;
}

/**
 * "Haven't been able to pee", "wasn't able to stand", "not able to swallow" say what "can't" says; keyed
 * as a denial, they missed every phrase written with "can't" ("can't pee", "can't stand"), and a
 * negation never matches with its words apart. The negator takes the inability key and "able" becomes
 * a function word; "been" between them already is one.
 */
function readNotAbleAsInability(tokens: Token[]): Token[] {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.word !== 'able' || t.stop) continue;
    let j = i - 1;
    if (j >= 0 && (tokens[j] as Token).word === 'been') j--;
    const negator = tokens[j];
    if (!negator || negator.key !== NEGATION_KEY) continue;
    tokens[j] = { ...negator, key: INABILITY_KEY };
    tokens[i] = { ...t, stop: true };
  }
  return tokens;
}

/** Words that place a finding on the body; written in either order ("lower right", "right lower"). */
const POSITION_KEYS = new Set(['left', 'right', 'upper', 'lower', 'top', 'bottom', 'inner', 'outer']);

/**
 * Adjacent position words get their keys in one fixed order, in the knowledge base and the message
 * alike, so "pain in the right lower tummy" meets "pain in the lower right tummy". Offsets and the
 * words as written stay where they are.
 */
function sortPositionRuns(tokens: Token[]): Token[] {
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    while (j < tokens.length && POSITION_KEYS.has((tokens[j] as Token).key)) j++;
    if (j - i >= 2) {
      const keys = tokens.slice(i, j).map((t) => t.key).sort();
      for (let k = i; k < j; k++) tokens[k] = { ...(tokens[k] as Token), key: keys[k - i] as string };
    }
    i = Math.max(j, i + 1);
  }
  return tokens;
}

/** Content-word keys of a phrase, in order (what the matcher and the index compare). */
export function phraseKeys(text: string): string[] {
  return tokenize(text.toLowerCase())
    .filter((t) => !t.stop)
    .map((t) => t.key);
}

function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/** A small suffix stripper (not Porter): enough for plurals, -ing/-ed and -y/-e endings. */
export function stem(word: string): string {
  let s = word;
  if (s.length <= 3 || /^\d/.test(s)) return s;
  if (s.endsWith('iness')) s = `${s.slice(0, -5)}y`;
  else if (s.endsWith('ies') && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (s.endsWith('sses')) s = s.slice(0, -2);
  else if (s.endsWith('s') && !/(ss|us|is)$/.test(s)) s = s.slice(0, -1);
  if (s.endsWith('ing') && s.length - 3 >= 3) s = s.slice(0, -3);
  else if (s.endsWith('ed') && s.length > 4 && !s.endsWith('eed')) s = s.slice(0, -2);
  if (s.endsWith('y') && s.length > 4) s = s.slice(0, -1);
  if (s.endsWith('e') && s.length > 3) s = s.slice(0, -1);
  if (/([^aeiouls])\1$/.test(s)) s = s.slice(0, -1);
  return s;
}
