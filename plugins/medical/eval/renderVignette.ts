/**
 * Two renderings of an external vignette, scored separately: `clinical` (a referral as a clinician
 * writes it) and `patient` (the same facts told in the first person, or by a parent for a child).
 * Pure and mechanical on purpose: a rendering tuned to the engine would measure the renderer.
 */
import type { PatientProfile } from '../../sdk/index.ts';
import type { ExternalVignette } from './parseExternalVignettes.ts';

export type Rendering = 'clinical' | 'patient';
export const RENDERINGS: readonly Rendering[] = ['clinical', 'patient'];

export interface RenderedTurn {
  readonly message: string;
  readonly profile: PatientProfile | undefined;
}

type Fields = Omit<ExternalVignette, 'id' | 'line' | 'half' | 'diagnosis'>;

/** Below this age the story is told by a parent ("my son"), as it would be. */
const CHILD_AGE = 13;

export function renderVignette(v: Fields, rendering: Rendering): RenderedTurn {
  return rendering === 'clinical' ? { message: renderClinical(v), profile: undefined } : renderPatient(v);
}

export function renderClinical(v: Fields): string {
  const negatives = splitList(v.absentFindings).map((f) => lowerFirst(f));
  return [
    sentence(v.demographics.toLowerCase()),
    present(v.chiefComplaints) ? sentence(`Presenting complaints: ${splitList(v.chiefComplaints).map(lowerFirst).join(', ')}`) : '',
    present(v.presentation) ? sentence(v.presentation) : '',
    negatives.length > 0 ? sentence(`Negatives: ${negatives.join(', ')}`) : '',
    present(v.physicalHistory) ? sentence(`Past history: ${v.physicalHistory}`) : '',
    present(v.familyHistory) ? sentence(`Family history: ${v.familyHistory}`) : '',
    present(v.socialHistory) ? sentence(`Social history: ${v.socialHistory}`) : '',
  ]
    .filter((s) => s.length > 0)
    .join(' ');
}

