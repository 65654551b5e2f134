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
import { createPatternFilter } from './concepts/createPatternFilter.ts';
import { mayMatchCharacter } from './concepts/mayMatchCharacter.ts';
import type { MessageLanguage } from '../language/detectLanguage.ts';
import { memoizeByText, type MemoizedByText } from '../memoizeByText.ts';
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
/** A set of named concept patterns, read together. */
export type ConceptFamily = Readonly<Partial<Record<Concept, RegExp>>>;

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

// A message's texts are read by several families (concepts, negatively phrased, reassuring), each folding them.
const foldOf = memoizeByText(foldForMatching, 512);

/** Which concepts occur in the given text. */
export function findConcepts(text: string, family: ConceptFamily = CONCEPTS): Set<Concept> {
  return readFamily(text, family, (re, folded) => re.test(folded));
}

/** The family's concepts whose pattern `told` finds in the folded text, skipping those whose required text is absent. */
function readFamily(text: string, family: ConceptFamily, told: (re: RegExp, folded: string) => boolean): Set<Concept> {
  const found = new Set<Concept>();
  const folded = foldOf(text);
  const { entries, candidates } = lookupOf(family);
  const maybe = candidates(folded);
  for (let i = 0; i < entries.length; i++) {
    // Most patterns are ruled out: only a candidate's entry is read.
    if (maybe[i] !== 1) continue;
    const [name, re] = entries[i] as (typeof entries)[number];
    if (told(re, folded)) found.add(name);
  }
  return found;
}

interface FamilyLookup {
  readonly entries: readonly (readonly [Concept, RegExp])[];
  /** For a folded text, 1 for each pattern that may match it (see createPatternFilter). */
  readonly candidates: (folded: string) => Uint8Array;
}

const lookups = new WeakMap<ConceptFamily, FamilyLookup>();

/**
 * A family's patterns filed by the texts they require: a message is read against hundreds of
 * patterns, and one pass over its characters finds the few that may match, instead of running every
 * pattern. Filing each alternative of a pattern by its own words, and looking up its other words
 * where its key is found, let through a quarter of the patterns one list of strings per pattern did
 * (as files were before session 43); those regular expressions were most of a message's concept reading.
 */
