/**
 * The red-flag rule set: each rule combines concepts, vitals and patient context. `critical` means
 * call the emergency number now; `urgent` means go to an emergency department now. `crisis` rules
 * add crisis-line guidance.
 */
import type { EmergencySeverity } from '../../sdk/index.ts';
import type { ClinicalFacts } from './clinicalFacts.ts';
import type { Concept } from './concepts.ts';

export interface RedFlagRule {
  readonly id: string;
  readonly severity: EmergencySeverity;
  readonly crisis?: boolean;
  /** User-facing reason. */
  readonly reason: string;
  readonly test: (f: ClinicalFacts) => boolean;
}

const has = (f: ClinicalFacts, ...cs: Concept[]): boolean => cs.some((c) => f.concepts.has(c));
const min = (xs: readonly number[]): number => Math.min(Infinity, ...xs);
const max = (xs: readonly number[]): number => Math.max(-Infinity, ...xs);
const maxTemp = (f: ClinicalFacts): number => max(f.vitals.temperatureC);
const febrile = (f: ClinicalFacts): boolean => has(f, 'fever') || maxTemp(f) >= 38;
const systolic = (f: ClinicalFacts): number[] => f.vitals.bloodPressure.map((b) => b.systolic);
const isInfant = (f: ClinicalFacts): boolean => f.ageMonths !== undefined && f.ageMonths < 12;
const isChild = (f: ClinicalFacts): boolean =>
  f.ageMonths === undefined ? has(f, 'childWord') : f.ageMonths < 13 * 12;
/** Blood loss is significant when it comes with faintness, shock signs, a racing heart or low pressure. */
const bloodLossSigns = (f: ClinicalFacts): boolean =>
  has(f, 'faint', 'syncope', 'shockSigns', 'unresponsive', 'confusion') ||
  max(f.vitals.heartRate) > 100 ||
  min(systolic(f)) < 100;