export function renderPatient(v: Fields): RenderedTurn {
  const demo = parseDemographics(v.demographics);
  const child = demo.age !== undefined && demo.age < CHILD_AGE;
  const teen = demo.age !== undefined && demo.age < 18;
  const female = child ? 'daughter' : teen ? 'girl' : 'woman';
  const male = child ? 'son' : teen ? 'boy' : 'man';
  const noun = demo.sex === 'female' ? female : demo.sex === 'male' ? male : child ? 'child' : 'person';
  const they = demo.sex === 'female' ? 'She' : demo.sex === 'male' ? 'He' : 'They';
  const age = demo.age === undefined ? '' : demo.age === 0 ? 'baby ' : `${demo.age} year old `;
  const complaints = joinList(splitList(v.chiefComplaints).map(lowerFirst), 'and');
  // A parent keeps the third person and names the child; an adult speaks for themselves.
  const voice = child ? (t: string) => replacePatient(t, `my ${noun}`) : toFirstPerson;
  const negatives = splitList(v.absentFindings);
  const denied = negatives.filter((f) => /^no\s/i.test(f)).map((f) => f.replace(/^no\s+/i, ''));
  const other = negatives.filter((f) => !/^no\s/i.test(f));
  const parts = [
    child ? `My ${age}${noun}` : `I'm a ${age}${noun}.`,
    complaints ? (child ? `has got ${complaints}.` : `I've got ${complaints}.`) : child ? 'is unwell.' : '',
    present(v.presentation) ? sentence(voice(v.presentation)) : '',
    denied.length > 0 ? sentence(`${child ? `${they} doesn't` : "I don't"} have ${joinList(denied.map(lowerFirst), 'or')}`) : '',
    ...other.map((f) => sentence(voice(f))),
    present(v.physicalHistory) ? sentence(history(v.physicalHistory, child ? `${possessive(they)} medical history` : 'My medical history', voice)) : '',
    present(v.familyHistory) ? sentence(history(v.familyHistory, child ? 'In our family' : 'In my family', voice)) : '',
    present(v.socialHistory) ? sentence(history(v.socialHistory, child ? `About ${objectOf(they)}` : 'About me', voice)) : '',
  ];
  const message = parts.filter((s) => s.length > 0).join(' ');
  const profile: { -readonly [K in keyof PatientProfile]: PatientProfile[K] } = {};
  if (demo.age !== undefined) profile.age = demo.age;
  if (demo.sex !== undefined) profile.sex = demo.sex;
  return { message, profile: Object.keys(profile).length > 0 ? profile : undefined };
}

/** "61 year old Male" → { age: 61, sex: 'male' }; months or weeks old → age 0. */
export function parseDemographics(text: string): { age: number | undefined; sex: 'female' | 'male' | undefined } {
  const m = /(\d{1,3})\s*[- ]?\s*(year|yr|month|week|day)s?[- ]?old/i.exec(text);
  const age = m?.[1] === undefined ? undefined : /^y/i.test(m[2] ?? '') ? Number(m[1]) : 0;
  const sex = /\b(female|woman|girl)\b/i.test(text) ? 'female' : /\b(male|man|boy)\b/i.test(text) ? 'male' : undefined;
  return { age, sex };
}

/** Third person ("he", "she", "the patient") to first person, with the verb that follows made to agree. */
export function toFirstPerson(text: string): string {
  let out = text
    .replace(/\b(?:the )?patient's\b/gi, 'my')
    .replace(/\b(?:the )?patient\b/gi, 'I')
    .replace(/\b(?:he|she)'s (been|had|got)\b/gi, "I've $1")
    .replace(/\b(?:he|she)'s\b/gi, "I'm")
    .replace(/\b(?:he|she)\b/gi, 'I')
    .replace(/\b(?:himself|herself)\b/gi, 'myself')
    .replace(/\bhim\b/gi, 'me')
    .replace(/\bhis\b/gi, 'my')
    // "her" is a possessive before a noun and an object before a preposition, a complement ("keeps her
    // awake"), punctuation or the end; a word list cannot be perfect here, and nothing is tuned to the engine.
    .replace(/\bher\b(?=\s*(?:$|[.,;:!?)]|\s(?:to|and|or|at|in|on|with|for|from|about|that|up|down|off|out|away|again|too|awake|feel|feeling|tired|worse|better|sleep|sick|unwell|anxious|short)\b))/gi, 'me')
    .replace(/\bher\b/gi, 'my');
  out = out.replace(/\bI((?:\s+(?:also|usually|often|never|still|always|now|then|sometimes|occasionally|recently|only|just|frequently|constantly|further))*)\s+([A-Za-z]+)\b/g, (_m, adverbs: string, verb: string) => `I${adverbs} ${agree(verb)}`);
  // "I present(ed) with" is how a clinician writes; a person says what they have.
  out = out.replace(/\bI presented with\b/g, "I've had").replace(/\bI present with\b/g, 'I have');
  return out.replace(/(^|[.!?]\s+)(my|me)\b/g, (_m, lead: string, w: string) => `${lead}${w[0]?.toUpperCase() ?? ''}${w.slice(1)}`);
}

const IRREGULAR: Readonly<Record<string, string>> = { is: 'am', has: 'have', does: 'do', goes: 'go', was: 'was' };

/** "reports" → "report", "denies" → "deny", "is" → "am"; anything not a third-person -s verb is left alone. */
function agree(word: string): string {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR[lower];
  if (irregular !== undefined) return irregular;
  if (lower.length < 4 || /(ss|us|is|'s)$/.test(lower) || !lower.endsWith('s')) return word;
  if (lower.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(sh|ch|x|z)es$/.test(lower) && !lower.endsWith('aches')) return word.slice(0, -2);
  return word.slice(0, -1);
}

function replacePatient(text: string, who: string): string {
  return text.replace(/\b(?:the )?patient's\b/gi, `${who}'s`).replace(/\b(?:the )?patient\b/gi, who);
}

/** A history that is already a sentence with a subject is retold; a bare list is introduced. */
function history(text: string, intro: string, voice: (t: string) => string): string {
  return /\b(he|she|patient|his|her)\b/i.test(text) ? voice(text) : `${intro}: ${text.trim()}`;
}

/** Fields say "-", "None" or nothing when there is nothing to say. */
function present(text: string): boolean {
  const t = text.trim().replace(/[.\s]+$/, '');
  return t.length > 0 && !/^(-+|none|nil|n\/?a|no)$/i.test(t);
}

function splitList(text: string): string[] {
  return present(text) ? text.split(',').map((s) => s.trim()).filter((s) => s.length > 0 && present(s)) : [];
}

function joinList(items: readonly string[], conjunction: 'and' | 'or'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1] ?? ''}`;
}

/** Lower-cases a leading capital unless the word is an abbreviation ("JVD", "RUQ"). */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? `${text[0]?.toLowerCase() ?? ''}${text.slice(1)}` : text;
}

function sentence(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t.length === 0) return '';
  const capital = `${t[0]?.toUpperCase() ?? ''}${t.slice(1)}`;
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

function possessive(they: string): string {
  return they === 'She' ? 'Her' : they === 'He' ? 'His' : 'Their';
}

function objectOf(they: string): string {
  return they === 'She' ? 'her' : they === 'He' ? 'him' : 'them';
}
