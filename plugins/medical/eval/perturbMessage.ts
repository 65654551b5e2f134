/**
 * Meaning-preserving perturbations of a rendered vignette, to measure how brittle the emergency
 * alert is to the way a message is written rather than to what it says: the order of its sentences,
 * an age and sex left unsaid, case, contractions, someone writing for their partner (or a case note retold by the patient), typing slips,
 * British or American spelling, no punctuation. Each is mechanical and deterministic (typos are
 * seeded by the case id), and none knows anything about the engine: tuning one to the engine would
 * measure the perturbation.
 */
import { toFirstPerson, type RenderedTurn } from './renderVignette.ts';

export type Perturbation =
  | 'reorder'
  | 'drop_demographics'
  | 'lowercase'
  | 'expand_contractions'
  | 'collapse_contractions'
  | 'switch_person'
  | 'typos'
  | 'many_typos'
  | 'british'
  | 'american'
  | 'unpunctuated';

export const PERTURBATIONS: readonly Perturbation[] = [
  'reorder',
  'drop_demographics',
  'lowercase',
  'expand_contractions',
  'collapse_contractions',
  'switch_person',
  'typos',
  'many_typos',
  'british',
  'american',
  'unpunctuated',
];

/** The perturbed turn, or undefined when the perturbation does not apply (nothing to change). */
export function perturbTurn(turn: RenderedTurn, kind: Perturbation, seed: string): RenderedTurn | undefined {
  const { message, profile } = turn;
  const changed = (next: string): RenderedTurn | undefined => (next === message ? undefined : { message: next, profile });
  switch (kind) {
    case 'reorder':
      return changed(reorderSentences(message, seed));
    case 'drop_demographics': {
      // The profile's age and sex go too: they are what the sentence said.
      const next = dropDemographics(message);
      return next === message && profile === undefined ? undefined : { message: next, profile: undefined };
    }
    case 'lowercase':
      return changed(message.toLowerCase());
    case 'expand_contractions':
      return changed(replaceAll(message, EXPAND));
    case 'collapse_contractions':
      return changed(replaceAll(message, COLLAPSE));
    case 'switch_person':
      // A first-person message retold by a partner; a third-person one told by the patient.
      return changed(FIRST_PERSON.test(message) ? toPartner(message) : toFirstPerson(message));
    case 'typos':
      return changed(addTypos(message, seed, 1 / 8));
    case 'many_typos':
      return changed(addTypos(message, seed, 1 / 3));
    case 'british':
      return changed(replaceAll(message, SPELLING.map(([gb, us]) => [wordRe(us), plain(gb)] as const)));
    case 'american':
      return changed(replaceAll(message, SPELLING.map(([gb, us]) => [wordRe(gb), plain(us)] as const)));
    case 'unpunctuated':
      return changed(message.replace(/[.,;:!?]+(?=\s|$)/g, '').replace(/\s+/g, ' ').trim());
  }
}

/** A small deterministic generator (mulberry32) seeded from a string. */
function random(seed: string): () => number {
  let h = 1779033703;
  for (let i = 0; i < seed.length; i += 1) h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentences(text: string): string[] {
  return text.match(/[^.!?]+(?:[.!?]+|$)/g)?.map((s) => s.trim()).filter((s) => s.length > 0) ?? [text];
}

/** The sentences in a shuffled order (a different one from the original when there are two or more). */
function reorderSentences(text: string, seed: string): string {
  const parts = sentences(text);
  if (parts.length < 2) return text;
  const next = random(seed);
  const shuffled = [...parts];
  for (let i = shuffled.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j] as string, shuffled[i] as string];
  }
  if (shuffled.every((s, i) => s === parts[i])) shuffled.push(shuffled.shift() as string);
  return shuffled.join(' ');
}

