/**
 * Clinical concepts as phrase families in English, Spanish and French, one file per family under
 * concepts/. Rules combine concepts; they never match sentences. Patterns run on asserted clause
 * text joined by " | ", so gaps stay inside one clause.
 */
import { abdominalConcepts } from './concepts/abdominalConcepts.ts';
import { allergyConcepts } from './concepts/allergyConcepts.ts';
import { bleedingConcepts } from './concepts/bleedingConcepts.ts';
import { cardioRespiratoryConcepts } from './concepts/cardioRespiratoryConcepts.ts';
import { exposureConcepts } from './concepts/exposureConcepts.ts';
import { generalConcepts } from './concepts/generalConcepts.ts';
import { mentalHealthConcepts, wishNotToWakeConcepts } from './concepts/mentalHealthConcepts.ts';
import { foldForMatching } from './concepts/conceptPattern.ts';
import type { MessageLanguage } from '../language/detectLanguage.ts';
import { neuroConcepts } from './concepts/neuroConcepts.ts';
import { negativelyPhrasedConcepts, reassuringConcepts, urgencyConcepts } from './concepts/urgencyConcepts.ts';

export const CONCEPTS = {
  ...cardioRespiratoryConcepts,
  ...neuroConcepts,
  ...allergyConcepts,
  ...bleedingConcepts,
  ...mentalHealthConcepts,
  ...abdominalConcepts,
  ...generalConcepts,
  ...exposureConcepts,
  ...urgencyConcepts,
  ...negativelyPhrasedConcepts,
  ...wishNotToWakeConcepts,
  ...reassuringConcepts,
} as const;

export type Concept = keyof typeof CONCEPTS;

/**
 * Words that name a finding in one of the lexicons' languages and mean something ordinary in another:
 * French "malaise" is a faint, English "malaise" is feeling unwell; French "sue" is sweats, English "Sue"
 * is a name. In a message of the given language they are blanked (same length) before concepts are read.
 */
const FALSE_FRIENDS: Readonly<Partial<Record<MessageLanguage, RegExp>>> = {
  en: /\b(?:malaise|sue)\b/g,
};

export function withoutFalseFriends(text: string, language: MessageLanguage): string {
  const re = FALSE_FRIENDS[language];
  return re ? text.replace(re, (w) => ' '.repeat(w.length)) : text;
}

/** Which concepts occur in the given text. */
export function findConcepts(text: string, family: Readonly<Partial<Record<Concept, RegExp>>> = CONCEPTS): Set<Concept> {
  const found = new Set<Concept>();
  const folded = foldForMatching(text);
  for (const [name, re] of Object.entries(family) as [Concept, RegExp][]) {
    if (re.test(folded)) found.add(name);
  }
  return found;
}

/**
 * The words the concept patterns are written in (four letters or more): the words a typing slip is
 * most likely to be, for a reader of symptoms (see correctTypos).
 */
export const CONCEPT_WORDS: ReadonlySet<string> = new Set(
  Object.values(CONCEPTS).flatMap((re) => re.source.replace(/\\[a-zA-Z]/g, ' ').match(/[a-z]{4,}/g) ?? []),
);

/** Concepts whose wording carries its own negation ("can't pee"): read in negated clauses too. */
// Only patterns that contain their own negation: a family like heavyBleeding also matches "heavy
// bleeding", which in "no heavy bleeding" is truly denied.
export const NEGATIVELY_PHRASED: Readonly<Partial<Record<Concept, RegExp>>> = { ...negativelyPhrasedConcepts, ...wishNotToWakeConcepts };

const NEGATOR = /\b(?:no|not|never|none|without|cannot|unable)\b|n't\b/;
const EVERY_MATCH = new Map(Object.entries(NEGATIVELY_PHRASED).map(([name, re]) => [name as Concept, new RegExp(re.source, 'g')]));

/**
 * The negatively phrased concepts a text tells, counting a match only when its own words hold the
 * negation ("haven't peed since Monday"): an alternative that names the finding plainly ("urinary
 * retention", "reduced fetal movements") is denied in "no urinary retention" like any other finding.
 */
export function findNegativelyPhrased(text: string): Set<Concept> {
  const found = new Set<Concept>();
  const folded = foldForMatching(text);
  for (const [name, re] of EVERY_MATCH) {
    if ([...folded.matchAll(re)].some((m) => NEGATOR.test(m[0]))) found.add(name);
  }
  return found;
}

/** Reassuring findings, read in every clause that is not hypothetical ("it has stopped" is past). */
export const REASSURING: Readonly<Partial<Record<Concept, RegExp>>> = reassuringConcepts;
