/**
 * Everything the red-flag rules and triage look at, gathered once: concepts the writer asserts,
 * vitals, the patient's age, and profile context. Negated, historical and hypothetical clauses
 * contribute nothing. Profile facts apply only when the message is about the writer.
 */
import type { PatientProfile } from '../../sdk/index.ts';
import { isOwnAssertedClause, notThePersons, ownAssertedText, pastHistoryText } from '../language/analyzeMessage.ts';
import { THIRD_PARTY_RE } from '../language/clauseCues.ts';
import { ageOf, readAgeFindings } from '../language/extractAge.ts';
import { extractDuration } from '../language/extractDuration.ts';
import { extractVitals, type Vitals } from '../language/extractVitals.ts';
import type { Clause, MessageAnalysis } from '../language/MessageAnalysis.ts';
import { memoizeByText } from '../memoizeByText.ts';
import { extractLabs, type Labs } from '../clinical/extractLabs.ts';
import { correctTypos } from '../language/correctTypos.ts';
import { readTimeWords } from '../language/readTimeWords.ts';
import { resolveOneAnaphora } from '../language/resolveOneAnaphora.ts';
import { CONCEPT_WORDS, CONCEPTS, findConceptsInParts, findNegativelyPhrased, NEGATIVELY_PHRASED, REASSURING, withoutFalseFriends, type Concept, type ConceptFamily } from './concepts.ts';
import { dropPanicSensation } from './dropPanicSensation.ts';
import { breathingFasterThan } from './vitalLimits.ts';
import { endsTheBleedBefore } from './endsTheBleedBefore.ts';
import { ALLERGY_CLASSES, ANTICOAGULANT, classMembersPattern, DIABETES, IMMUNOSUPPRESSION, type DrugClass } from './drugClasses.ts';
import { loadDrugClasses } from '../knowledge/loadDrugClasses.ts';

export interface ClinicalFacts {
  readonly concepts: ReadonlySet<Concept>;
  /**
   * Concepts the writer denies outright ("no difficulty breathing", "I don't have a wheeze"): for the
   * few rules that lower an alert only when the worrying finding is said to be absent, not merely untold.
   */
  readonly denied: ReadonlySet<Concept>;
  /** Reassuring findings that were found and the alarming concepts they took away. */
  readonly reassured: readonly Concept[];
  /**
   * Concepts told of an episode weeks or months back ("hit my head two weeks ago"): history, never a
   * finding now, but some rules read a recent past event with what is happening now (a slow bleed
   * after a head injury).
   */
  readonly pastEpisodes: ReadonlySet<Concept>;
  readonly vitals: Vitals;
  readonly labs: Labs;
  /** Stroke signs told as recent, including ones that have passed ("my face drooped, now fine"). */
  readonly toldStrokeSigns: boolean;
  readonly ageMonths: number | undefined;
  readonly thirdParty: boolean;
  readonly pregnant: boolean;
  readonly diabetic: boolean;
  readonly anticoagulated: boolean;
  /** Classes with danger signs in the drug table whose medicine the person takes (told or in the profile). */
  readonly medicineClasses: ReadonlySet<string>;
  readonly immunosuppressed: boolean;
  readonly chronicConditions: number;
  /** A drug the patient is allergic to (by class) that the message says was taken or prescribed. */
  readonly allergyClassTaken: DrugClass | undefined;
  readonly durationDays: number | undefined;
  /** With known epilepsy: what the message's told clauses say, past ones included (see expectedSeizure.ts). */
  readonly seizureStory?: SeizureStory | undefined;
}

export interface SeizureStory {
  /** Concepts of every clause told as so, now or in the past. */
  readonly told: ReadonlySet<Concept>;
  /** A seizure's own dangers in any clause that is not hypothetical, denied ones included. */
  readonly anyClause: ReadonlySet<Concept>;
}

interface AssertedReading {
  readonly concepts: ReadonlySet<Concept>;
  readonly vitals: Vitals;
  readonly labs: Labs;
  readonly durationDays: number | undefined;
  readonly allergiesStated: readonly string[];
}

