/**
 * The `triage` agent's decision: emergency | non_emergency | self_care with user-facing reasons.
 * An emergency alert (fresh or carried over) is always `emergency`, and only an alert makes one:
 * every emergency has its frame (the rules that used to raise triage alone are red-flag rules with
 * severity `urgent`). Otherwise the level is the highest of: see-a-doctor findings, vitals, duration, severity words, condition hints, and profile raises.
 * Only the current message's asserted clauses count; the session history feeds the emergency agent.
 */
import type { PatientProfile, TriageLevel } from '../sdk/index.ts';
import type { MessageAnalysis } from './language/MessageAnalysis.ts';
import { ownAssertedText } from './language/analyzeMessage.ts';
import { analyzeForSafety } from './safety/analyzeForSafety.ts';
import { buildClinicalFacts, type ClinicalFacts } from './safety/clinicalFacts.ts';
import { isExpectedSeizure } from './safety/expectedSeizure.ts';
import { CONCEPT_TRIAGE_FINDINGS } from './safety/conceptTriageFindings.ts';
import { febrile, has, maxTemp } from './safety/readFacts.ts';
import { breathingFasterThan, heartFasterThan, heartSlowerThan } from './safety/vitalLimits.ts';
import { conceptPattern, foldForMatching } from './safety/concepts/conceptPattern.ts';
import { createPatternFilter } from './safety/concepts/createPatternFilter.ts';
import { MINOR_CUES, SEE_DOCTOR_FINDINGS, SEVERITY_CUES } from './safety/triageFindings.ts';
import type { EmergencyAssessment, RuleHit, TriageResult } from './types.ts';

export interface ConditionHint {
  readonly conditionId: string;
  readonly typicalTriage: TriageLevel;
  readonly score: number;
  /** The person asserted one of the condition's red flags (a warning sign: see a doctor). */
  readonly redFlag?: boolean;
}

export interface AssessTriageInput {
  readonly message: string;
  readonly analysis?: MessageAnalysis;
  readonly history: readonly string[];
  readonly profile: PatientProfile | undefined;
  readonly emergency: EmergencyAssessment;
  readonly conditionHints?: readonly ConditionHint[];
}

const EXPECTED_SEIZURE_REASON =
  'A usual seizure in someone known to have epilepsy, now over: tell their epilepsy team or doctor. Call an ambulance if a seizure lasts 5 minutes or more, another follows, or they are hurt, struggle to breathe or do not come round fully';

/** Past the usual age of the menopause (51 on average in the UK; by 55 almost every woman is past it). */
const POSTMENOPAUSAL_AGE_MONTHS = 55 * 12;
const RANK: Readonly<Record<TriageLevel, number>> = { self_care: 0, non_emergency: 1, emergency: 2 };
/** Which see-a-doctor findings may be in a text: most have none of their words in it, and are not run. */
const SEE_DOCTOR_FILTER = createPatternFilter(SEE_DOCTOR_FINDINGS.map((f) => f.re));

