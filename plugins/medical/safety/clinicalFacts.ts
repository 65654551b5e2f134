/**
 * Everything the red-flag rules and triage look at, gathered once: concepts the writer asserts,
 * vitals, the patient's age, and profile context. Negated, historical and hypothetical clauses
 * contribute nothing. Profile facts apply only when the message is about the writer.
 */
import type { PatientProfile } from '../../sdk/index.ts';
import { assertedText } from '../language/analyzeMessage.ts';
import { extractAgeMonths } from '../language/extractAge.ts';
import { extractDuration } from '../language/extractDuration.ts';
import { extractVitals, type Vitals } from '../language/extractVitals.ts';
import type { MessageAnalysis } from '../language/MessageAnalysis.ts';
import { memoizeByText } from '../memoizeByText.ts';
import { findConcepts, type Concept } from './concepts.ts';
import { ALLERGY_CLASSES, ANTICOAGULANT, DIABETES, IMMUNOSUPPRESSION, type DrugClass } from './drugClasses.ts';

export interface ClinicalFacts {
  readonly concepts: ReadonlySet<Concept>;
  readonly vitals: Vitals;
  readonly ageMonths: number | undefined;
  readonly thirdParty: boolean;
  readonly pregnant: boolean;
  readonly diabetic: boolean;
  readonly anticoagulated: boolean;
  readonly immunosuppressed: boolean;
  readonly chronicConditions: number;
  /** A drug the patient is allergic to (by class) that the message says was taken or prescribed. */
  readonly allergyClassTaken: DrugClass | undefined;
  readonly durationDays: number | undefined;
}

interface AssertedReading {
  readonly concepts: ReadonlySet<Concept>;
  readonly vitals: Vitals;
  readonly durationDays: number | undefined;
  readonly allergiesStated: readonly string[];
}

// What an asserted text says, whatever the profile. The emergency and triage agents read the same
// text, and each turn the emergency agent's earlier messages are the previous turn's combined ones.
const readAsserted = memoizeByText((asserted): AssertedReading => ({
  concepts: findConcepts(asserted),
  vitals: extractVitals(asserted),
  durationDays: extractDuration(asserted),
  allergiesStated: asserted.match(/allergic to [a-z-]+/g) ?? [],
}));
const readAgeMonths = memoizeByText((whole) => ({ months: extractAgeMonths(whole) }));

export function buildClinicalFacts(
  analyses: readonly MessageAnalysis[],
  profile: PatientProfile | undefined,
): ClinicalFacts {
  const asserted = analyses.map(assertedText).join(' | ');
  const whole = analyses.map((a) => a.normalized).join(' | ');
  const { concepts, vitals, durationDays, allergiesStated } = readAsserted(asserted);
  const thirdParty = analyses.some((a) => a.clauses.some((c) => c.subject === 'third_party' && !c.hypothetical));
  const own = thirdParty ? undefined : profile;
  const contextText = [
    asserted,
    ...(own?.chronicConditions ?? []),
    ...(own?.currentMedications ?? []).map((m) => m.name),
  ].join(' | ');
  const profileAgeMonths = own?.age === undefined ? undefined : own.age * 12;
  const allergies = [...(own?.allergies?.drug ?? []), ...allergiesStated];
  return {
    concepts,
    vitals,
    ageMonths: readAgeMonths(whole).months ?? profileAgeMonths,
    thirdParty,
    pregnant: own?.pregnant === true || concepts.has('pregnant'),
    diabetic: DIABETES.test(contextText),
    anticoagulated: ANTICOAGULANT.test(contextText),
    immunosuppressed: own?.immunosuppressed === true || IMMUNOSUPPRESSION.test(contextText),
    chronicConditions: own?.chronicConditions?.length ?? 0,
    allergyClassTaken: ALLERGY_CLASSES.find(
      (cls) => allergies.some((a) => cls.allergy.test(a)) && cls.members.test(asserted),
    ),
    durationDays,
  };
}