// What an asserted text says, whatever the profile. The emergency and triage agents read the same
// text, and each turn the emergency agent's earlier messages are the previous turn's combined ones.
const readMeasures = memoizeByText((asserted): Omit<AssertedReading, 'concepts'> => ({
  vitals: extractVitals(asserted),
  labs: extractLabs(asserted),
  durationDays: extractDuration(asserted),
  allergiesStated: asserted.match(/allergic to [a-z-]+/g) ?? [],
}));
// Texts are joined from one part per message: the session's earlier messages, read again on every turn,
// are read once each (findConceptsInParts).
const readAsserted = (parts: readonly string[]): AssertedReading => ({ concepts: findConceptsInParts(parts), ...readMeasures(parts.join(' | ')) });
// English words with a typing slip ("cehst pain", "bledeing") read again as the word meant: what the
// corrected text adds is kept, what the text as written says is never lost.
const correctPart = memoizeByText((part) => correctTypos(part, CONCEPT_WORDS), 1024);
const readTypos = (parts: readonly string[]): ReadonlySet<Concept> | undefined => {
  const corrected = parts.map(correctPart);
  return corrected.every((c, i) => c === parts[i]) ? undefined : findConceptsInParts(corrected);
};
const readAnaphora = (analyses: readonly MessageAnalysis[]): ReadonlySet<Concept> => {
  const resolved = analyses.map(resolveOneAnaphora);
  if (resolved.every((r) => r === undefined)) return new Set();
  return findConceptsInParts(resolved.map((r, i) => withoutFalseFriends(r ?? ownAssertedText(analyses[i] as MessageAnalysis), 'en')));
};
/**
 * A pregnancy that past history dates as over ("the same problem in pregnancy three years ago",
 * "haemorrhoids in pregnancy", "pre-eclampsia in her first pregnancy") is not a pregnancy now: only one
 * told as this or the current one, or with no such dating, makes the person pregnant.
 */
const EARLIER_PREGNANCY =
  /\b(?:in|during|with|after|of) (?:(?:a|my|her|each|both|every|all|the) )?(?:(?:previous|last|earlier|past|prior|first|second|third|other|older|former|two|three|both) )?pregnanc(?:y|ies)\b|\bpregnanc(?:y|ies)\b[^|]{0,30}?\b(?:years?|months?) ago\b|\b(?:previous|last|earlier|past|prior|former) pregnanc(?:y|ies)\b/;
const CURRENT_PREGNANCY = /\b(?:this|current|present|ongoing) pregnancy\b|\b(?:currently|now) pregnant\b/;
// Every word of the clause that would make a pregnancy ("gestational diabetes in her first pregnancy").
const PREGNANCY_WORDS = /\b(?:pregnan\w*|gestation\w*|antenatal|trimester|placenta\w*)\b/g;
const withoutEarlierPregnancy = (text: string): string =>
  text.includes('pregnan')
    ? text
        .split(' | ')
        .map((clause) => (EARLIER_PREGNANCY.test(clause) && !CURRENT_PREGNANCY.test(clause) ? clause.replace(PREGNANCY_WORDS, (m) => ' '.repeat(m.length)) : clause))
        .join(' | ')
    : text;
/** Concepts that are risk factors or exposures, not findings: read from past history too. */
const CONTEXT_CONCEPTS: ReadonlySet<Concept> = new Set<Concept>(['pregnant', 'postpartum', 'adrenalInsufficiency', 'tetanusProne', 'tetanusUnprotected', 'tropicalTravel', 'clotRisk', 'type1', 'heatExposure', 'coSource', 'valveRisk', 'knownEpilepsy']);
const EXPOSURES: ReadonlySet<Concept> = new Set<Concept>(['batExposure', 'wildAnimalBite', 'animalBite', 'abroad']);
/**
 * What the home holds and who else in it is ill, read from every clause told as so, whoever its subject:
 * "our gas fire has a yellow flame" and "the cat seems lethargic too" are about the household, which
 * is what a carbon monoxide source and its other victims are.
 */
const SHARED_EXPOSURES = { coSource: CONCEPTS.coSource, household: CONCEPTS.household };
/**
 * Events whose danger comes days after them, read from clauses dated in the past too ("she stopped 2
 * days ago", which the language layer files as over): stopping heavy drinking, a pregnancy lost. Not from an event told
 * as months or years back.
 */