export function assessTriage(input: AssessTriageInput): TriageResult {
  if (input.emergency.fired) {
    return {
      level: 'emergency',
      reasons: input.emergency.reasons.length > 0 ? input.emergency.reasons : ['Emergency warning signs'],
      rules: [{ rule: 'emergency_alert', detail: input.emergency.carriedOver ? 'carried over' : 'fired this turn' }],
    };
  }
  const analysis = input.analysis ?? analyzeForSafety(input.message);
  const facts = buildClinicalFacts([analysis], input.profile);
  const text = ownAssertedText(analysis);
  const hits: { level: TriageLevel; rule: string; reason: string }[] = [];
  const raise = (level: TriageLevel, rule: string, reason: string): void => {
    hits.push({ level, rule, reason });
  };

  const mayFind = SEE_DOCTOR_FILTER(text);
  SEE_DOCTOR_FINDINGS.forEach((f, i) => {
    if (mayFind[i] === 1 && f.re.test(text) && !f.unless?.test(text)) raise('non_emergency', f.id, f.reason);
  });
  const minor = MINOR_CUES.test(text);
  for (const c of CONCEPT_TRIAGE_FINDINGS) {
    if (facts.concepts.has(c.concept) && !(c.unlessMinor === true && minor) && !c.unless?.test(text)) raise('non_emergency', c.concept, c.reason);
  }
  // The alert this seizure would raise was left out (expectedSeizure.ts); what to do instead is said here.
  if (isExpectedSeizure(facts)) raise('non_emergency', 'expected_seizure', EXPECTED_SEIZURE_REASON);
  // Bleeding from the vagina at an age past the menopause is postmenopausal bleeding until shown otherwise (NHS: see a GP).
  if (facts.concepts.has('vaginalBleeding') && (facts.ageMonths ?? 0) >= POSTMENOPAUSAL_AGE_MONTHS && !facts.pregnant) {
    raise('non_emergency', 'postmenopausal_bleeding', 'Bleeding after the menopause should be checked by a doctor soon');
  }
  // Bleeding gums or easy bruising on a blood thinner: the dose is checked within days (the alarming bleeds are red flag rules).
  if (facts.anticoagulated && (facts.concepts.has('bleedingAny') || EASY_BRUISING.test(text))) {
    raise('non_emergency', 'anticoagulated_bleeding', 'Bleeding or bruising while on a blood thinner should be checked by your doctor or anticoagulation clinic');
  }
  if (facts.allergyClassTaken !== undefined) {
    raise('non_emergency', 'allergy_class_taken', `You took a ${facts.allergyClassTaken.label} and are allergic to that class`);
  }
  vitalsFindings(facts, text, raise);
  // Weeks are what the likely condition takes when every condition the findings point to is a self-care
  // one (pityriasis rosea, a sprain, tennis elbow): that duration asks nothing. Four weeks or more still
  // does, whatever the picture (heartburn for a month despite antacids; coeliac disease told as months of
  // diarrhoea looks like an intolerance).
  const hints = input.conditionHints ?? [];
  const selfCarePicture = hints.length > 0 && hints.every((h) => h.typicalTriage === 'self_care' && h.redFlag !== true);
  const days = facts.durationDays ?? 0;
  if (days >= 10 && !(selfCarePicture && days < 28)) raise('non_emergency', 'duration', 'Symptoms lasting more than a week or two should be checked');
  if (SEVERITY_CUES.test(text)) raise('non_emergency', 'severity_words', 'Severe or intense symptoms');
  profileRaises(facts, text, analysis.normalized, raise);
  for (const hint of input.conditionHints ?? []) {
    // Hints come from keyword matching; they may ask for a doctor but never declare an emergency alone.
    if (hint.redFlag === true) raise('non_emergency', `red_flag:${hint.conditionId}`, 'You describe a warning sign that should be checked by a doctor');
    else if (hint.typicalTriage !== 'self_care') raise('non_emergency', `condition:${hint.conditionId}`, 'Symptoms match a condition that usually needs a doctor');
  }

  const level = hits.reduce<TriageLevel>((acc, h) => (RANK[h.level] > RANK[acc] ? h.level : acc), 'self_care');
  const top = hits.filter((h) => h.level === level);
  const reasons =
    level === 'self_care'
      ? [MINOR_CUES.test(text) ? 'Mild symptoms that can usually be managed at home' : 'No warning signs found in what you described']
      : [...new Set(top.map((h) => h.reason))];
  const rules: RuleHit[] = hits.map((h) => ({ rule: h.rule, detail: h.level }));
  return { level, reasons, rules };
}

type Raise = (level: TriageLevel, rule: string, reason: string) => void;


/** A thermometer's reading outranks a feeling: "slightly feverish, 37.6 on my thermometer" is no fever (NICE: 38 °C or more). */
const feverish = (f: ClinicalFacts): boolean => febrile(f) && !(f.vitals.temperatureC.length > 0 && maxTemp(f) < 38);

/**
 * A fever under three days, below 40 °C, past six months of age: NHS advice is to treat it at home
 * (see a GP when it lasts three days or more, is very high, or comes with other symptoms, which raise
 * on their own). Babies under six months, pregnancy, a weak immune system, older age and long-term
 * conditions raise it through the profile; the weeks after a birth raise it here.
 */
const shortPlainFever = (f: ClinicalFacts): boolean =>
  (f.durationDays === undefined || f.durationDays < 3) &&
  maxTemp(f) < 40 &&
  // After a birth a fever is an infection of the womb, breast or wound until shown otherwise (NICE NG51).
  !has(f, 'postpartum') &&
  // No age told: only a writer speaking of themselves, not of a baby or child.
  (f.ageMonths === undefined ? !f.thirdParty && !has(f, 'baby', 'childWord') : f.ageMonths >= 6);

/** Bruising more easily than before (one bruise from a knock is the knock's). */
const EASY_BRUISING = /\bbruis\w* (?:so |very |really |more )?(?:easily|a lot|all the time|more than (?:usual|before|normal))\b|\beasy bruising\b|\bbruises? (?:appearing|everywhere|all over)\b/;

/** A reading taken again: "redid it", "rechecked", "took it again", "second reading". */
const RECHECKED = /\b(?:redid|re-?did|re-?checked|re-?took|re-?measured|re-?tested|took it again|did it again|checked it again|measured it again|tested it again|second (?:reading|time)|(?:a )?(?:few|five|ten|\d+) min(?:ute)?s later)\b/;