export const RED_FLAG_RULES: readonly RedFlagRule[] = [
  {
    id: 'cardiac_chest_pain',
    severity: 'critical',
    reason: 'Chest pain with features of a heart attack or other serious heart problem',
    test: (f) =>
      has(f, 'chestPain') &&
      // Severe chest pain, or chest pain going on for minutes to hours now, needs an ambulance at any adult age.
      (has(f, 'cardiacFeature', 'breathless', 'severeBreathing', 'faint', 'syncope', 'suddenOnset', 'severeWord', 'ongoingAcute', 'shockSigns') ||
        max(f.vitals.heartRate) > 120),
  },
  {
    id: 'stroke_fast',
    severity: 'critical',
    reason: 'Possible stroke signs (face, arm or speech)',
    test: (f) =>
      has(f, 'faceDroop', 'strokeWord') ||
      (has(f, 'speechProblem') && has(f, 'limbWeakness', 'suddenOnset', 'confusion')) ||
      (has(f, 'limbWeakness') && has(f, 'suddenOnset')),
  },
  { id: 'severe_breathing', severity: 'critical', reason: 'Severe difficulty breathing', test: (f) => has(f, 'severeBreathing', 'cyanosis') },
  {
    id: 'asthma_refractory',
    severity: 'critical',
    reason: 'Breathing getting worse despite the reliever inhaler',
    test: (f) => has(f, 'wheezeRefractory'),
  },
  {
    id: 'anaphylaxis',
    severity: 'critical',
    reason: 'Signs of a severe allergic reaction (swelling of the throat, tongue or lips, or breathing trouble)',
    test: (f) =>
      has(f, 'airwaySwelling') ||
      (has(f, 'allergenExposure') && has(f, 'hives', 'faceSwelling') && has(f, 'breathless', 'faint', 'vomiting')) ||
      // A specific trigger (food, sting) followed by breathing trouble or collapse is anaphylaxis until proven otherwise.
      (has(f, 'allergenTrigger') && has(f, 'breathless', 'severeBreathing', 'cyanosis', 'faint', 'syncope', 'unresponsive')),
  },
  {
    id: 'allergy_drug_reaction',
    severity: 'critical',
    reason: 'Reaction after a medicine from a class you are allergic to',
    test: (f) =>
      f.allergyClassTaken !== undefined &&
      has(f, 'hives', 'faceSwelling', 'airwaySwelling', 'breathless', 'severeBreathing', 'faint', 'vomiting'),
  },
  {
    id: 'severe_bleeding',
    severity: 'critical',
    reason: 'Heavy or uncontrolled bleeding',
    test: (f) =>
      has(f, 'heavyBleeding', 'vomitBlood') ||
      (has(f, 'bleedingAny') && has(f, 'wontStop')) ||
      // On a blood thinner, bleeding that has gone on for a while will not settle by itself.
      (f.anticoagulated && has(f, 'bleedingAny') && has(f, 'ongoingAcute')),
  },
  {
    id: 'gi_bleeding',
    severity: 'critical',
    reason: 'Signs of bleeding from the stomach or bowel with faintness, a racing heart or on a blood thinner',
    test: (f) => has(f, 'giBleed') && (bloodLossSigns(f) || f.anticoagulated || has(f, 'heavyBleeding')),
  },
  { id: 'unresponsive', severity: 'critical', reason: 'Unresponsive, collapsed or very hard to wake', test: (f) => has(f, 'unresponsive') },
  { id: 'seizure', severity: 'critical', reason: 'A seizure happening now or just happened', test: (f) => has(f, 'seizure') },
  {
    id: 'meningitis',
    severity: 'critical',
    reason: 'Possible meningitis (fever with stiff neck, light sensitivity or a rash that does not fade)',
    test: (f) =>
      has(f, 'nonBlanchingRash') ||
      (has(f, 'stiffNeck') && (febrile(f) || has(f, 'photophobia'))) ||
      (febrile(f) && has(f, 'photophobia') && has(f, 'headache', 'vomiting')),
  },
  {
    id: 'sepsis',
    severity: 'critical',
    reason: 'Possible sepsis (infection with confusion, low blood pressure or a racing heart)',
    test: (f) =>
      febrile(f) &&
      (has(f, 'confusion') || min(systolic(f)) < 90 || max(f.vitals.heartRate) > 130 || has(f, 'breathless')) &&
      (has(f, 'confusion') || min(systolic(f)) < 100 || max(f.vitals.heartRate) > 120),
  },
  {
    id: 'suicidal_intent',
    severity: 'critical',
    crisis: true,
    reason: 'Thoughts of suicide or self-harm',
    test: (f) => has(f, 'suicidal') || (has(f, 'despairPhrase') && has(f, 'despair')),
  },
  {
    id: 'overdose_poisoning',
    severity: 'critical',
    reason: 'Possible overdose or poisoning',
    // A child who swallowed someone's medicine may have taken a dangerous dose, whatever the count.
    test: (f) => has(f, 'overdose', 'poisonIngestion') || (has(f, 'pillIngestion') && isChild(f)),
  },
  {
    id: 'syncope_warning',
    severity: 'urgent',
    reason: 'Fainting during exercise or with palpitations, chest pain or breathlessness (possible heart rhythm problem)',
    test: (f) => has(f, 'syncope') && has(f, 'exertion', 'palpitations', 'chestPain', 'breathless'),
  },
  {
    id: 'heat_stroke',
    severity: 'critical',
    reason: 'Confusion or collapse after heat exposure (possible heat stroke)',
    test: (f) => has(f, 'heatExposure') && (has(f, 'confusion', 'unresponsive', 'seizure', 'syncope') || maxTemp(f) >= 40),
  },
  {
    id: 'limb_ischaemia',
    severity: 'urgent',
    reason: 'A limb that suddenly went cold and pale with pain or numbness (possible blocked artery)',
    test: (f) => has(f, 'coldLimb') && has(f, 'painWord'),
  },
  { id: 'thunderclap_headache', severity: 'critical', reason: 'Sudden, extremely severe headache', test: (f) => has(f, 'thunderclap') },
  {
    id: 'pulmonary_embolism',
    severity: 'critical',
    reason: 'Painful swollen leg with breathlessness or chest pain (possible blood clot in the lung)',
    test: (f) => has(f, 'legDvt') && has(f, 'breathless', 'chestPain', 'vomitBlood'),
  },
  {
    id: 'head_injury',
    severity: 'critical',
    reason: 'Head injury with confusion, vomiting, drowsiness or loss of consciousness',
    test: (f) => has(f, 'headInjury') && has(f, 'confusion', 'vomiting', 'unresponsive', 'seizure', 'floppy', 'visualDisturbance'),
  },
  {
    id: 'head_injury_anticoagulated',
    severity: 'urgent',
    reason: 'Head injury while taking a blood thinner',
    test: (f) => has(f, 'headInjury') && f.anticoagulated,
  },
  {
    id: 'pregnancy_bleeding_pain',
    severity: 'critical',
    reason: 'Bleeding or severe one-sided pain in pregnancy (possible ectopic pregnancy or placental problem)',
    test: (f) =>
      f.pregnant &&
      (has(f, 'heavyBleeding') ||
        (has(f, 'vaginalBleeding') && has(f, 'abdominalPain', 'faint', 'severeWord')) ||
        (has(f, 'abdominalPain') && has(f, 'faint', 'oneSidedPelvic') && has(f, 'severeWord', 'suddenOnset', 'faint'))),
  },
  {
    id: 'preeclampsia',
    severity: 'urgent',
    reason: 'Severe headache with vision changes or swelling in pregnancy (possible pre-eclampsia)',
    test: (f) => f.pregnant && has(f, 'severeHeadache', 'headache') && has(f, 'visualDisturbance', 'handFaceSwelling'),
  },
  {
    id: 'acute_abdomen',
    severity: 'urgent',
    reason: 'Severe abdominal pain with warning signs (possible appendicitis or other surgical emergency)',
    test: (f) =>
      has(f, 'abdominalPain') &&
      (has(f, 'peritonism') ||
        (has(f, 'severeWord', 'suddenOnset') && has(f, 'vomiting', 'rightLower', 'fever')) ||
        // Appendicitis: pain settling in the right lower abdomen with fever, vomiting, no appetite, or building up.
        (has(f, 'rightIliacFossa') && (febrile(f) || has(f, 'vomiting', 'anorexia', 'painProgressing')))),
  },
  {
    id: 'testicular_torsion',
    severity: 'urgent',
    reason: 'Sudden severe testicular pain (possible torsion)',
    test: (f) => has(f, 'testicularPain') && has(f, 'suddenOnset', 'severeWord', 'vomiting'),
  },
  {
    id: 'hypoglycaemia',
    severity: 'critical',
    reason: 'Dangerously low blood sugar',
    test: (f) => {
      const g = min(f.vitals.glucoseMgDl);
      return g < 54 || (g < 70 && has(f, 'hypoSymptoms', 'confusion')) || (f.diabetic && has(f, 'confusion', 'unresponsive'));
    },
  },
  {
    id: 'diabetic_ketoacidosis',
    severity: 'urgent',
    reason: 'High blood sugar with vomiting or ketones (possible ketoacidosis)',
    test: (f) => f.diabetic && has(f, 'vomiting', 'dkaSigns') && (max(f.vitals.glucoseMgDl) >= 300 || has(f, 'dkaSigns')),
  },
  {
    id: 'infant_fever',
    severity: 'urgent',
    reason: 'Fever in a baby under 3 months',
    test: (f) => f.ageMonths !== undefined && f.ageMonths < 3 && febrile(f),
  },
  {
    id: 'infant_dehydration',
    severity: 'urgent',
    reason: 'Signs of severe dehydration or drowsiness in a baby',
    test: (f) => (isInfant(f) || (f.ageMonths === undefined && has(f, 'baby'))) && has(f, 'infantDehydration', 'floppy'),
  },
  { id: 'low_oxygen', severity: 'critical', reason: 'Oxygen saturation below 92%', test: (f) => min(f.vitals.spo2) < 92 },
  {
    id: 'extreme_temperature',
    severity: 'urgent',
    reason: 'Very high or very low body temperature',
    test: (f) => maxTemp(f) >= 40 || min(f.vitals.temperatureC) <= 35,
  },
  {
    id: 'blood_pressure',
    severity: 'urgent',
    reason: 'Dangerous blood pressure reading',
    test: (f) => min(systolic(f)) < 90 || (max(systolic(f)) >= 180 && has(f, 'systemic')),
  },
  {
    id: 'heart_rate',
    severity: 'urgent',
    reason: 'Very fast or very slow heart rate with symptoms',
    test: (f) => (max(f.vitals.heartRate) > 130 || min(f.vitals.heartRate) < 40) && has(f, 'systemic', 'faint', 'chestPain', 'breathless'),
  },
];