function lookupOf(family: ConceptFamily): FamilyLookup {
  let lookup = lookups.get(family);
  if (lookup) return lookup;
  const entries = Object.entries(family) as [Concept, RegExp][];
  // Not pre-compiled: running every pattern once at build time put each turn's added latency up by a
  // quarter (BENCHMARKS.md, "Session 25"); the engine's start-up practice run (warmUpMedicalEngine)
  // compiles the patterns ordinary messages need.
  lookup = { entries, candidates: createPatternFilter(entries.map(([, re]) => re)) };
  lookups.set(family, lookup);
  return lookup;
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
export const NEGATIVELY_PHRASED: ConceptFamily = { ...negativelyPhrasedConcepts, ...wishNotToWakeConcepts };

const NEGATOR = /\b(?:no|not|never|none|without|cannot|unable)\b|n't\b/;
/** What every NEGATOR match holds ("no" is in "not", "none" and "cannot"). */
const NEGATION_LETTERS = /no|never|without|unable|n't/;
const everyMatch = new WeakMap<RegExp, RegExp>();
/** The pattern with the `g` flag, made once: every match is read for its negation. */
const globalOf = (re: RegExp): RegExp => {
  let global = everyMatch.get(re);
  if (!global) everyMatch.set(re, (global = new RegExp(re.source, 'g')));
  return global;
};

/**
 * The negatively phrased concepts a text tells, counting a match only when its own words hold the
 * negation ("haven't peed since Monday"): an alternative that names the finding plainly ("urinary
 * retention", "reduced fetal movements") is denied in "no urinary retention" like any other finding.
 */
export function findNegativelyPhrased(text: string, family: ConceptFamily = NEGATIVELY_PHRASED): Set<Concept> {
  // A match counts only with a negation in its words: a text with none of their letters has none to count.
  if (!NEGATION_LETTERS.test(foldOf(text))) return new Set();
  return readFamily(text, family, (re, folded) => [...folded.matchAll(globalOf(re))].some((m) => NEGATOR.test(m[0]) && !deniedBeforeIt(folded, m.index)));
}

/**
 * A clause that opens on a denial of the thing the negative phrase tells of ("no spots that don't
 * fade", "never a rash that doesn't blanch") denies the whole phrase: a list of negatives, not a finding.
 */
const DENIAL_OPENS_CLAUSE = /(?:^|[|.,;:!?]|\band\b)\s*(?:no|never|without|not any|none)\b[^|,;:.!?]{0,25}$/;
function deniedBeforeIt(text: string, index: number): boolean {
  return DENIAL_OPENS_CLAUSE.test(text.slice(Math.max(0, index - 40), index));
}

interface PartReader {
  /** The family's patterns that cannot cross a joint, read part by part and remembered. */
  readonly part: MemoizedByText<ReadonlySet<Concept>>;
  /** Those that may: read on the joined text. */
  readonly joined: MemoizedByText<ReadonlySet<Concept>>;
  readonly order: readonly Concept[];
}

type ReadFamily = (text: string, family: ConceptFamily) => Set<Concept>;

const readers = new WeakMap<ReadFamily, WeakMap<ConceptFamily, PartReader>>();
/** What joins clauses and messages: a pattern that cannot consume it finds nothing across a joint. */
const JOINT = '|';

function readerOf(family: ConceptFamily, read: ReadFamily): PartReader {
  let byFamily = readers.get(read);
  if (!byFamily) readers.set(read, (byFamily = new WeakMap()));
  let reader = byFamily.get(family);
  if (reader) return reader;
  const entries = Object.entries(family) as [Concept, RegExp][];
  const within: ConceptFamily = Object.fromEntries(entries.filter(([, re]) => !mayMatchCharacter(re, JOINT)));
  const across: ConceptFamily = Object.fromEntries(entries.filter(([, re]) => mayMatchCharacter(re, JOINT)));
  const none: ReadonlySet<Concept> = new Set<Concept>();
  const nothingAcross = Object.assign(() => none, { known: () => none });
  reader = {
    // A session's last messages are read again on every turn, several texts each: room for many parts.
    part: memoizeByText((text) => read(text, within), 2048),
    // The current message is read in several agents and turns: its joined text comes back too.
    joined: Object.keys(across).length === 0 ? nothingAcross : memoizeByText((text) => read(text, across), 256),
    order: entries.map(([name]) => name),
  };
  byFamily.set(family, reader);
  return reader;
}

/**
 * The concepts told in a text joined from parts with " | " (one part per message), as `read(parts.join(' | '))`
 * would find them, with each part's reading remembered: a turn that reads the session's earlier
 * messages again with its own reads only its own message anew. Exact: a pattern that cannot match the
 * joint's '|' finds nothing across it, and its lookarounds see the spaces around it as in the joined
 * text; the few patterns that can cross (a gap that stops only at a sentence end) read the joined text.
 */
export function findConceptsInParts(parts: readonly string[], family: ConceptFamily = CONCEPTS, read: ReadFamily = findConcepts): Set<Concept> {
  const reader = readerOf(family, read);
  const told = (read === findConcepts && family !== CONCEPTS && isPartOfConcepts(family) && knownToConcepts(parts)) || readParts(reader, parts);
  // In the family's order, as one reading of the joined text would give them.
  return new Set(reader.order.filter((c) => told.has(c)));
}

function readParts(reader: PartReader, parts: readonly string[]): Set<Concept> {
  const told = new Set<Concept>(reader.joined(parts.join(' | ')));
  for (const part of parts) for (const c of reader.part(part)) told.add(c);
  return told;
}

/**
 * All concepts the texts tell, where every CONCEPTS reading they need is already remembered: a family
 * of CONCEPTS' own patterns finds in them what CONCEPTS found, so the few families read on a message's
 * own clauses after its concepts (stroke signs, recent events, what the home holds) cost no reading.
 */
function knownToConcepts(parts: readonly string[]): ReadonlySet<Concept> | undefined {
  const reader = readerOf(CONCEPTS, findConcepts);
  const joined = reader.joined.known(parts.join(' | '));
  if (joined === undefined) return undefined;
  const told = new Set<Concept>(joined);
  for (const part of parts) {
    const found = reader.part.known(part);
    if (found === undefined) return undefined;
    for (const c of found) told.add(c);
  }
  return told;
}

const partsOfConcepts = new WeakMap<ConceptFamily, boolean>();
/** Whether each of the family's concepts is CONCEPTS' own pattern under the same name. */
function isPartOfConcepts(family: ConceptFamily): boolean {
  let is = partsOfConcepts.get(family);
  if (is === undefined) partsOfConcepts.set(family, (is = Object.entries(family).every(([name, re]) => CONCEPTS[name as Concept] === re)));
  return is;
}

/** Reassuring findings, read in every clause that is not hypothetical ("it has stopped" is past). */
export const REASSURING: ConceptFamily = reassuringConcepts;