function vitalsFindings(f: ClinicalFacts, text: string, raise: Raise): void {
  const v = f.vitals;
  if (feverish(f) && !shortPlainFever(f)) raise('non_emergency', 'fever', 'Fever');
  // A reading taken again after resting is the one that counts (NICE NG136: the lower of repeated readings).
  const pressures = v.bloodPressure.length > 1 && RECHECKED.test(text) ? v.bloodPressure.slice(-1) : v.bloodPressure;
  if (pressures.some((b) => b.systolic >= 140 || b.diastolic >= 90)) raise('non_emergency', 'high_blood_pressure', 'A raised blood pressure reading');
  // Low with dizziness or a faint (often a new blood pressure medicine): the doctor reviews the dose.
  if (v.bloodPressure.some((b) => b.systolic < 100) && f.concepts.has('faint')) raise('non_emergency', 'low_blood_pressure', 'A low blood pressure reading with dizziness should be checked by a doctor (a medicine may need changing)');
  if (v.glucoseMgDl.some((g) => g >= 250 || g < 70)) raise('non_emergency', 'glucose', 'A blood sugar reading outside the safe range');
  if (v.spo2.some((s) => s < 95)) raise('non_emergency', 'oxygen', 'Oxygen saturation below normal');
  if (heartFasterThan(f, 110) || heartSlowerThan(f, 45)) raise('non_emergency', 'heart_rate', 'An unusual heart rate');
  if (breathingFasterThan(f, 22)) raise('non_emergency', 'breathing_rate', 'Breathing faster than normal');
  // Above the usual range of 2-3.5 without bleeding: the anticoagulation clinic adjusts the dose (bleeding is a red flag rule).
  if (f.labs.inr.some((inr) => inr > 4)) raise('non_emergency', 'inr_high', 'An INR above your range needs your anticoagulation clinic or doctor soon');
}

/** Local infections that a weakened immune system may not contain: throat, mouth, chest, gut, skin, bladder. */
const INFECTION_SIGNS = conceptPattern(
  String.raw`\b(?:sore throat|mouth ulcers?|ulcers? in (?:my|her|his) mouth|mouth (?:is )?(?:really |very |so )?sore|sore mouth|cough\w*|diarrh\w*|rash|red (?:and )?(?:hot|swollen)|pus|burn\w* when (?:i )?pee|shiver\w*|chills)\b`,
  String.raw`\bdolor de garganta\b|\bllagas en la boca\b|\bmal à la gorge\b|\baphtes\b`,
);
/**
 * Food and drink staying down: sickness that is not drying the person out. Read on the whole message,
 * as "keeping water and crackers down" spans the clauses "and" splits; never after a "can't".
 */
const KEPT_DOWN = conceptPattern(
  String.raw`(?<!\b(?:can't|cant|cannot|couldn't|not|unable to|won't|barely|hardly|struggl\w* to|trouble) )\b(?:keep\w*|kept|hold\w*|held) (?:\w+ ){0,4}?down\b(?<=\b(?:water|fluids?|drinks?|liquids?|food|meals?|it|things|crackers|toast|biscuits|something|anything|most things|everything)\b[^.|]{0,30})|\b(?:fluids?|drinks?|water|food) (?:are |is )?(?:staying|stays|stay) down\b`,
);
const FALL = conceptPattern(String.raw`\b(?:fell|had a fall|a fall|falls|tripped|slipped|a tumble|se cayó|me caí|caída|tombée?|chute)\b`);

/** Infants, older adults, pregnancy, immunosuppression and chronic disease lower the bar for a doctor. */
function profileRaises(f: ClinicalFacts, text: string, whole: string, raise: Raise): void {
  const symptomatic = /[a-z]{3,}/.test(text) && !/^\W*(?:hi|hello|thanks?|thank you)\W*$/.test(text);
  if (!symptomatic) return;
  const systemic = has(f, 'systemic') || has(f, 'faint') || has(f, 'vomiting') || feverish(f) || has(f, 'confusion');
  if (f.ageMonths !== undefined && f.ageMonths < 12 && (systemic || has(f, 'floppy'))) raise('non_emergency', 'infant', 'Babies under one year need a lower threshold to be seen');
  if ((f.ageMonths ?? 0) >= 65 * 12 && systemic) raise('non_emergency', 'older_adult', 'Older adults should be checked sooner');
  // Sickness in pregnancy with food and drink kept down is morning sickness, for home (NHS: see a GP when nothing stays down).
  const sicknessKeptDown = has(f, 'vomiting') && KEPT_DOWN.test(foldForMatching(whole)) && !has(f, 'systemic', 'faint', 'confusion') && !feverish(f);
  if (f.pregnant && ((systemic && !sicknessKeptDown) || has(f, 'abdominalPain') || has(f, 'vaginalBleeding'))) raise('non_emergency', 'pregnancy', 'Symptoms during pregnancy should be checked');
  if (f.immunosuppressed && (systemic || INFECTION_SIGNS.test(foldForMatching(text)))) raise('non_emergency', 'immunosuppressed', 'A weakened immune system needs earlier review');
  if ((f.ageMonths ?? 0) >= 65 * 12 && FALL.test(foldForMatching(text))) raise('non_emergency', 'older_adult_fall', 'A fall in an older adult should be checked for injury and its cause');
  if ((f.chronicConditions > 0 || f.diabetic) && systemic) raise('non_emergency', 'chronic_condition', 'Your existing health conditions make this worth checking');
}