const RECENT_EVENTS = { alcoholWithdrawal: CONCEPTS.alcoholWithdrawal, afterPregnancyLoss: CONCEPTS.afterPregnancyLoss };
const readRecentEventPart = memoizeByText((part) => findConceptsInParts([part], RECENT_EVENTS), 1024);
const readRecentEvents = (analyses: readonly MessageAnalysis[]): Concept[] =>
  analyses.flatMap((a) => {
    const told = a.clauses.filter((c) => !c.hypothetical && !c.negated && c.pastHistory !== true && !notThePersons(c));
    const texts = told.map((c) => a.normalized.slice(c.start, c.end));
    return texts.some((t) => LONG_AGO.test(t)) ? [] : [...readRecentEventPart(texts.join(' | '))];
  });
// Read per message and remembered, as the context lexicons are: earlier messages come back every turn.
const readSharedPart = memoizeByText((part) => findConceptsInParts([part], SHARED_EXPOSURES), 1024);
const readSharedExposures = (analyses: readonly MessageAnalysis[]): Concept[] =>
  analyses.flatMap((a) => [...readSharedPart(a.clauses.filter((c) => !c.hypothetical && !c.negated && c.pastHistory !== true).map((c) => a.normalized.slice(c.start, c.end)).join(' | '))]);
/** The age told, with the clauses of whom the writer cares for (see caringClauses) left out. */
const readAgeMonths = (analyses: readonly MessageAnalysis[], caring: readonly (readonly Clause[])[]): number | undefined =>
  ageOf(analyses.map((a, i) => readAgeFindings((caring[i] ?? []).reduce((text, c) => text.slice(0, c.start) + ' '.repeat(c.end - c.start) + text.slice(c.end), a.normalized))));
/**
 * A clause that tells only whom the writer feeds or looks after ("breastfeeding my 3 week old, I've got a
 * temp of 38.2"): the child is context and the findings are the writer's, so the child's age is not the
 * patient's and the message is not about someone else. Only where the writer speaks of themselves too.
 */