const AGE_SEX_SENTENCE = /^(?:i'm an? |i am an? )?(?:\d{1,3}|baby) ?(?:[- ]?(?:year|month|week|day)s?[- ]old )?(?:male|female|man|woman|boy|girl|person|child|baby)\.?$/i;

/** Without the sentence that only gives age and sex, and without ages elsewhere ("My 6 year old son" → "My son"). */
function dropDemographics(text: string): string {
  return sentences(text)
    .filter((s) => !AGE_SEX_SENTENCE.test(s))
    .map((s) => s.replace(/\b(?:\d{1,3}|baby) ?[- ]?(?:year|month|week|day)s?[- ]old /gi, '').replace(/\bbaby (son|daughter|child)\b/gi, '$1'))
    .join(' ');
}

type Replacement = readonly [RegExp, string];

function replaceAll(text: string, replacements: readonly Replacement[]): string {
  return replacements.reduce((t, [re, to]) => t.replace(re, (m) => matchCase(m, to)), text);
}

/** The replacement with the first letter's case of what it replaces. */
function matchCase(found: string, to: string): string {
  const first = found[0] ?? '';
  return first !== first.toLowerCase() ? `${to[0]?.toUpperCase() ?? ''}${to.slice(1)}` : to;
}

const pairs = (list: readonly (readonly [string, string])[]): Replacement[] => list.map(([from, to]) => [new RegExp(`\\b${from}\\b`, 'gi'), to]);

const CONTRACTIONS: readonly (readonly [string, string])[] = [
  ["I'm", 'I am'],
  ["I've", 'I have'],
  ["I'd", 'I would'],
  ["can't", 'cannot'],
  ["won't", 'will not'],
  ["don't", 'do not'],
  ["doesn't", 'does not'],
  ["didn't", 'did not'],
  ["isn't", 'is not'],
  ["aren't", 'are not'],
  ["wasn't", 'was not'],
  ["haven't", 'have not'],
  ["hasn't", 'has not'],
  ["couldn't", 'could not'],
  ["it's", 'it is'],
  ["he's", 'he is'],
  ["she's", 'she is'],
  ["they're", 'they are'],
];
const EXPAND = pairs(CONTRACTIONS);
const COLLAPSE = pairs(CONTRACTIONS.map(([short, long]) => [long.replace(' ', '\\s+'), short] as const));

const FIRST_PERSON = /\b(?:i|i'm|i've|my|me)\b/i;

/** Written for one's partner: the first person becomes "my husband" (or "my wife") and "he" ("she"). */
function toPartner(text: string): string {
  const female = /\b(?:woman|female|girl)\b/i.test(text);
  const [who, he, his, him] = female ? ['my wife', 'she', 'her', 'her'] : ['my husband', 'he', 'his', 'him'];
  let first = true;
  const subject = (): string => {
    const s = first ? who : he;
    first = false;
    return s;
  };
  return text
    .replace(/\bI'm an?\b/g, () => `${subject()} is a`)
    .replace(/\bI'm\b|\bI am\b/g, () => `${subject()} is`)
    .replace(/\bI've\b|\bI have\b/g, () => `${subject()} has`)
    .replace(/\bI was\b/g, () => `${subject()} was`)
    .replace(/\bI don't\b|\bI do not\b/g, () => `${subject()} doesn't`)
    .replace(/\bI can't\b/g, () => `${subject()} can't`)
    .replace(/\bI ([a-z]+)\b/g, (_m, verb: string) => `${subject()} ${thirdPerson(verb)}`)
    .replace(/\bI\b/g, () => subject())
    .replace(/\bmy\b(?! (?:husband|wife)\b)/gi, his)
    .replace(/\bmyself\b/gi, female ? 'herself' : 'himself')
    .replace(/\bme\b/gi, him)
    .replace(/(^|[.!?]\s+)(my|he|she|his|her)\b/g, (_m, lead: string, w: string) => `${lead}${w[0]?.toUpperCase() ?? ''}${w.slice(1)}`);
}

/** "feel" → "feels", "get" → "gets"; past tenses and modals are left as they are. */
function thirdPerson(verb: string): string {
  if (/(?:ed|s)$/.test(verb) || /^(?:can|could|will|would|should|may|might|must|had|also|still|just|never|often|always|usually|now|then|recently)$/.test(verb)) return verb;
  if (/(?:sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

/** Words of five letters or more get a slip at the given rate: two letters swapped, one dropped or doubled. */
function addTypos(text: string, seed: string, rate: number): string {
  const next = random(`typos:${seed}`);
  return text.replace(/\b[a-z]{5,}\b/gi, (word) => {
    if (next() >= rate) return word;
    const at = 1 + Math.floor(next() * (word.length - 2));
    const kind = Math.floor(next() * 3);
    if (kind === 0) return `${word.slice(0, at)}${word[at + 1] ?? ''}${word[at] ?? ''}${word.slice(at + 2)}`;
    if (kind === 1) return `${word.slice(0, at)}${word.slice(at + 1)}`;
    return `${word.slice(0, at)}${word[at] ?? ''}${word.slice(at)}`;
  });
}

const wordRe = (w: string): RegExp => new RegExp(`\\b${w}`, 'gi');
const plain = (w: string): string => w.replace(/\\b/g, '');

/**
 * British and American spellings of medical and everyday words: stems by default ("haemorrhag" covers
 * "haemorrhage(s)"), whole words where they end in `\b` ("mum" is not "mumps").
 */
const SPELLING: readonly (readonly [string, string])[] = [
  ['haemorrhag', 'hemorrhag'],
  ['haemat', 'hemat'],
  ['haemo', 'hemo'],
  ['anaemi', 'anemi'],
  ['ischaemi', 'ischemi'],
  ['leukaemi', 'leukemi'],
  ['oedema', 'edema'],
  ['oesophag', 'esophag'],
  ['oestrogen', 'estrogen'],
  ['diarrhoea', 'diarrhea'],
  ['dyspnoea', 'dyspnea'],
  ['apnoea', 'apnea'],
  ['orthopnoea', 'orthopnea'],
  ['tachypnoea', 'tachypnea'],
  ['paediatric', 'pediatric'],
  ['anaesthe', 'anesthe'],
  ['faeces', 'feces'],
  ['faecal', 'fecal'],
  ['tumour', 'tumor'],
  ['colour', 'color'],
  ['behaviour', 'behavior'],
  ['favour', 'favor'],
  ['centre', 'center'],
  ['litre', 'liter'],
  ['grey', 'gray'],
  ['recognis', 'recogniz'],
  ['paralys', 'paralyz'],
  ['hospitalis', 'hospitaliz'],
  ['stabilis', 'stabiliz'],
  ['generalis', 'generaliz'],
  ['localis', 'localiz'],
  ['sulph', 'sulf'],
  ['mum\\b', 'mom\\b'],
  ['nappy\\b', 'diaper\\b'],
  ['nappies\\b', 'diapers\\b'],
  ['paracetamol', 'acetaminophen'],
];