const CARING_FOR = /^\W*(?:(?:and|while|i'm|im|i am|been|still|currently|just|exclusively) )*(?:breast ?feeding|bottle ?feeding|feeding|nursing|expressing for|pumping for|looking after|caring for) (?:my|our)\b[^,;]*$/;
const FIRST_PERSON = /\b(?:i|i'm|im|i've|ive|me|my)\b/;
const NAMES_THE_CHILD = /\b(?:baby|babies|child|kid|son|daughter|infant|newborn|toddler|little one|he|she|him|her|his)\b/;
function caringClauses(a: MessageAnalysis): readonly Clause[] {
  const text = (c: Clause) => a.normalized.slice(c.start, c.end);
  const caring = a.clauses.filter((c) => c.subject === 'third_party' && CARING_FOR.test(text(c)));
  if (caring.length === 0) return caring;
  // A clause after it that names nobody ("right boob has a hot patch") keeps the child as its subject
  // only by inheritance: it is the writer's, like the clauses that say "I".
  const inherited = (c: Clause) =>
    c.subject === 'third_party' && !caring.includes(c) && !THIRD_PARTY_RE.test(text(c)) && !NAMES_THE_CHILD.test(text(c));
  const others = a.clauses.filter((c) => !caring.includes(c));
  const writerSpeaks = others.some((c) => FIRST_PERSON.test(text(c)));
  const someoneElse = others.some((c) => c.subject === 'third_party' && !inherited(c) && !c.hypothetical && !notThePersons(c));
  return writerSpeaks && !someoneElse ? a.clauses.filter((c) => caring.includes(c) || inherited(c)) : [];
}
const readNegativelyPhrased = (parts: readonly string[]) => findConceptsInParts(parts, NEGATIVELY_PHRASED, findNegativelyPhrased);
const CRISIS_NAMES = ['suicidal', 'despairPhrase', 'despair', 'burden', 'farewellActs', 'veiledIntent', 'suicidePlanning', 'meansReady', 'notBeingHere'] as const;
const CRISIS: ConceptFamily = Object.fromEntries(CRISIS_NAMES.map((name) => [name, CONCEPTS[name]]));
const CRISIS_NEGATIVELY_PHRASED: ConceptFamily = { despairNegated: CONCEPTS.despairNegated, wishNotToWake: CONCEPTS.wishNotToWake, noReasonToLive: CONCEPTS.noReasonToLive };
const readReassuring = (parts: readonly string[]) => findConceptsInParts(parts, REASSURING);
const readDenied = (parts: readonly string[]) => findConceptsInParts(parts);
const STROKE_SIGNS = { faceDroop: CONCEPTS.faceDroop, speechProblem: CONCEPTS.speechProblem, limbWeakness: CONCEPTS.limbWeakness };
/** What makes a seizure itself an emergency, told in its own words even in a denied clause ("it wouldn't stop"). */
const SEIZURE_DANGERS = { longSeizure: CONCEPTS.longSeizure, seizureCluster: CONCEPTS.seizureCluster, unlikeUsual: CONCEPTS.unlikeUsual };
/** Findings that may have passed: stroke signs that resolved, with the words that say so. */
const PASSED = { transientMonocular: CONCEPTS.transientMonocular, resolved: CONCEPTS.resolved, recent: CONCEPTS.recent };
const readPassed = (parts: readonly string[]) => ({ stroke: findConceptsInParts(parts, STROKE_SIGNS).size > 0, passed: findConceptsInParts(parts, PASSED) });
// Long-ago events ("years ago", "in 2019") are history, not a warning that has just passed.
const LONG_AGO = /\byears? ago\b|\blast (?:year|month)\b|\bin (?:19|20)\d\d\b|\bhistory of\b|\bused to\b|\bas a (?:child|kid)\b|\bmonths ago\b/;

/**
 * Clause text joined like ownAssertedText, for the clauses `keep` selects (never family history), one
 * part per message that has such a clause: joined with " | ", the clauses' text joined with " | ".
 */
function clauseParts(analyses: readonly MessageAnalysis[], keep: (c: MessageAnalysis['clauses'][number]) => boolean): string[] {
  return analyses
    .map((a) => a.clauses.filter((c) => keep(c) && !notThePersons(c)).map((c) => a.normalized.slice(c.start, c.end)))
    .filter((clauses) => clauses.length > 0)
    .map((clauses) => clauses.join(' | '));
}

/**
 * The message text with the clauses `keep` rejects cut out, keeping the words between kept clauses
 * ("and", commas): patterns for negatively phrased findings may read across the clause split.
 */
/**
 * A crisis told in a Spanish or French message's own words: its idioms ("no vale la pena seguir",
 * "en finir", "tirarme del puente") are what a word-for-word gloss reads worst, and the languages'
 * crisis phrases are written for them. Only this family is read from the message's own reading: its
 * other findings raised self-care alarms there (that reader knows little of history and worry).
 */
function readCrisisInOwnLanguage(natives: readonly MessageAnalysis[]): Set<Concept> {
  if (natives.length === 0) return new Set();
  const told = findConceptsInParts(natives.map((n) => withoutFalseFriends(ownAssertedText(n), n.language)), CRISIS);
  for (const c of findConceptsInParts(keptParts(natives, (c) => !c.historical && !c.hypothetical && c.listItemDenied !== true), CRISIS_NEGATIVELY_PHRASED, findNegativelyPhrased)) told.add(c);
  return told;
}

/** Every reading of either, each once. */
function mergeVitals(a: Vitals, b: Vitals): Vitals {
  const numbers = (x: readonly number[], y: readonly number[]) => [...new Set([...x, ...y])];
  const pressures = [...a.bloodPressure, ...b.bloodPressure.filter((p) => !a.bloodPressure.some((q) => q.systolic === p.systolic && q.diastolic === p.diastolic))];
  return {
    temperatureC: numbers(a.temperatureC, b.temperatureC),
    glucoseMgDl: numbers(a.glucoseMgDl, b.glucoseMgDl),
    spo2: numbers(a.spo2, b.spo2),
    bloodPressure: pressures,
    heartRate: numbers(a.heartRate, b.heartRate),
    exerciseHeartRate: numbers(a.exerciseHeartRate, b.exerciseHeartRate),
    respiratoryRate: numbers(a.respiratoryRate, b.respiratoryRate),
  };
}

function keptParts(analyses: readonly MessageAnalysis[], keep: (c: MessageAnalysis['clauses'][number]) => boolean): string[] {
  return analyses.map((a) => {
    let text = a.normalized;
    for (const c of [...a.clauses].reverse()) if (!keep(c) || notThePersons(c)) text = `${text.slice(0, c.start)} | ${text.slice(c.end)}`;
    return text;
  });
}

/** Breathing findings that, told of sleep, describe an observed pattern (snoring, apnoea), not distress now. */
const SLEEP_EPISODIC: readonly Concept[] = ['severeBreathing', 'cyanosis', 'breathless'];
// An infant who stops breathing or turns blue in sleep is an emergency whatever the pattern.
const INFANT_MONTHS = 12;
/** A baby under a year by age or by word: breathing and colour signs in one are never explained away. */
const toldAnInfant = (concepts: ReadonlySet<Concept>, ageMonths: number | undefined): boolean =>
  (ageMonths !== undefined && ageMonths < INFANT_MONTHS) || concepts.has('baby');

/**
 * Breathing findings told only of sleep episodes ("gasps in his sleep", "stops breathing while
 * asleep, his wife says") leave the current findings, unless the same breathing finding is told
 * outside sleep too (a daytime sign), the sleep sentence says it is happening now, or the person is an
 * infant. The findings go to the diagnostic ranking (sleep apnoea) all the same.
 */
function dropSleepEpisodes(concepts: Set<Concept>, analyses: readonly MessageAnalysis[], ageMonths: number | undefined): void {
  if (!SLEEP_EPISODIC.some((c) => concepts.has(c))) return;
  if (toldAnInfant(concepts, ageMonths)) return;
  // Breathing trouble in someone drowsy, confused or collapsed, or after drugs or an overdose, is never a
  // mere sleep pattern: "took heroin, making snoring sounds" is a blocked airway.
  if (['unresponsive', 'confusion', 'syncope', 'recreationalDrug', 'overdose', 'sedativeWithAlcohol'].some((c) => concepts.has(c as Concept))) return;
  dropToldOnlyOfSleep(concepts, analyses, SLEEP_EPISODIC);
}
/** Drops the given concepts when the message tells them only of sleep episodes, never awake or now. */
function dropToldOnlyOfSleep(concepts: Set<Concept>, analyses: readonly MessageAnalysis[], sleepOnly: readonly Concept[]): void {
  const sleeping = clauseParts(analyses, (c) => isOwnAssertedClause(c) && c.sleep === true).join(' | ');
  if (sleeping.length === 0 || HAPPENING_NOW.test(sleeping)) return;
  const awake = findConceptsInParts(clauseParts(analyses, (c) => isOwnAssertedClause(c) && c.sleep !== true));
  for (const c of sleepOnly) if (!awake.has(c)) concepts.delete(c);
}
/** Confusion told of a waking from sleep: a night terror or a confused arousal in a child, when nothing else is wrong. */
const AROUSAL_CONFUSION: readonly Concept[] = ['confusion', 'newConfusion', 'senseLost'];

/**
 * A child who wakes screaming, does not know the parent for a few minutes and falls back asleep (a night
 * terror, a confused arousal: common from two to twelve, harmless) tells confusion only of a sleep
 * episode. It leaves the findings when it is told of sleep clauses alone, of a child past infancy, with no
 * fever, fit, breathing or injury sign; an adult's confusion at night is delirium's until shown otherwise.
 */
function dropSleepArousal(concepts: Set<Concept>, analyses: readonly MessageAnalysis[], ageMonths: number | undefined, temperatures: readonly number[]): void {
  if (!AROUSAL_CONFUSION.some((c) => concepts.has(c))) return;
  const child = ageMonths !== undefined ? ageMonths >= 12 && ageMonths < 156 : concepts.has('childWord') || concepts.has('offspring');
  if (!child || temperatures.some((t) => t >= 38)) return;
  const alarming: readonly Concept[] = ['fever', 'feelsHot', 'seizure', 'bodyShaking', 'unresponsive', 'notComeRound', 'severeBreathing', 'breathless', 'cyanosis', 'headInjury', 'hadFall', 'floppy', 'vomiting', 'ingestedSomething', 'poisonIngestion', 'overdose', 'stiffNeck', 'rashStays'];
  if (alarming.some((c) => concepts.has(c))) return;
  dropToldOnlyOfSleep(concepts, analyses, AROUSAL_CONFUSION);
}
/**
 * Lips or skin gone blue from cold water, a swim or the weather, in someone past infancy who breathes
 * well and is alert: the skin's circulation, not a lack of oxygen. Any breathing trouble, drowsiness
 * or collapse keeps it (and a cold, drowsy person is the hypothermia rule's).
 */
function dropColdSkinColour(concepts: Set<Concept>, ageMonths: number | undefined): void {
  if (!concepts.has('cyanosis') || !concepts.has('coldSkinExposure')) return;
  if (toldAnInfant(concepts, ageMonths)) return;
  const alarming: readonly Concept[] = ['severeBreathing', 'breathless', 'wheeze', 'confusion', 'unresponsive', 'syncope', 'seizure', 'chestPain', 'floppy'];
  if (alarming.some((c) => concepts.has(c))) return;
  concepts.delete('cyanosis');
}
const HAPPENING_NOW = /\b(?:right now|now|at the moment|currently|still|this minute|can't wake|won't wake)\b/;

/**
 * What a reassuring finding takes away, unless something else keeps the alarm: a rash that fades
 * under a glass is not the meningitis rash; a nosebleed that stopped is not heavy bleeding.
 */
function applyReassurance(concepts: Set<Concept>, reassuring: ReadonlySet<Concept>): Concept[] {
  const removed: Concept[] = [];
  const drop = (c: Concept): void => {
    if (concepts.delete(c)) removed.push(c);
  };
  if (reassuring.has('blanchingRash')) drop('nonBlanchingRash');
  if (reassuring.has('bleedingStopped') && !concepts.has('shockSigns')) {
    drop('heavyBleeding');
    drop('wontStop');
  }
  for (const c of reassuring) concepts.add(c);
  return removed;
}

/** The drug classes whose danger signs the table lists, with the pattern of their medicines. */
const DANGER_SIGN_CLASSES: readonly (readonly [string, RegExp])[] = [...loadDrugClasses().classes]
  .filter(([, c]) => c.dangerSigns !== undefined)
  .map(([id]) => [id, classMembersPattern(id)] as const);

interface ContextReading {
  readonly diabetic: boolean;
  readonly anticoagulated: boolean;
  readonly immunosuppressed: boolean;
  readonly medicineClasses: ReadonlySet<string>;
}

/** Which context lexicons one text names (whole words: no match reaches across a " | " joint). */
const readContextPart = memoizeByText(
  (part): ContextReading => ({
    diabetic: DIABETES.test(part),
    anticoagulated: ANTICOAGULANT.test(part),
    immunosuppressed: IMMUNOSUPPRESSION.test(part),
    medicineClasses: new Set(DANGER_SIGN_CLASSES.filter(([, members]) => members.test(part)).map(([id]) => id)),
  }),
  1024,
);

/**
 * The context lexicons of texts joined with " | ", as the joined text would give them, each text read
 * once and remembered: the session's earlier messages are read again on every turn.
 */
function readContext(parts: readonly string[]): ContextReading {
  const readings = parts.map(readContextPart);
  const classes = new Set(readings.flatMap((r) => [...r.medicineClasses]));
  return {
    diabetic: readings.some((r) => r.diabetic),
    anticoagulated: readings.some((r) => r.anticoagulated),
    immunosuppressed: readings.some((r) => r.immunosuppressed),
    // In the table's order, as one reading of the joined text gave them.
    medicineClasses: new Set(DANGER_SIGN_CLASSES.map(([id]) => id).filter((id) => classes.has(id))),
  };
}

interface RecentFacts {
  readonly analyses: readonly MessageAnalysis[];
  readonly profileKey: string;
  readonly facts: ClinicalFacts;
}
const recentFacts: RecentFacts[] = [];
const RECENT_FACTS = 8;

/**
 * The facts of these messages (analyses, oldest first) for this profile. A turn asks more than once
 * for the same ones (the emergency agent and triage read the current message; a turn's earlier
 * messages are often the last turn's combined ones): the last few answers are kept, matched by the
 * analyses themselves (the analysis of a text is one shared object) and the profile's content.
 */
export function buildClinicalFacts(analyses: readonly MessageAnalysis[], profile: PatientProfile | undefined): ClinicalFacts {
  const profileKey = profile === undefined ? '' : JSON.stringify(profile);
  const known = recentFacts.find((r) => r.profileKey === profileKey && r.analyses.length === analyses.length && r.analyses.every((a, i) => a === analyses[i]));
  if (known) return known.facts;
  const facts = readClinicalFacts(analyses, profile);
  recentFacts.unshift({ analyses: [...analyses], profileKey, facts });
  if (recentFacts.length > RECENT_FACTS) recentFacts.pop();
  return facts;
}

function readClinicalFacts(analyses: readonly MessageAnalysis[], profile: PatientProfile | undefined): ClinicalFacts {
  const assertedParts = analyses.map((a) => withoutFalseFriends(ownAssertedText(a), a.language));
  const asserted = assertedParts.join(' | ');
  const reading = readAsserted(assertedParts);
  const { allergiesStated, labs } = reading;
  // A Spanish or French message's readings and age are read in its own words too: a gloss may lose a
  // number's unit ("38,4 de fiebre", "de tres semanas") that the language's own patterns know.
  const natives = analyses.flatMap((a) => (a.native === undefined ? [] : [a.native]));
  const nativeMeasures = natives.length === 0 ? undefined : readMeasures(natives.map(ownAssertedText).join(' | '));
  const vitals = nativeMeasures === undefined ? reading.vitals : mergeVitals(reading.vitals, nativeMeasures.vitals);
  const durationDays = reading.durationDays ?? nativeMeasures?.durationDays;
  // Findings phrased with their own negation count in clauses the language layer marks negated, but not
  // in an item of a denied list, whose negation is the denied thing's own ("or spots that don't fade").
  const current = keptParts(analyses, (c) => !c.historical && !c.hypothetical && c.listItemDenied !== true);
  const told = clauseParts(analyses, (c) => !c.hypothetical && c.pastHistory !== true);
  const concepts = new Set<Concept>(reading.concepts);
  for (const c of readCrisisInOwnLanguage(natives)) concepts.add(c);
  const english = analyses.every((a) => a.language === 'en');
  // Typing slips are English ones: a gloss's untranslated words are not slips for English words.
  if (english && analyses.every((a) => a.writtenIn === undefined)) for (const c of readTypos(assertedParts) ?? []) concepts.add(c);
  // "One" for an episode named before it ("her first ever one and it's still going"), read as the episode.
  if (english) for (const c of readAnaphora(analyses)) concepts.add(c);
  // Blue fingers are cyanosis unless told changing colour in turns (Raynaud's); the turn is often its own
  // clause ("my fingers go blue, then white"), so it is read from the message, not the finger's clause.
  if (concepts.has('blueFingers') && !concepts.has('whiteFingersTurn')) concepts.add('cyanosis');
  // Read once per message: the age and whether the message is about someone else both leave these out.
  const caring = analyses.map(caringClauses);
  const toldAgeMonths = readAgeMonths(analyses, caring) ?? (natives.length === 0 ? undefined : readAgeMonths(natives, []));
  const anyAgeMonths = toldAgeMonths ?? (profile?.age === undefined ? undefined : profile.age * 12);
  dropColdSkinColour(concepts, anyAgeMonths);
  dropPanicSensation(concepts, asserted);
  dropSleepEpisodes(concepts, analyses, anyAgeMonths);
  // Past history holds risk factors the rules combine with current findings (travel, clot risks,
  // pregnancy, type 1 diabetes, an exposure), never findings of its own.
  const pastParts = analyses.map((a) => withoutEarlierPregnancy(pastHistoryText(a)));
  // Episodes weeks or months back ("hit my head two weeks ago") hold risk factors as past history does.
  const episodeParts = clauseParts(analyses, (c) => c.pastEpisode === true && !c.negated && !c.hypothetical);
  const pastEpisodes = findConceptsInParts(episodeParts);
  const pastConcepts = [...findConceptsInParts(pastParts), ...((english && readTypos(pastParts)) || []), ...pastEpisodes];
  for (const c of pastConcepts) if (CONTEXT_CONCEPTS.has(c)) concepts.add(c);
  for (const c of readSharedExposures(analyses)) concepts.add(c);
  for (const c of readRecentEvents(analyses)) concepts.add(c);
  // A rabies exposure weeks back still needs its vaccine: an episode's exposure counts, a history's does not.
  for (const c of pastEpisodes) if (EXPOSURES.has(c)) concepts.add(c);
  // A clot before is a risk of another (a Wells criterion).
  if (pastConcepts.includes('legDvt')) concepts.add('clotRisk');
  for (const c of readNegativelyPhrased(current)) concepts.add(c);
  if (concepts.has('senseLost')) concepts.add('confusion');
  if (concepts.has('dialysisNotAttended')) concepts.add('missedDialysis');
  if (concepts.has('notBeingHereNegated')) concepts.add('notBeingHere');
  dropSleepArousal(concepts, analyses, anyAgeMonths, vitals.temperatureC);
  // A Glasgow coma score below 15 is an altered level of consciousness.
  if (labs.gcs.some((g) => g < 15)) concepts.add('confusion');
  const denied = readDenied(clauseParts(analyses, (c) => c.negated && !c.hypothetical && c.pastHistory !== true && c.absence !== true));
  const reassuring = new Set(readReassuring(told));
  if (endsTheBleedBefore(analyses)) reassuring.add('bleedingStopped');
  const reassured = applyReassurance(concepts, reassuring);
  const recentTold = clauseParts(analyses, (c) => !c.hypothetical && !c.negated && c.pastHistory !== true)
    .map((part) => part.split(' | ').filter((t) => !LONG_AGO.test(readTimeWords(t))))
    .filter((clauses) => clauses.length > 0)
    .map((clauses) => clauses.join(' | '));
  const passed = readPassed(recentTold);
  for (const c of passed.passed) concepts.add(c);
  // Relatives named in a family history are not the person the message is about.
  const thirdParty = analyses.some((a, i) => a.clauses.some((c) => c.subject === 'third_party' && !c.hypothetical && !notThePersons(c) && !caring[i]?.includes(c)));
  const own = thirdParty ? undefined : profile;
  // A known condition ("PMH: type 1 diabetes", "history of warfarin for AF") is context, not a finding.
  const context = readContext([
    ...assertedParts,
    ...pastParts,
    ...episodeParts,
    ...(own?.chronicConditions ?? []),
    ...(own?.currentMedications ?? []).map((m) => m.name),
  ]);
  if (own?.chronicConditions?.some((c) => /epilep/i.test(c))) concepts.add('knownEpilepsy');
  // A seizure in known epilepsy is told as a story, much of it past ("it lasted 7 minutes", "he came round"):
  // expectedSeizure.ts reads every told clause, and the seizure's own dangers in denied ones too ("it didn't stop").
  const seizureStory = concepts.has('knownEpilepsy') ? { told: findConceptsInParts(recentTold), anyClause: findConceptsInParts(told, SEIZURE_DANGERS) } : undefined;
  const profileAgeMonths = own?.age === undefined ? undefined : own.age * 12;
  const allergies = [...(own?.allergies?.drug ?? []), ...allergiesStated];
  const facts: ClinicalFacts = {
    concepts,
    denied,
    reassured,
    pastEpisodes,
    toldStrokeSigns: passed.stroke,
    vitals,
    labs,
    ageMonths: toldAgeMonths ?? profileAgeMonths,
    thirdParty,
    pregnant: own?.pregnant === true || concepts.has('pregnant'),
    diabetic: context.diabetic || concepts.has('type1'),
    anticoagulated: context.anticoagulated,
    medicineClasses: context.medicineClasses,
    immunosuppressed: own?.immunosuppressed === true || context.immunosuppressed,
    chronicConditions: own?.chronicConditions?.length ?? 0,
    allergyClassTaken: ALLERGY_CLASSES.find(
      (cls) => allergies.some((a) => cls.allergy.test(a)) && cls.members.test(asserted),
    ),
    durationDays,
    seizureStory,
  };
  // A counted rate is the same sign as the words, read against the age: 40 breaths a minute is fast at
  // forty and normal at six months (qSOFA's 22 for adults). A counted heart rate is read by each rule.
  if (breathingFasterThan(facts, 22)) concepts.add('fastBreathing');
  return facts;
}
