/**
 * The red-flag rule set: each rule combines concepts, vitals and patient context. `critical` means
 * call the emergency number now; `urgent` means go to an emergency department now. `crisis` rules
 * add crisis-line guidance.
 */
import type { EmergencySeverity } from '../../sdk/index.ts';
import type { ClinicalFacts } from './clinicalFacts.ts';
import type { Concept } from './concepts.ts';
import { febrile, has, hasNowOrLately, max, maxTemp, min } from './readFacts.ts';
import { breathingSeverelyFast, breathingSlow, heartFasterThan, heartSlowerThan } from './vitalLimits.ts';

export interface RedFlagRule {
  readonly id: string;
  readonly severity: EmergencySeverity;
  readonly crisis?: boolean;
  /** User-facing reason. */
  readonly reason: string;
  /** Extra advice for this finding, e.g. what would make an urgent problem critical. */
  readonly advice?: string;
  readonly test: (f: ClinicalFacts) => boolean;
}

const denied = (f: ClinicalFacts, ...cs: Concept[]): boolean => cs.some((c) => f.denied.has(c));
const systolic = (f: ClinicalFacts): number[] => f.vitals.bloodPressure.map((b) => b.systolic);
const isInfant = (f: ClinicalFacts): boolean => f.ageMonths !== undefined && f.ageMonths < 12;
const isChild = (f: ClinicalFacts): boolean =>
  f.ageMonths === undefined ? has(f, 'childWord') : f.ageMonths < 13 * 12;
/** A child, or a son or daughter whose age is not told: for rules where the doubt should fall on the alert's side. */
const probablyChild = (f: ClinicalFacts): boolean => isChild(f) || (f.ageMonths === undefined && has(f, 'offspring'));
/** Under five by age told, or by a word for a baby or toddler when no age is. */
const underFive = (f: ClinicalFacts): boolean => (f.ageMonths !== undefined ? f.ageMonths < 60 : has(f, 'baby', 'toddlerWord'));
const isAdult = (f: ClinicalFacts): boolean => (f.ageMonths === undefined ? !has(f, 'childWord') : f.ageMonths >= 16 * 12);
const agedAtLeast = (f: ClinicalFacts, years: number): boolean => f.ageMonths !== undefined && f.ageMonths >= years * 12;
/** How far apart the systolic pressures told are (0 with fewer than two). */
const systolicSpread = (f: ClinicalFacts): number => {
  const s = systolic(f);
  return s.length < 2 ? 0 : Math.max(...s) - Math.min(...s);
};
const isOlder = (f: ClinicalFacts): boolean => (f.ageMonths !== undefined ? f.ageMonths >= 65 * 12 : has(f, 'olderWord'));
/** An infection told, a fever told and not denied, or a temperature of 38 or more. */
const suspectedInfection = (f: ClinicalFacts): boolean => febrile(f) || has(f, 'infection') || (has(f, 'fever', 'feelsHot') && !f.denied.has('fever'));
/** NICE NG51's moderate-to-high risk criteria for sepsis in adults and children over 12, as told at home. */
const moderateSepsisCriteria = (f: ClinicalFacts): number =>
  [
    f.immunosuppressed,
    hasNowOrLately(f, 'recentInvasiveProcedure') || hasNowOrLately(f, 'afterOperation'),
    heartFasterThan(f, 90) || has(f, 'fastHeart', 'tachycardic'),
    // Rigors: shaking that cannot be stopped, not the shivery feeling of every fever.
    has(f, 'extremeShivering'),
    has(f, 'woundNamed') && has(f, 'infection', 'inflamedSkin'),
    has(f, 'littleUrine'),
    f.vitals.temperatureC.some((t) => t < 36),
    min(systolic(f)) <= 100,
    max(f.vitals.respiratoryRate) >= 21,
  ].filter(Boolean).length;
/** A child felt to be hot by a parent counts as febrile (NICE NG143: parental perception of fever counts). */
const febrileChild = (f: ClinicalFacts): boolean => febrile(f) || (isChild(f) && has(f, 'feelsHot'));
/**
 * Pain reproduced by pressing on the chest wall or by a movement, or a pain along the ribs with
 * tingling, numbness or blisters on the skin there (a nerve or shingles), without any sign that points
 * at the heart; pain that comes on during exertion is the heart's until shown otherwise.
 */
const chestWallOnly = (f: ClinicalFacts): boolean =>
  (has(f, 'chestWallTender') || (has(f, 'ribCourse') && has(f, 'nerveSkinSigns'))) &&
  !has(f, 'cardiacFeature', 'anginaEquivalent', 'autonomic', 'breathless', 'severeBreathing', 'syncope', 'shockSigns', 'duringExertion');
/**
 * A chest pain that has come with meals, lying flat or bending, or with a sour taste, for two weeks or
 * more, with nothing that points at the heart, the lungs or shock: a pattern of reflux told over weeks,
 * not an event. A pain on exertion, with sweating, breathlessness or fainting stays undifferentiated.
 */
/** What points a chest symptom at the heart, the lungs or shock: the pattern exceptions below need none of it. */
const HEART_LUNG_OR_SHOCK = ['cardiacFeature', 'anginaEquivalent', 'autonomic', 'breathless', 'severeBreathing', 'syncope', 'faint', 'shockSigns', 'duringExertion'] as const satisfies readonly Concept[];
const REFLUX_PATTERN_DAYS = 14;
const refluxPatternOnly = (f: ClinicalFacts): boolean =>
  has(f, 'refluxFeatures') &&
  (f.durationDays ?? 0) >= REFLUX_PATTERN_DAYS &&
  !has(f, ...HEART_LUNG_OR_SHOCK, 'suddenOnset');
/**
 * A chest tightness that anxiety brings on and that passes ("tight when I'm anxious before
 * presentations, it passes"), or a known panic disorder's usual attack ("one of my usual attacks, chest
 * tight, hands tingling"), with nothing that points at the heart, the lungs or shock and no pain word: a
 * pattern told, not an event now (a doctor, not an ambulance).
 */
const anxietyPatternOnly = (f: ClinicalFacts): boolean =>
  // A known panic disorder's usual attack is a pattern the person knows, told now or passing.
  (has(f, 'anxietyTrigger') ? has(f, 'resolved', 'passesEachTime') : has(f, 'usualPanic')) &&
  !has(f, 'painWord', 'painQuality', ...HEART_LUNG_OR_SHOCK, 'exertion', 'suddenOnset', 'severeWord', 'ongoingAcute');
/** Four weeks, in days: how long an unchanged exertional chest pain must have gone on to be a stable pattern. */
const STABLE_EXERTIONAL_DAYS = 28;
/**
 * Chest pain brought on by exertion and eased by rest within minutes, unchanged for four weeks or more,
 * with nothing new now (no pain at rest, no pain going on now, no sudden or severe episode, no
 * sweating, fainting or breathlessness): the stable angina pattern, which needs a doctor soon, not an
 * ambulance (NICE CG95). New, worsening or rest pain is unstable and stays an emergency.
 */
const stableExertionalPattern = (f: ClinicalFacts): boolean =>
  has(f, 'exertionalChestPain') &&
  has(f, 'easesWithRest') &&
  (f.durationDays ?? 0) >= STABLE_EXERTIONAL_DAYS &&
  // A pressing or squeezing quality is angina's own, stable or not; what is new now is not.
  !has(f, 'atRest', 'ongoingAcute', 'suddenOnset', 'severeWord', 'severePain', 'painProgressing', 'recent', 'startedToday', 'autonomic', 'breathless', 'severeBreathing', 'syncope', 'faint', 'shockSigns', 'palpitations');
/** What the squeezed nerves of cauda equina do beyond the saddle: the bladder, the bowel, both legs. */
const CAUDA_NERVE_SIGNS = ['urinaryRetention', 'incontinence', 'cantFeelLegs', 'bothLegsWeak'] as const satisfies readonly Concept[];
/**
 * Tingling or numbness of the genitals or bottom told with a sore, blister, rash or itch there (herpes's
 * tingling before the blisters, thrush, a rash): the skin's own cause, not the squeezed nerves of cauda
 * equina, unless the back, the bladder, the bowel or the legs tell of the nerves too.
 */
const saddleSkinExplained = (f: ClinicalFacts): boolean =>
  has(f, 'genitalSkinSign') && !has(f, 'backPain', ...CAUDA_NERVE_SIGNS, 'limbWeakness');
/**
 * Chest pain that is only a tight chest (no pain, pressure or heaviness) with a cough, in an adult under 50 (or of no told age, with a fever or phlegm) with nothing
 * that points at the heart or at breathing trouble: the airways of a chest infection or asthma tell of
 * its cause, so it is not undifferentiated chest pain.
 */
const coughTightness = (f: ClinicalFacts): boolean =>
  has(f, 'cough') &&
  !has(f, 'painQuality', ...HEART_LUNG_OR_SHOCK) &&
  // Without an age, a fever or coughed-up phlegm tells of the infection that explains the tightness.
  (f.ageMonths === undefined ? has(f, 'fever', 'productiveCough') : !agedAtLeast(f, 50));
/**
 * A chest sore or tight from the coughing of a cough illness (or tight and wheezy, without pain, cough told or not), with breathlessness told only on ordinary
 * exertion (or not at all), in an adult under 65 with normal vitals and nothing that points at the heart,
 * a clot or breathing trouble at rest: the strained muscles and airways of bronchitis or a viral chest
 * infection. Pain that comes with exertion, or a cough that only makes a pain worse, is not this.
 */
const coughStrainedChest = (f: ClinicalFacts): boolean =>
  has(f, 'cough', 'wheeze') &&
  // Told as the cough's doing, or a tight chest with a wheeze and no pain word: the airways' tightness.
  (has(f, 'coughChestPain') || (has(f, 'wheeze') && !has(f, 'painQuality'))) &&
  (!has(f, 'breathless') || has(f, 'breathlessOnExertion')) &&
  !has(f, 'cardiacFeature', 'anginaEquivalent', 'autonomic', 'exertionalChestPain', 'severeBreathing', 'cyanosis', 'syncope', 'faint', 'shockSigns', 'suddenOnset', 'severeWord', 'clotRisk', 'legDvt', 'vomitBlood', 'confusion', 'tachycardic', 'palpitations') &&
  !agedAtLeast(f, 65) &&
  !heartFasterThan(f, 100) &&
  min(f.vitals.spo2) >= 94;
/**
 * Period pain told with its monthly pattern (one phrase, or a pain tied to the period's start beside a
 * recurrence told elsewhere): the period's, however severe, outside pregnancy and unless told as unlike
 * the usual pain.
 */
const periodPainPattern = (f: ClinicalFacts): boolean =>
  (has(f, 'cyclicPeriodPain') || has(f, 'periodTimedPain') && has(f, 'recursWithPeriods')) && !f.pregnant && !has(f, 'unlikeUsual');
/**
 * Hives with swollen lips and nothing of the airway, breathing or circulation: no food, sting or
 * medicine just before, breathing told as normal or its trouble denied, nothing told of the throat,
 * tongue or swallowing, no faintness or vomiting. Skin and lips alone are not anaphylaxis (WAO 2020:
 * the airway, breathing or circulation is involved); they need a doctor, not an ambulance.
 */
const lipsAndSkinOnly = (f: ClinicalFacts): boolean =>
  has(f, 'hives') && has(f, 'lipSwelling') && airwaySpared(f) && !has(f, 'allergenTrigger', 'medicineTrigger') && f.allergyClassTaken === undefined;
/**
 * Breathing told as normal or its trouble denied, and nothing told of the throat, tongue, swallowing,
 * voice, colour, faintness or vomiting: an allergic reaction that has not reached the airway, breathing
 * or circulation.
 */
export const airwaySpared = (f: ClinicalFacts): boolean =>
  (has(f, 'breathingNormal') || denied(f, 'breathless', 'severeBreathing')) &&
  !has(f, 'throatOrTongue', 'throatSymptom', 'cannotSwallow', 'painfulSwallow', 'breathless', 'severeBreathing', 'wheeze', 'stridor', 'voiceChange', 'hoarseVoice', 'drooling', 'chestTightness', 'cyanosis', 'faint', 'syncope', 'vomiting', 'shockSigns', 'hypotensive', 'confusion', 'unresponsive', 'floppy');
/**
 * Cramps with vomiting and diarrhoea told with their food source or company (others who ate the same
 * meal are ill, hours after a meal named, "food poisoning"), in an adult under 65 with nothing of a
 * surgical belly, a bleed, shock or pregnancy: gastroenteritis, however severe the cramps.
 */
const foodborneGastroenteritis = (f: ClinicalFacts): boolean =>
  has(f, 'diarrhoea') &&
  has(f, 'foodborneCluster') &&
  !has(f, 'peritonism', 'peritonealSigns', 'rightIliacFossa', 'rightLower', 'painProgressing', 'throughToBack', 'distension', 'painOutOfProportion', 'noBowelOutput', 'biliousVomit', 'giBleed', 'bloodInStool', 'tarryStool', 'vomitBlood', 'shockSigns', 'faint', 'syncope', 'palpitations', 'tachycardic', 'confusion', 'unresponsive', 'hypotensive', 'jaundice', 'pregnant') &&
  !f.pregnant &&
  !heartFasterThan(f, 100) &&
  isAdult(f) &&
  !agedAtLeast(f, 65) &&
  maxTemp(f) < 39;
/** Blood loss is significant when it comes with faintness, shock signs, a racing heart or low pressure. */
const bloodLossSigns = (f: ClinicalFacts): boolean =>
  // Too weak to stand, after blood lost, is the circulation failing, not tiredness.
  has(f, 'faint', 'syncope', 'shockSigns', 'unresponsive', 'confusion', 'prostrated') ||
  heartFasterThan(f, 100) ||
  min(systolic(f)) < 100;

/** Where heavy bleeding comes from when it is not the period, though a period is named beside it. */
const OTHER_BLEEDING_SOURCES = ['vomitBlood', 'giBleed', 'bloodInStool', 'tarryStool', 'largeHaemoptysis', 'penetratingInjury', 'gapingWound', 'amputation', 'limbInjured', 'headInjury', 'openFracture', 'highEnergyInjury', 'hadFall'] as const satisfies readonly Concept[];
/**
 * Heavy bleeding that is a heavy period (told so, or heavy bleeding told beside the person's period and
 * no other source of blood), outside pregnancy, without signs of blood loss and not soaking a
 * pad an hour: a GP matter (NICE NG88), not an emergency. A heavy period with faintness still alerts.
 */
const heavyPeriodOnly = (f: ClinicalFacts): boolean =>
  (has(f, 'menstrualHeavy') || (has(f, 'periodMention') && !has(f, 'postpartum', 'bleedingElsewhere', ...OTHER_BLEEDING_SOURCES))) &&
  !f.pregnant &&
  !has(f, 'wontStop') &&
  !bloodLossSigns(f);

/** Four hours, in days: where an erection's hours become an emergency (ischaemic priapism). */
const PRIAPISM_DAYS = 4 / 24;
const PRIAPISM_MAX_DAYS = 2;
/** Half an hour, in days: a nosebleed pressure has not stopped by then needs a clinician. */
const NOSEBLEED_DAYS = 0.5 / 24;

export const RED_FLAG_RULES: readonly RedFlagRule[] = [
  {
    id: 'cardiac_chest_pain',
    severity: 'critical',
    reason: 'Chest pain with features of a heart attack or other serious heart problem',
    test: (f) =>
      has(f, 'chestPain') &&
      // Pain reproduced by pressing on the chest wall, with nothing else pointing at the heart, reassures.
      !chestWallOnly(f) &&
      !coughStrainedChest(f) &&
      !stableExertionalPattern(f) &&
      // Severe chest pain, or chest pain going on for minutes to hours now, needs an ambulance at any adult age.
      (has(f, 'cardiacFeature', 'breathless', 'severeBreathing', 'faint', 'syncope', 'suddenOnset', 'severeWord', 'ongoingAcute', 'shockSigns') ||
        heartFasterThan(f, 120)),
  },
  {
    id: 'stroke_fast',
    severity: 'critical',
    reason: 'Possible stroke signs (face, arm or speech)',
    test: (f) =>
      has(f, 'strokeWord') ||
      // A face told as always having looked so is the person's own face, unless something new comes with it.
      (has(f, 'faceDroop') && !(has(f, 'faceLifelong') && !has(f, 'suddenOnset', 'startedToday', 'recent', 'newOnset', 'ongoingAcute', 'limbWeakness', 'limbNotMoving', 'speechProblem', 'confusion'))) ||
      // New trouble speaking, started suddenly or at a time today, is a stroke until shown otherwise (FAST's S);
      // a lost or hoarse voice, or a mouth numb from the dentist, is not speech.
      (has(f, 'speechProblem') && has(f, 'limbWeakness', 'confusion')) ||
      (has(f, 'speechProblem', 'layAphasia') && has(f, 'suddenOnset', 'ongoingAcute', 'startedToday') && !has(f, 'voiceOnly')) ||
      (has(f, 'limbWeakness', 'limbNotMoving') && has(f, 'suddenOnset')) ||
      // Half the body weak, heavy or numb, told as now: a stroke's pattern whatever the onset (not months or more).
      (has(f, 'hemibodySign') && (f.durationDays === undefined || f.durationDays < 30)) ||
      // A limb gone weak since a time today ("since this morning", "since I woke up", "for an hour") with no
      // pain, injury, exertion or a night lain on it to explain it: stroke weakness is painless and is
      // often found on waking.
      // Numbness alone is not read so (a hand numb on waking is most often one slept on).
      (has(f, 'limbMotorLoss', 'limbNotMoving') &&
        has(f, 'startedToday', 'ongoingAcute') &&
        !has(f, 'limbExplained', 'hadFall', 'highEnergyInjury', 'penetratingInjury', 'exertion', 'duringExertion', 'vehicleCollision')),
  },
  {
    id: 'severe_breathing',
    severity: 'critical',
    reason: 'Severe difficulty breathing',
    // Out of breath after a sprint and fine again within a minute or two is how exercise feels, not a failing
    // airway; blue lips, a collapse or chest pain keep it an emergency.
    test: (f) =>
      has(f, 'cyanosis') ||
      (has(f, 'severeBreathing') && !(has(f, 'exertion', 'duringExertion') && has(f, 'seizureRecovered', 'resolved') && !has(f, 'syncope', 'unresponsive', 'chestPain', 'confusion', 'wheezeRefractory', 'stridor', 'allergenTrigger'))),
  },
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
      // Lips swollen and cracked from the wind, or with a cold sore, with nothing else allergic: not anaphylaxis.
      (has(f, 'airwaySwelling') && !(has(f, 'chappedLips') && !has(f, 'throatOrTongue', 'allergenTrigger', 'allergenExposure', 'hives', 'breathless', 'severeBreathing')) && !lipsAndSkinOnly(f)) ||
      (has(f, 'allergenExposure') && has(f, 'hives', 'faceSwelling') && has(f, 'breathless', 'wheeze', 'faint', 'vomiting')) ||
      // Hives after a food or sting with a hoarse voice or a cough: the larynx and airways are reacting too.
      (has(f, 'allergenTrigger', 'allergenExposure') && has(f, 'hives', 'faceSwelling') && has(f, 'hoarseVoice', 'cough')) ||
      // Swollen lips or face with a voice gone hoarse is swelling reaching the larynx, whatever set it off;
      // with a child gone floppy the circulation is failing too.
      (has(f, 'faceSwelling') && (has(f, 'hoarseVoice') || (isChild(f) && has(f, 'floppy')))) ||
      // A food or sting, then a throat that feels odd or tight: the airway swelling starts so.
      // A voice gone hoarse after it is the larynx swelling.
      (has(f, 'allergenTrigger') && has(f, 'throatSymptom', 'hoarseVoice')) ||
      // A sting or food in the throat itself, then trouble swallowing or speaking: the swelling is in the airway.
      (has(f, 'allergenTrigger') && has(f, 'throatOrTongue') && has(f, 'cannotSwallow', 'drooling', 'voiceChange')) ||
      // A specific trigger (food, sting) followed by breathing trouble or collapse is anaphylaxis until proven otherwise.
      // A chest gone tight after the allergen is the airways narrowing.
      (has(f, 'allergenTrigger') && has(f, 'breathless', 'wheeze', 'noisyBreathing', 'chestTightness', 'severeBreathing', 'cyanosis', 'faint', 'syncope', 'unresponsive')) ||
      // Skin signs with tummy pain or vomiting after a food or sting eaten: two body systems, the anaphylaxis criteria (WAO 2020).
      ((has(f, 'allergenTrigger') || (has(f, 'allergenExposure') && has(f, 'swallowed'))) && has(f, 'hives', 'faceSwelling') && has(f, 'vomiting', 'abdominalPain')) ||
      // The known allergen eaten, then gone floppy, grey and clammy: the circulation failing is anaphylaxis
      // without any skin sign (WAO 2020, criterion 2).
      ((has(f, 'allergenTrigger') || (has(f, 'allergenExposure') && has(f, 'swallowed'))) && has(f, 'floppy', 'shockSigns', 'hypotensive')),
  },
  {
    id: 'decompression_illness',
    severity: 'critical',
    reason: 'Joint pain, tingling, weakness, a rash, breathlessness or confusion after a dive (possible decompression illness)',
    // Bubbles from a dive surface in joints, nerves, skin and lungs within hours; oxygen and a recompression
    // chamber are the treatment, so any such sign after a dive is an emergency (DAN, NHS).
    test: (f) =>
      has(f, 'scubaDive') &&
      has(f, 'jointPain', 'swollenJoint', 'hotSwollenJoint', 'lostFeeling', 'limbWeakness', 'limbMotorLoss', 'hives', 'mottled', 'inflamedSkin', 'breathless', 'severeBreathing', 'chestPain', 'confusion', 'unresponsive', 'vertigo', 'unsteady', 'ataxia', 'visualDisturbance', 'speechProblem', 'syncope', 'unusualFatigue'),
  },
  {
    id: 'found_on_floor',
    severity: 'critical',
    reason: 'An older person found on the floor, or someone on the floor who does not answer (a collapse or a long lie)',
    // Hours on the floor break down muscle and chill the body; a person who does not answer may be unconscious.
    test: (f) => has(f, 'onTheFloor') && (isOlder(f) || has(f, 'notTalking', 'unresponsive', 'confusion', 'cannotBearWeight')),
  },
  {
    id: 'post_procedure_sepsis',
    severity: 'urgent',
    reason: 'A fever with shivers or a racing heart soon after an operation or procedure (possible sepsis)',
    // NICE NG51: an invasive procedure in the last six weeks, rigors and a raised heart rate are each a
    // moderate-to-high risk criterion, and two of them ask for urgent assessment: here the procedure and
    // either of the others, with a fever. A tooth out, a coil, a catheter or a biopsy lets bacteria into
    // the blood as an operation does. The procedure is often told as past ("had it out on Monday").
    test: (f) =>
      hasNowOrLately(f, 'recentInvasiveProcedure') &&
      // "Chills but no fever" keeps its denial even where the clause is read as a whole.
      (maxTemp(f) >= 38 || (has(f, 'fever', 'feelsHot') && !f.denied.has('fever'))) &&
      (has(f, 'shivery', 'extremeShivering', 'bodyShaking', 'palpitations', 'tachycardic', 'fastHeart') || heartFasterThan(f, 90)),
  },
  {
    id: 'post_operative_abdomen',
    severity: 'urgent',
    reason: 'Tummy pain getting worse, a swollen or hard belly, or being sick with a fever, days after an operation (a leak or infection inside needs the surgeons today)',
    // After bowel or abdominal surgery a leak shows as pain that worsens instead of settling, a rigid or
    // swelling belly, vomiting and a fever: the surgical team or an emergency department the same day.
    test: (f) =>
      (hasNowOrLately(f, 'recentInvasiveProcedure') || hasNowOrLately(f, 'afterOperation')) &&
      has(f, 'abdominalPain') &&
      has(f, 'painProgressing', 'distension', 'peritonism', 'peritonealSigns', 'severePain') &&
      (febrile(f) || has(f, 'vomiting', 'shivery', 'extremeShivering', 'fastHeart', 'tachycardic')),
  },
  {
    id: 'post_operative_infection',
    severity: 'urgent',
    reason: 'A red, oozing or pus-filled wound after an operation with a fever (a wound infection that can spread to the blood)',
    // The surgical team or an emergency department the same day: infection after surgery turns to sepsis fast.
    // The operation is often told as past ("after the operation a week ago"), the wound as now.
    test: (f) => hasNowOrLately(f, 'afterOperation') && has(f, 'woundNamed') && has(f, 'infection') && febrile(f),
  },
  {
    id: 'adrenaline_given',
    severity: 'critical',
    reason: 'An adrenaline auto-injector was used: an ambulance is needed even if it helped (the reaction can come back)',
    // Resuscitation Council UK and NHS: after an auto-injector, always call the emergency number; a second
    // phase can follow as the dose wears off within 10 to 20 minutes.
    test: (f) => has(f, 'adrenalineGiven'),
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
      has(f, 'vomitBlood', 'hourlySoaking') ||
      (has(f, 'heavyBleeding') && !heavyPeriodOnly(f)) ||
      // A heavy period told without a bleeding word ("my period is very heavy") with faintness is blood loss.
      (has(f, 'menstrualHeavy') && bloodLossSigns(f)) ||
      (has(f, 'bleedingAny') && has(f, 'wontStop')) ||
      // On a blood thinner, bleeding that has gone on for a while will not settle by itself (unless it has).
      (f.anticoagulated && has(f, 'bleedingAny') && has(f, 'ongoingAcute') && !has(f, 'bleedingStopped')),
  },
  {
    id: 'gi_bleeding',
    severity: 'critical',
    reason: 'Signs of bleeding from the stomach or bowel with faintness, a racing heart or on a blood thinner',
    test: (f) => has(f, 'giBleed') && (bloodLossSigns(f) || f.anticoagulated || has(f, 'heavyBleeding')),
  },
  {
    id: 'melaena',
    severity: 'urgent',
    reason: 'Black, sticky stools like tar (bleeding from the stomach or upper gut)',
    // Tar-like stools are digested blood: an upper-gut bleed, even before faintness shows.
    test: (f) => has(f, 'giBleed') && has(f, 'tarryStool'),
  },
  {
    id: 'unresponsive',
    severity: 'critical',
    reason: 'Unresponsive, collapsed or very hard to wake',
    // Not having come round is told negatively: it counts after a faint, a fit, a blow or something taken, not of a lie-in.
    test: (f) => has(f, 'unresponsive', 'personNotMoving') || (has(f, 'notComeRound') && has(f, 'syncope', 'seizure', 'headInjury', 'hadFall', 'overdose', 'pillIngestion', 'recreationalDrug')),
  },
  {
    id: 'seizure',
    severity: 'critical',
    reason: 'A seizure happening now or just happened',
    // A convulsion told by what was seen: the whole body shaking in someone who fell or does not respond.
    test: (f) => has(f, 'seizure') || (has(f, 'bodyShaking') && has(f, 'syncope', 'unresponsive', 'hadFall', 'foamingMouth')),
  },
  {
    id: 'meningitis',
    severity: 'critical',
    reason: 'Possible meningitis (fever with stiff neck, light sensitivity or a rash that does not fade)',
    test: (f) =>
      // Purple marks told as coming and going for a week or more, in an adult with no fever and no new
      // drowsiness or confusion, are not meningococcal disease, which makes a person ill within hours
      // (an older person's bruising of thin skin, senile purpura; its doctor is a see-a-doctor matter).
      (has(f, 'nonBlanchingRash', 'rashStays') && !(isAdult(f) && (f.durationDays ?? 0) >= 7 && !febrile(f) && !has(f, 'confusion', 'unresponsive', 'reducedActivity', 'shockSigns'))) ||
      (has(f, 'pinprickSpots') && febrile(f)) ||
      (has(f, 'stiffNeck') && (febrile(f) || has(f, 'photophobia'))) ||
      // A bulging soft spot alone can be crying; with a fever or drowsiness it is raised pressure in the head (NICE NG143 red feature).
      (has(f, 'bulgingFontanelle') && (febrileChild(f) || has(f, 'floppy', 'confusion', 'unresponsive', 'reducedActivity', 'vomiting', 'seizure'))) ||
      (febrile(f) && has(f, 'photophobia') && has(f, 'headache', 'vomiting')),
  },
  {
    id: 'sepsis',
    severity: 'critical',
    reason: 'Possible sepsis (infection with confusion, low blood pressure or a racing heart)',
    test: (f) =>
      febrile(f) &&
      (has(f, 'confusion') || min(systolic(f)) < 90 || heartFasterThan(f, 130) || has(f, 'breathless')) &&
      (has(f, 'confusion') || min(systolic(f)) < 100 || heartFasterThan(f, 120)),
  },
  {
    id: 'suicidal_intent',
    severity: 'critical',
    crisis: true,
    reason: 'Thoughts of suicide or self-harm',
    // Two indirect signs together count as intent: despair, a "can't go on", "better off without me", a farewell act.
    // A car running in a closed garage is the attempt itself, whatever was said.
    test: (f) =>
      has(f, 'suicidal', 'wishNotToWake', 'noReasonToLive', 'exhaustFumesAttempt') ||
      // The French or Spanish despair read in a negated clause is the same sign as despairPhrase, counted once.
      (['despairPhrase', 'despair', 'burden', 'farewellActs'] as const).filter((c) => has(f, c)).length + (has(f, 'despairNegated') && !has(f, 'despairPhrase') ? 1 : 0) >= 2 ||
      // A farewell act by someone told depressed is the same warning.
      (has(f, 'farewellActs') && has(f, 'lowMoodWord')) ||
      // The means made ready, with a goodbye or despair, is a plan.
      (has(f, 'meansReady') && has(f, 'farewellActs', 'despair', 'despairPhrase', 'burden')) ||
      // "Going to end it", "do something stupid", by someone low, in despair, with a plan or the means at hand.
      (has(f, 'veiledIntent', 'notBeingHere') && has(f, 'lowMoodWord', 'despair', 'despairPhrase', 'burden', 'farewellActs', 'meansReady', 'suicidePlanning')) ||
      (has(f, 'suicidePlanning') && has(f, 'despair', 'despairPhrase', 'burden', 'farewellActs', 'meansReady')),
  },
  {
    id: 'overdose_poisoning',
    severity: 'critical',
    reason: 'Possible overdose or poisoning',
    // A child who swallowed someone's medicine may have taken a dangerous dose, whatever the count.
    // A plant a child ate is a poisonous one until it is known not to be; a son, daughter or "the kids" of
    // an age not told count as children for it, as for green vomit.
    test: (f) =>
      has(f, 'overdose', 'poisonIngestion') ||
      // A count swallowed with the medicine named in another clause ("how much paracetamol is dangerous? she took about 30").
      (has(f, 'bareCountTaken') && has(f, 'namedMedicine')) ||
      // A household chemical named and, in a clause of its own, bitten or swallowed ("found a dishwasher tablet and bit into it").
      (has(f, 'householdProduct') && has(f, 'mouthedIt')) ||
      // A child who drank or swallowed something, with a household product named in the story ("drink something
      // from the bottle under the sink, I think the drain cleaner"): the product told apart from the verb.
      (has(f, 'householdProduct') && has(f, 'drankSomething') && probablyChild(f)) ||
      (has(f, 'pillIngestion') && isChild(f)) ||
      (has(f, 'plantIngestion') && probablyChild(f)) ||
      // Froth at the mouth after something drunk or swallowed, whatever its name ("drank Sniper", a pesticide).
      (has(f, 'foamingMouth') && has(f, 'ingestedSomething')) ||
      // A child found with a poison open or on them, now showing a sign of it: nobody saw it swallowed.
      (has(f, 'householdProduct') && has(f, 'productAccess') && probablyChild(f) && has(f, 'confusion', 'unresponsive', 'seizure', 'unsteady', 'vomiting', 'drooling', 'severeBreathing', 'syncope')) ||
      // A child who got at medicines, now drowsy, unsteady or fitting: a dose nobody saw.
      (has(f, 'medicineAccess') && probablyChild(f) && has(f, 'confusion', 'unresponsive', 'seizure', 'unsteady', 'syncope', 'slowBreathing', 'floppy')) ||
      // A child who got at an adult's medicines, one of them named ("got into nan's dosette box ... her amlodipine"):
      // a single tablet of some (blood pressure tablets, antidepressants, opioids) can poison a toddler before any sign.
      (has(f, 'medicineAccess') && probablyChild(f) && has(f, 'namedMedicine')) ||
      // One of them chewed or sucked ("found him with grandad's tablets, one chewed"): some went in.
      (has(f, 'medicineAccess') && probablyChild(f) && has(f, 'mouthedIt')) ||
      // A child who drank or chewed something not told as food, now floppy or grey and clammy: a poison is
      // acting whatever it was (a vape's liquid, a pod, a berry).
      (has(f, 'drankSomething', 'mouthedIt') && probablyChild(f) && has(f, 'floppy', 'unresponsive', 'seizure', 'shockSigns')) ||
      // A pack of someone's medicine found empty with a note left, or with them now drowsy: an overdose until shown otherwise.
      (has(f, 'emptyMedicinePacks') && has(f, 'noteLeft', 'farewellActs', 'confusion', 'unresponsive', 'floppy')),
  },
  {
    id: 'drug_toxicity',
    severity: 'critical',
    reason: 'Confused, drowsy, fitting, overheated or a racing heart after taking drugs or pills (possible poisoning)',
    // Any amount can poison: what matters is that the body is already showing it.
    // Empty medicine packets found by someone drowsy or collapsed tell the pills were taken.
    test: (f) =>
      // A child gone floppy after pills is as drowsy as a child gets.
      (has(f, 'recreationalDrug', 'pillIngestion', 'emptyMedicinePacks', 'sedativeWithAlcohol') && has(f, 'confusion', 'unresponsive', 'seizure', 'syncope', 'chestPain', 'severeBreathing', 'slowBreathing', 'floppy')) ||
      // A double or extra dose of a medicine, then confusion, collapse or a racing heart: the dose is toxic for this person.
      (has(f, 'extraDose') && has(f, 'confusion', 'unresponsive', 'seizure', 'syncope', 'chestPain', 'severeBreathing', 'slowBreathing', 'palpitations')) ||
      // Overheating after a party drug (MDMA, stimulants): a medicine taken for a fever is not this.
      (has(f, 'recreationalDrug') && (has(f, 'overheated') || febrile(f))) ||
      // A racing heart with sweating after a stimulant or a fat burner (cocaine, DNP): the toxidrome, not nerves.
      (has(f, 'recreationalDrug') && (heartFasterThan(f, 120) || has(f, 'palpitations', 'fastHeart')) && has(f, 'autonomic', 'overheated')),
  },
  {
    id: 'opioid_toxicity',
    severity: 'critical',
    reason: 'Slow or shallow breathing, or tiny pupils with drowsiness, on an opioid (possible overdose)',
    // The opioid triad (slow breathing, pinpoint pupils, a lowered consciousness): two of it, or slow
    // breathing on an opioid, is an overdose until naloxone says otherwise.
    test: (f) =>
      (has(f, 'pinpointPupils') && has(f, 'slowBreathing', 'unresponsive', 'floppy', 'confusion')) ||
      (has(f, 'opioidMedicine') && has(f, 'slowBreathing')),
  },
  {
    id: 'intussusception',
    severity: 'critical',
    reason: 'A baby or small child with blood or red jelly in the nappy, with colic, drawn-up legs or vomiting (possible intussusception)',
    // The bowel telescoping into itself: colic with the legs drawn up, then redcurrant-jelly stools.
    test: (f) => has(f, 'bloodyNappy') && has(f, 'legsDrawnUp', 'vomiting', 'floppy', 'abdominalPain'),
  },
  {
    id: 'limb_deformity',
    severity: 'urgent',
    reason: 'A limb bent out of its shape after an injury (a broken bone that needs setting, and the blood supply checked)',
    // After a fall, a crash or a blow: a joint that bends far (hypermobility) or bowed legs are not an injury.
    // A limb out of shape with a cold, pale or numb hand or foot has its blood supply pinched, whatever the injury told.
    // A jump that landed badly is a fall's mechanism told otherwise ("jumped off a wall").
    test: (f) => has(f, 'limbDeformity') && has(f, 'hadFall', 'jumpLanding', 'vehicleCollision', 'highEnergyInjury', 'limbInjured', 'headInjury', 'coldLimb', 'digitsDiscoloured', 'lostFeeling'),
  },
  {
    id: 'spinal_cord_compression',
    severity: 'critical',
    reason: 'Cancer in the spine with weak legs, numbness or trouble walking or peeing (possible spinal cord compression)',
    // NICE NG234: metastatic spinal cord compression is treated the same day; walking is what is saved.
    test: (f) => has(f, 'spinalCancer') && has(f, 'bothLegsWeak', 'limbMotorLoss', 'limbWeakness', 'cannotBearWeight', 'lostFeeling', 'urinaryRetention'),
  },
  {
    id: 'hyperglycaemic_crisis',
    severity: 'critical',
    reason: 'A glucose meter reading off its scale with drowsiness, confusion, fast breathing or vomiting (possible ketoacidosis or hyperosmolar state)',
    test: (f) => has(f, 'glucoseOffScale') && has(f, 'confusion', 'unresponsive', 'fastBreathing', 'vomiting', 'floppy'),
  },
  {
    id: 'heart_failure_fluid',
    severity: 'urgent',
    reason: 'Breathless, and more so lying flat (possible fluid on the lungs from a failing heart: same-day help)',
    // Breathlessness that lying flat makes worse is decompensated heart failure until shown otherwise; a
    // reflux or a back that keeps someone upright is not breathlessness. Breathless at rest has its own rule.
    test: (f) => has(f, 'orthopnoea') && has(f, 'breathless', 'severeBreathing'),
  },
  {
    id: 'older_off_legs',
    severity: 'urgent',
    reason: 'An older person who suddenly cannot stand or walk (infection, stroke, a broken hip or dehydration until shown otherwise)',
    // "Off legs" in an older adult is a presentation of acute illness, not a diagnosis (BGS, "silver book").
    test: (f) => has(f, 'offLegs') && isOlder(f) && has(f, 'suddenOnset', 'suddenWord', 'recent', 'startedToday', 'newOnset'),
  },
  {
    id: 'syncope_heart_disease',
    severity: 'urgent',
    reason: 'A faint or blackout in someone with a heart condition, a valve problem or a pacemaker',
    // A faint in a diseased heart is a rhythm, a valve or a device failing until shown otherwise (NICE CG109).
    test: (f) => has(f, 'syncope') && has(f, 'heartDisease'),
  },
  {
    id: 'indigestion_with_shock',
    severity: 'critical',
    reason: 'Indigestion-like pain in the upper tummy with a grey colour or a cold sweat (possible heart attack)',
    // A heart attack felt as "indigestion" is told by the body's alarm: grey, cold and sweating (NHS: heart attack symptoms).
    // Past 40 (or with diabetes) sweating or a grey colour with sickness is the same alarm told in separate clauses.
    test: (f) =>
      !febrile(f) &&
      // Indigestion by its name counts only with the shock signs: sickness and a sweat come with a big meal.
      ((has(f, 'upperAbdominalPain', 'indigestion') && isAdult(f) && has(f, 'shockSigns')) ||
        (has(f, 'upperAbdominalPain') && (agedAtLeast(f, 40) || f.diabetic) && has(f, 'autonomic') && has(f, 'nausea', 'vomiting')) ||
        // "Indigestion" past 40 that brings a sweat and breathlessness: the heart's alarm, not a meal's.
        (has(f, 'indigestion', 'upperAbdominalPain') && (agedAtLeast(f, 40) || f.diabetic) && has(f, 'autonomic') && has(f, 'breathless', 'faint', 'syncope'))),
  },
  {
    id: 'palpitations_older_sweating',
    severity: 'urgent',
    reason: 'A racing or irregular heart with sweating or a grey colour in an older person',
    // Fast atrial fibrillation or a heart attack may show only so past 65; anxiety is not the first thought there.
    // Sweats with the racing heart of effort or heat are the effort's; with exhaustion, faintness or sickness they are not.
    test: (f) =>
      has(f, 'palpitations') &&
      isOlder(f) &&
      !has(f, 'exertion') &&
      (has(f, 'shockSigns') || (has(f, 'autonomic') && has(f, 'unusualFatigue', 'faint', 'aboutToFaint', 'breathless', 'nausea', 'confusion'))),
  },
  {
    id: 'postpartum_psychosis',
    severity: 'critical',
    crisis: true,
    reason: 'Strange beliefs about the baby, hearing or seeing things, or mania after giving birth (possible postpartum psychosis)',
    // Postpartum psychosis can turn within hours; it is a psychiatric emergency (NHS, RCPsych).
    test: (f) => has(f, 'postpartum') && has(f, 'babyDelusion', 'babyDisowned', 'hallucinating', 'maniaSigns', 'persecuted'),
  },
  {
    id: 'pregnancy_abdominal_trauma',
    severity: 'urgent',
    reason: 'A blow or fall onto the bump, or a crash, in pregnancy (the placenta can come away: check today)',
    // After abdominal trauma in pregnancy, abruption may show hours later (RCOG): maternity assessment the
    // same day. A crash in the second half of pregnancy with any pain or bleeding after it, wherever told.
    test: (f) =>
      f.pregnant &&
      (has(f, 'bumpTrauma') ||
        (has(f, 'hadFall', 'vehicleCollision') && has(f, 'abdominalPain')) ||
        (has(f, 'vehicleCollision') && has(f, 'laterPregnancy') && has(f, 'painWord', 'vaginalBleeding', 'contractions'))),
  },
  {
    id: 'pregnancy_itch',
    severity: 'urgent',
    reason: 'Itching of the hands and feet in pregnancy (possible obstetric cholestasis: contact the maternity unit today)',
    test: (f) => f.pregnant && has(f, 'palmSoleItch'),
  },
  {
    id: 'pregnancy_fluids_not_kept',
    severity: 'urgent',
    reason: 'Being sick in pregnancy so that no fluids stay down (severe sickness can dehydrate within a day)',
    // NHS: hyperemesis gravidarum, get help the same day if you cannot keep fluids down for 24 hours.
    test: (f) => f.pregnant && has(f, 'cantKeepDown'),
  },
  {
    id: 'jaw_injury',
    severity: 'urgent',
    reason: 'A jaw out of line or a mouth that will not close after a blow (a broken or dislocated jaw)',
    test: (f) => has(f, 'jawDeformity'),
  },
  {
    id: 'crush_injury',
    severity: 'urgent',
    reason: 'A limb crushed, run over or caught in a machine',
    // Crushed muscle swells inside its compartment and releases toxins; both need hospital care the same hour.
    test: (f) => has(f, 'crushInjury'),
  },
  {
    id: 'mental_health_danger',
    severity: 'critical',
    crisis: true,
    reason: 'Voices telling someone to harm themselves or others, or mania or psychosis with danger to life (urgent mental health help now)',
    // Command hallucinations to harm and a manic state that walks into traffic are risks to life today (NICE CG136, CG185).
    // A person who believes others mean them harm and carries a weapon is a danger to others today.
    test: (f) => has(f, 'commandVoices') || (has(f, 'dangerToLife') && has(f, 'maniaSigns', 'hallucinating', 'persecuted', 'confusion')) || (has(f, 'persecuted') && has(f, 'armed')),
  },
  {
    id: 'psychosis_with_danger',
    severity: 'urgent',
    crisis: true,
    reason: 'Hearing or seeing things with the belief that people mean harm (possible psychosis: urgent help today)',
    test: (f) => has(f, 'hallucinating') && has(f, 'persecuted'),
  },
  {
    id: 'eye_pierced',
    severity: 'urgent',
    reason: 'Something sharp stuck in the eye (leave it in place and go to A&E)',
    test: (f) => has(f, 'objectInEye'),
  },
  {
    id: 'chemical_skin_burn',
    severity: 'urgent',
    reason: 'A chemical burn of the skin (wash it with running water for 20 minutes on the way: every chemical burn is for A&E)',
    test: (f) => has(f, 'chemicalOnSkin') && has(f, 'painWord', 'painQuality', 'skinStinging', 'burnDepthSigns', 'inflamedSkin', 'blisterSores', 'severePain'),
  },
  {
    id: 'eczema_herpeticum',
    severity: 'urgent',
    reason: 'Eczema suddenly worse with blisters or punched-out sores and a fever (possible eczema herpeticum, which needs antiviral treatment today)',
    test: (f) => has(f, 'eczemaWord') && has(f, 'blisterSores') && (febrile(f) || has(f, 'veryUnwell', 'spreadingFast')),
  },
  {
    id: 'erythroderma',
    severity: 'urgent',
    reason: 'Red skin over the whole body that is peeling or flaking (the skin can no longer hold in heat and fluid)',
    test: (f) => has(f, 'wholeSkinRed') && has(f, 'skinPeeling'),
  },
  {
    id: 'shingles_eye',
    severity: 'urgent',
    reason: 'Shingles by the eye with a red or painful eye or blurred sight (the eye itself may be infected: same-day eye care)',
    test: (f) => has(f, 'shinglesNearEye') && has(f, 'redPainfulEye', 'visualDisturbance', 'visionLoss', 'photophobia'),
  },
  {
    id: 'ovarian_torsion',
    severity: 'urgent',
    reason: 'Sudden severe pain at an ovary with vomiting (an ovary may have twisted)',
    test: (f) => has(f, 'ovaryPain') && has(f, 'suddenOnset') && has(f, 'severePain', 'severeWord') && has(f, 'vomiting', 'nausea'),
  },
  {
    id: 'post_procedure_swelling',
    severity: 'urgent',
    reason: 'Swelling that keeps growing after an operation or procedure (bleeding under the skin)',
    test: (f) => has(f, 'recentProcedure') && has(f, 'swellingGrowing'),
  },
  {
    id: 'rigidity_with_fever',
    severity: 'urgent',
    reason: 'Stiff, rigid muscles with a high temperature and confusion (a reaction to a medicine, or a medicine stopped)',
    test: (f) => has(f, 'muscleRigidity') && (febrile(f) || has(f, 'overheated')) && has(f, 'confusion'),
  },
  {
    id: 'fall_head_symptoms',
    severity: 'urgent',
    reason: 'A fall followed by a headache and vomiting again and again (a head injury until shown otherwise)',
    test: (f) => has(f, 'hadFall', 'highEnergyInjury', 'vehicleCollision') && has(f, 'headache') && has(f, 'vomitedRepeatedly'),
  },
  {
    id: 'deep_puncture',
    severity: 'urgent',
    reason: 'Something went right through a hand or foot (a deep puncture needs cleaning, a tetanus check and a look for damage inside)',
    // A nail through a shoe carries the shoe's germs to the bone; A&E, not a plaster (NHS: puncture wounds).
    test: (f) => has(f, 'punctureThrough'),
  },
  {
    id: 'hand_wound_function',
    severity: 'urgent',
    reason: 'A cut after which a finger or thumb will not bend or straighten (a cut tendon or nerve needs a hand surgeon)',
    test: (f) => has(f, 'woundNamed', 'gapingWound') && has(f, 'digitWontMove'),
  },
  {
    id: 'amputation_or_crush',
    severity: 'critical',
    reason: 'A part cut or torn off, or caught in machinery (bleeding, and a part that may be saved)',
    test: (f) => has(f, 'amputation'),
  },
  {
    id: 'chemical_eye',
    severity: 'urgent',
    reason: 'A chemical in the eye (rinse with running water for at least 20 minutes on the way to emergency care)',
    // Alkalis such as oven cleaner and cement keep burning the eye until washed out.
    test: (f) => has(f, 'chemicalEye'),
  },
  {
    id: 'eye_hit_at_speed',
    severity: 'urgent',
    reason: 'Something hit or went into the eye at speed, or the eye is bleeding (it may have gone through the eye)',
    // NHS (eye injuries): go to A&E if something hit the eye at high speed (hammering, drilling, grinding) or the
    // eye bleeds; a speck of dust that blinks out is first aid.
    test: (f) => has(f, 'eyeHit') && has(f, 'highSpeedDebris', 'bleedingAny'),
  },
  {
    id: 'eye_blow_vision',
    severity: 'urgent',
    reason: 'A blow to the eye with double vision or a change in sight (possible broken eye socket or damage inside the eye)',
    // NHS (eye injuries): go to A&E after an injury to the eye with any change in vision; double vision after a
    // punch is the eye socket's floor broken until an X-ray or scan says not.
    test: (f) => has(f, 'eyeHit') && has(f, 'doubleVision', 'visionLoss', 'visualDisturbance'),
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
    // The six Ps: a cold, pale or mottled limb with pain, lost feeling or lost movement.
    test: (f) => has(f, 'coldLimb') && has(f, 'painWord', 'lostFeeling', 'limbWeakness', 'cantMoveIt'),
  },
  {
    id: 'injured_limb_circulation',
    severity: 'urgent',
    reason: 'Fingers or toes gone white, blue or cold after an injury to the limb (its blood supply may be pinched)',
    // After a fall onto the hand a broken wrist or elbow can press on the artery; white fingers in the cold are the cold's.
    test: (f) =>
      has(f, 'hadFall', 'jumpLanding', 'vehicleCollision', 'highEnergyInjury', 'limbInjured') &&
      has(f, 'digitsDiscoloured', 'coldLimb') &&
      has(f, 'swollenJoint', 'limbDeformity', 'painWord', 'lostFeeling', 'nerveSkinSigns') &&
      !has(f, 'coldExposure', 'coldSkinExposure'),
  },
  {
    id: 'compartment_syndrome',
    severity: 'urgent',
    reason: 'A broken or crushed limb, or one in a cast, that has gone tense, with pain, numbness or tingling (pressure building inside the limb)',
    // Pressure inside a limb's compartment kills its muscle within hours; the signs are the limb's
    // tension and its nerves (BOA standard): none of them names the condition.
    test: (f) => has(f, 'limbInjured') && has(f, 'tenseLimb') && has(f, 'lostFeeling', 'painWord', 'painOutOfProportion'),
  },
  {
    id: 'cast_too_tight',
    severity: 'urgent',
    reason: 'Numb, blue or white toes or fingers, toes that will not move, or severe pain in a limb in a cast (it may be too tight)',
    // What the cast clinic tells everyone on the way out: these go to A&E, whatever the time.
    test: (f) => has(f, 'castOrSplint') && has(f, 'lostFeeling', 'digitsDiscoloured', 'cantMoveIt', 'severePain', 'painOutOfProportion'),
  },
  {
    id: 'thunderclap_headache',
    severity: 'critical',
    reason: 'Sudden, extremely severe headache',
    // Told without the word: a headache that came on at once and is the worst ever, or like a blow (a bleed until shown otherwise).
    // A headache told "sudden" outright and severe is the same alarm (NHS: a sudden, very severe headache).
    test: (f) =>
      has(f, 'thunderclap') ||
      (has(f, 'headache', 'severeHeadache') && has(f, 'suddenOnset') && has(f, 'worstEver')) ||
      (has(f, 'headache', 'severeHeadache') && has(f, 'suddenWord') && has(f, 'severePain', 'severeWord')) ||
      // A start told like a blow ("came on like a bang") is the thunderclap itself.
      (has(f, 'headache', 'severeHeadache') && has(f, 'bangOnset')),
  },
  {
    id: 'pulmonary_embolism',
    severity: 'critical',
    reason: 'Painful swollen leg with breathlessness or chest pain (possible blood clot in the lung)',
    test: (f) => has(f, 'legDvt') && has(f, 'breathless', 'severeBreathing', 'chestPain', 'vomitBlood', 'pleuritic'),
  },
  {
    id: 'head_injury',
    severity: 'critical',
    reason: 'Head injury with confusion, vomiting, drowsiness or loss of consciousness',
    // A head injury weeks back with drowsiness or confusion now: a slow bleed (chronic subdural).
    test: (f) =>
      ((hasNowOrLately(f, 'headInjury') || (has(f, 'hadFall') && has(f, 'headLump'))) &&
        has(f, 'confusion', 'vomiting', 'unresponsive', 'seizure', 'floppy', 'visualDisturbance')) ||
      // A child who fell and then vomits again and again has hit their head until shown otherwise (NICE NG232).
      (has(f, 'hadFall') && isChild(f) && has(f, 'vomitedRepeatedly')) ||
      // An older person who fell weeks ago and is now drowsy or confused: a slow bleed under the skull (chronic subdural).
      (isOlder(f) && f.pastEpisodes.has('hadFall') && has(f, 'confusion', 'unresponsive')) ||
      // A fall followed by vomiting and drowsiness, or by someone who no longer talks: the head was hit, told or not.
      (has(f, 'hadFall') && ((has(f, 'vomiting') && has(f, 'confusion', 'unresponsive')) || has(f, 'notTalking'))),
  },
  {
    id: 'head_injury_skull_base',
    severity: 'urgent',
    reason: 'Blood or clear fluid from the ear or nose after a head injury (possible skull fracture)',
    // NICE NG232: signs of a basal skull fracture after a head injury need a scan within the hour.
    test: (f) => has(f, 'headInjury', 'hadFall') && has(f, 'skullBaseSign'),
  },
  {
    id: 'anticoagulated_shock',
    severity: 'critical',
    reason: 'Pale, sweaty or faint while taking a blood thinner (possible internal bleeding)',
    // On a blood thinner, signs of shock are bleeding until shown otherwise, with or without blood seen.
    test: (f) => f.anticoagulated && has(f, 'shockSigns'),
  },
  {
    id: 'confusion_with_stagger_and_eye_signs',
    severity: 'urgent',
    reason: 'Confusion with unsteady walking and abnormal eye movements',
    // The brainstem or cerebellum (a posterior stroke), or Wernicke's encephalopathy in someone who drinks: treated within hours.
    test: (f) => has(f, 'confusion') && has(f, 'unsteady') && has(f, 'eyeMovementSign', 'doubleVision'),
  },
  {
    id: 'attacked_or_threatened',
    severity: 'critical',
    reason: 'Someone has threatened you with a weapon or put their hands on your throat: get somewhere safe and call for help now (a strangled neck can swell or bleed inside hours later, even if you feel fine)',
    // Domestic violence guidance: a weapon or strangulation marks the highest risk of being killed; strangulation needs a same-day medical check.
    test: (f) => has(f, 'attackedOrThreatened'),
  },
  {
    id: 'harm_to_others',
    severity: 'critical',
    crisis: true,
    reason: 'Thoughts, urges or voices to hurt other people',
    test: (f) => has(f, 'harmOthers'),
  },
  {
    id: 'head_injury_anticoagulated',
    severity: 'urgent',
    reason: 'Head injury while taking a blood thinner',
    // A fall followed by a headache is a knock to the head until shown otherwise, even when the blow is not told.
    test: (f) => f.anticoagulated && (has(f, 'headInjury') || (has(f, 'hadFall') && has(f, 'headache', 'headLump'))),
  },
  {
    id: 'pregnancy_bleeding_pain',
    severity: 'critical',
    reason: 'Bleeding or severe one-sided pain in pregnancy (possible ectopic pregnancy or placental problem)',
    test: (f) =>
      f.pregnant &&
      (has(f, 'heavyBleeding', 'largeClots') ||
        (has(f, 'vaginalBleeding') && has(f, 'abdominalPain', 'faint', 'severeWord')) ||
        // "Pain on one side low down" names no organ: a pain word with the one-sided site counts as the tummy's.
        ((has(f, 'abdominalPain') || has(f, 'oneSidedPelvic') && has(f, 'painWord')) && has(f, 'faint', 'oneSidedPelvic') && has(f, 'severeWord', 'suddenOnset', 'faint')) ||
        // Shoulder-tip pain with a tummy pain in pregnancy is blood under the diaphragm until shown otherwise (NHS, ectopic pregnancy).
        (has(f, 'abdominalPain', 'oneSidedPelvic') && has(f, 'shoulderTip') && has(f, 'painWord'))),
  },
  {
    id: 'preeclampsia',
    severity: 'urgent',
    reason: 'Headache, vision changes, or sudden swelling of the face or hands in pregnancy (possible pre-eclampsia)',
    // Pre-eclampsia can first show in the weeks after the birth. Any two of its signs together, the
    // headache not needed: flashing lights with a face swollen overnight are enough (NHS, NICE NG133).
    test: (f) => (f.pregnant || has(f, 'postpartum')) && [has(f, 'severeHeadache', 'headache'), has(f, 'visualDisturbance'), has(f, 'handFaceSwelling'), has(f, 'upperAbdominalPain')].filter(Boolean).length >= 2,
  },
  {
    id: 'postpartum_haemorrhage',
    severity: 'critical',
    reason: 'Heavy bleeding, or bleeding with faintness, after giving birth (postpartum haemorrhage)',
    test: (f) => has(f, 'postpartum') && (has(f, 'heavyBleeding', 'largeClots') || (has(f, 'bleedingAny', 'vaginalBleeding') && has(f, 'faint', 'syncope', 'shockSigns', 'hypotensive'))),
  },
  {
    id: 'postpartum_infection',
    severity: 'urgent',
    reason: 'A fever after giving birth (up to six weeks on) with tummy pain, a smelly discharge or feeling very unwell (a womb infection can become sepsis)',
    // Maternal sepsis is a leading cause of death after birth; fever with a pelvic sign is its start (NICE NG51, RCOG).
    // After a miscarriage or a termination, tissue left behind infects the same way.
    test: (f) => has(f, 'postpartum', 'afterPregnancyLoss') && febrile(f) && has(f, 'abdominalPain', 'smellyDischarge', 'shockSigns', 'confusion', 'faint', 'tachycardic', 'fastBreathing', 'infection', 'unusualFatigue'),
  },
  {
    id: 'abdominal_blow',
    severity: 'urgent',
    reason: 'A blow to the tummy or a crash, followed by bad tummy pain, paleness, vomiting or faintness, or a belly that swells or goes hard (bleeding inside)',
    // A handlebar, a kick or a seatbelt in a crash can tear the spleen, liver or bowel with little to see outside;
    // a belly that swells or stiffens after the blow is the blood or the bowel's contents inside it.
    test: (f) =>
      has(f, 'abdominalBlow', 'vehicleCollision') &&
      // After a blow to the belly, a pain told without its place is the belly's.
      (has(f, 'distension', 'peritonism') ||
        ((has(f, 'abdominalPain') || (has(f, 'abdominalBlow') && has(f, 'painWord'))) && has(f, 'pale', 'shockSigns', 'faint', 'syncope', 'vomiting', 'severeWord', 'severePain', 'painProgressing'))),
  },
  {
    id: 'side_blow_faint',
    severity: 'urgent',
    reason: 'A blow to the side or lower ribs, or a crash, then faintness, paleness or pain at the shoulder tip (bleeding inside from the spleen or liver)',
    // A torn spleen bleeds into the tummy with little to see outside; blood under the diaphragm is felt at
    // the shoulder tip (Kehr's sign). A sore rib alone, with no faintness, is not this.
    // A crash or a fall from a height does the same, with or without a blow told to the side.
    test: (f) => has(f, 'sideBlow', 'vehicleCollision', 'highEnergyInjury') && has(f, 'pale', 'shockSigns', 'faint', 'syncope'),
  },
  {
    id: 'palpitations_ongoing',
    severity: 'urgent',
    reason: 'A racing heart that will not settle, with faintness, chest pain or breathlessness',
    // A fast rhythm that keeps going for an hour or more with symptoms needs an ECG and often treatment to stop it.
    // Feeling about to pass out is told of now, whatever else dates it.
    test: (f) => has(f, 'palpitations') && has(f, 'ongoingAcute', 'startedToday', 'wontSettle', 'aboutToFaint') && has(f, 'faint', 'syncope', 'chestPain', 'chestTightness', 'breathless'),
  },
  {
    id: 'type1_vomiting',
    severity: 'urgent',
    reason: 'Type 1 diabetes with vomiting that will not stop or fluids that will not stay down (ketoacidosis can start so)',
    // The sick-day rules: with type 1 diabetes, vomiting that keeps fluids out needs hospital help the same day.
    test: (f) => has(f, 'type1') && has(f, 'cantKeepDown'),
  },
  {
    id: 'bleeding_pain_faint',
    severity: 'urgent',
    reason: 'Vaginal bleeding with pain low in the tummy and feeling faint (possible ectopic pregnancy or heavy blood loss)',
    // NICE NG126: an ectopic pregnancy can present as bleeding, pain and dizziness in someone who does not
    // know she is pregnant; faintness is the sign of blood lost inside. A monthly period pain is the period's.
    test: (f) =>
      !f.pregnant &&
      has(f, 'vaginalBleeding') &&
      (has(f, 'abdominalPain') || (has(f, 'oneSidedPelvic') && has(f, 'painWord'))) &&
      has(f, 'faint', 'syncope') &&
      !has(f, 'diarrhoea', ...OTHER_BLEEDING_SOURCES) &&
      !periodPainPattern(f),
  },
  {
    id: 'acute_abdomen',
    severity: 'urgent',
    reason: 'Severe abdominal pain with warning signs (possible appendicitis or other surgical emergency)',
    test: (f) =>
      // A period pain told without naming the belly is the belly's too when it is rigid or unlike the usual;
      // a swollen belly held still with a fever or vomiting is the belly's pain told without a pain word.
      // A pain told only by its place low on the right is the belly's ("sharp pain low down on the right").
      (has(f, 'abdominalPain') ||
        (has(f, 'rightIliacFossa', 'oneSidedPelvic') && has(f, 'painWord', 'severePain') && !has(f, 'jointPain', 'backPain')) ||
        (has(f, 'periodTimedPain') && has(f, 'peritonism', 'unlikeUsual')) ||
        (has(f, 'distension') && has(f, 'peritonism') && (febrile(f) || has(f, 'vomiting')))) &&
      (has(f, 'peritonism') ||
        // The severity must be the pain's: "cramps and severe vomiting" after a picnic is food poisoning.
        // Period pain told with its monthly pattern is the period's, however severe (peritonism still counts).
        (has(f, 'severePain', 'highPainScore', 'suddenOnset') && has(f, 'vomiting', 'rightLower', 'fever') && !periodPainPattern(f) && !foodborneGastroenteritis(f)) ||
        // Appendicitis: pain settling in the right lower abdomen with fever, vomiting, no appetite, or building up.
        (has(f, 'rightIliacFossa') && (febrile(f) || has(f, 'vomiting', 'anorexia', 'painProgressing'))) ||
        // Belly pain with the signs of shock: bleeding inside or a burst organ until shown otherwise.
        // Not with diarrhoea: the faintness of a stomach bug's dehydration (a bleed's own signs have their rules).
        ((has(f, 'shockSigns') || (has(f, 'pale') && has(f, 'faint', 'syncope'))) && !has(f, 'diarrhoea') && !periodPainPattern(f))),
  },
  {
    id: 'renal_colic_warning',
    severity: 'urgent',
    reason: 'Kidney stone pain with a fever, no urine, or pain that is severe or not controlled (hospital the same day: NICE CKS renal colic)',
    // An infected or blocked kidney, or pain that painkillers do not hold, needs admission; a stone alone does not.
    test: (f) =>
      has(f, 'renalColic') &&
      (febrile(f) || has(f, 'urinaryRetention', 'severePain', 'severeWord', 'painUncontrolled', 'painNotSettling')),
  },
  {
    id: 'testicular_torsion',
    severity: 'urgent',
    reason: 'Sudden severe testicular pain (possible torsion)',
    // Torsion often wakes a boy from sleep, and is told as "awful" as often as "severe".
    test: (f) => has(f, 'testicularPain') && has(f, 'suddenOnset', 'severeWord', 'severePain', 'vomiting', 'wokeWithPain'),
  },
  {
    id: 'priapism',
    severity: 'urgent',
    reason: 'An erection lasting four hours or more, or one that will not go down (priapism)',
    // Blood trapped in the penis for hours starves it of oxygen: after about four hours the damage starts,
    // whatever caused it (sickle cell, erection medicines, other drugs).
    // A span of days or more is a problem told (erections that fail for years), not one erection.
    test: (f) => has(f, 'erection') && (has(f, 'erectionPersisting') || (f.durationDays !== undefined && f.durationDays >= PRIAPISM_DAYS && f.durationDays <= PRIAPISM_MAX_DAYS)),
  },
  {
    id: 'strangulated_hernia',
    severity: 'urgent',
    reason: 'A painful hernia or groin lump that is stuck, hard or comes with vomiting (possible strangulated hernia)',
    // A hernia that is trapped (will not go back, has gone hard) and hurts, or with vomiting or no wind,
    // may have cut off its bowel's blood supply: a surgeon within hours.
    test: (f) =>
      has(f, 'herniaLump') &&
      ((has(f, 'lumpStuck') && has(f, 'painWord', 'severePain', 'severeWord', 'vomiting')) ||
        has(f, 'noBowelOutput', 'biliousVomit') ||
        (has(f, 'vomiting') && has(f, 'painWord', 'severePain')) ||
        // A baby cannot say it hurts: a groin or belly-button lump with vomiting is a trapped hernia until a doctor says not.
        (isInfant(f) && has(f, 'vomiting', 'vomitedRepeatedly'))),
  },
  {
    id: 'alcohol_withdrawal_delirium',
    severity: 'urgent',
    reason: 'Seeing or hearing things, confusion or a fit after stopping heavy drinking (possible alcohol withdrawal delirium)',
    // Withdrawal's fits and delirium tremens come in the first days after stopping and can kill without treatment.
    test: (f) => has(f, 'alcoholWithdrawal') && has(f, 'hallucinating', 'seesCreatures', 'confusion', 'seizure'),
  },
  {
    id: 'battery_nose_ear',
    severity: 'urgent',
    reason: 'A battery or magnet in the nose or ear (it can burn through the lining within hours)',
    // A button battery's current burns wherever it lodges, and two magnets across the nose crush the septum.
    test: (f) => has(f, 'batteryInNoseOrEar'),
  },
  {
    id: 'acute_cholecystitis',
    severity: 'urgent',
    reason: 'Pain under the right ribs with a fever and vomiting or severe pain (possible infected gallbladder or bile duct)',
    // An inflamed gallbladder with a fever needs antibiotics and a surgeon the same day; a cough points at the
    // lung instead.
    test: (f) => has(f, 'rightUpperAbdomen') && febrile(f) && has(f, 'vomiting', 'severePain', 'severeWord', 'shivery', 'extremeShivering') && !has(f, 'cough'),
  },
  {
    id: 'little_urine_drowsy',
    severity: 'urgent',
    reason: 'Passing very little urine with drowsiness or confusion (possible kidney failure or severe dehydration)',
    // Kidneys that have stopped making urine let the blood's salts and acids build up, which shows as a
    // drowsy or muddled person: that needs a blood test and fluids today.
    test: (f) => has(f, 'littleUrine', 'anuria') && has(f, 'confusion', 'unresponsive'),
  },
  {
    id: 'older_fluid_loss_faint',
    severity: 'urgent',
    reason: 'Diarrhoea or vomiting in an older person who nearly faints, faints or is confused (severe dehydration)',
    // An older body loses its reserve fast: fainting on standing after days of fluid loss means the blood
    // pressure and kidneys are failing, not a stomach bug to sit out at home.
    test: (f) => isOlder(f) && has(f, 'diarrhoea', 'vomiting') && has(f, 'aboutToFaint', 'syncope', 'confusion', 'unresponsive'),
  },
  {
    id: 'nosebleed_prolonged',
    severity: 'urgent',
    reason: 'A nosebleed that has gone on for half an hour or more, or with faintness in an older person or on blood thinners',
    // A nosebleed that pressure has not stopped in 10 to 15 minutes needs packing or cautery; an older or
    // anticoagulated person can lose a lot of blood from the back of the nose. Days or weeks is a pattern, not one bleed.
    test: (f) =>
      has(f, 'noseBleed') &&
      ((f.durationDays !== undefined && f.durationDays >= NOSEBLEED_DAYS && f.durationDays <= 1) ||
        (has(f, 'faint', 'aboutToFaint', 'syncope') && (isOlder(f) || f.anticoagulated))),
  },
  {
    id: 'diabetic_foot_gangrene',
    severity: 'urgent',
    reason: 'Toes or skin going black in someone with diabetes (possible gangrene)',
    // In diabetes a black toe is dead tissue over poor blood flow or a deep infection, which spreads without
    // pain the nerves no longer feel: a foot team the same day.
    test: (f) => has(f, 'skinNecrosis') && f.diabetic,
  },
  {
    id: 'anticoagulated_headache',
    severity: 'critical',
    reason: 'A bad headache with vomiting, confusion or a stiff neck in someone on blood thinners (possible bleed in the head)',
    // A blood thinner lets a small bleed in the skull grow; a severe headache with any of these signs needs a scan now.
    test: (f) => f.anticoagulated && has(f, 'severeHeadache', 'thunderclap', 'worstEver') && has(f, 'vomiting', 'confusion', 'unresponsive', 'stiffNeck', 'suddenOnset', 'seizure', 'visualDisturbance', 'mechanicalNeck'),
  },
  {
    id: 'testicular_blow',
    severity: 'urgent',
    reason: 'Testicular pain after a blow that is getting worse, or with vomiting or swelling (possible rupture or torsion)',
    // A kick to the testicles that still hurts more an hour later, or makes someone sick, may have torn or twisted one.
    test: (f) => has(f, 'testicularBlow') && has(f, 'painProgressing', 'vomiting', 'severePain', 'severeWord', 'testicularPain'),
  },
  {
    id: 'object_up_nose',
    severity: 'urgent',
    reason: 'Something stuck up a nose that has not come out (it can be breathed in, or burn if it is a battery)',
    // A bead or nut up a child's nose is removed in an emergency department; sniffing can pull it into the airway.
    test: (f) => has(f, 'objectUpNose'),
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
    // A meter that reads "HI" is above its range (about 600 mg/dL, 33 mmol/L).
    test: (f) => f.diabetic && has(f, 'vomiting', 'dkaSigns') && (max(f.vitals.glucoseMgDl) >= 300 || has(f, 'dkaSigns', 'meterReadsHigh')),
  },
  {
    id: 'new_diabetes_ketoacidosis',
    severity: 'urgent',
    reason: 'Peeing and drinking a lot with being sick, fast breathing or drowsiness (possible diabetic ketoacidosis, even without known diabetes)',
    // Ketoacidosis is how type 1 diabetes often first shows, in children especially, before anyone says "diabetic".
    // Thirst with weight loss is the same warning as thirst with peeing a lot (NICE NG18's classic triad).
    test: (f) => has(f, 'polyuria', 'weightLoss') && has(f, 'thirst') && has(f, 'vomiting', 'dkaSigns', 'fastBreathing', 'confusion', 'floppy', 'unresponsive'),
  },
  {
    id: 'infant_fever',
    severity: 'urgent',
    reason: 'Fever in a baby under 3 months',
    // A reading taken and normal outweighs a worry told as a fever ("thought she had a fever, the thermometer says 37.1");
    // a high reading at any point in the story still counts.
    test: (f) => f.ageMonths !== undefined && f.ageMonths < 3 && febrileChild(f) && !(f.vitals.temperatureC.length > 0 && maxTemp(f) < 37.8),
  },
  {
    id: 'infant_dehydration',
    severity: 'urgent',
    reason: 'Signs of severe dehydration or drowsiness in a baby',
    test: (f) =>
      ((isInfant(f) || (f.ageMonths === undefined && has(f, 'baby'))) && has(f, 'infantDehydration', 'floppy')) ||
      // A young child (or anyone of untold age) dry and drowsy: severe dehydration (NICE NG210 red flags).
      ((f.ageMonths === undefined || f.ageMonths < 60) && has(f, 'infantDehydration') && has(f, 'floppy', 'confusion', 'unresponsive')),
  },
  {
    id: 'low_oxygen',
    severity: 'critical',
    reason: 'Oxygen saturation below 92%',
    // With COPD or another long-term lung disease the target is 88-92% (BTS): a reading in it, told as the
    // person's usual, with nothing severe, is their baseline, not a fall.
    test: (f) =>
      min(f.vitals.spo2) < 92 &&
      !(min(f.vitals.spo2) >= 88 && has(f, 'chronicLungDisease') && has(f, 'readingUsual') && !has(f, 'severeBreathing', 'cyanosis', 'confusion', 'unresponsive', 'chestPain')),
  },
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
    // A child's limits are its age's (safety/vitalLimits.ts): a pulse of 140 in a feverish baby is not this.
    test: (f) =>
      ((heartFasterThan(f, 130) || heartSlowerThan(f, 40)) && has(f, 'systemic', 'faint', 'syncope', 'confusion', 'chestPain', 'breathless', 'floppy')) ||
      // A fast heart while running is a working heart; fainting or chest pain with it is not exercise's doing.
      (max(f.vitals.exerciseHeartRate) > 130 && has(f, 'faint', 'syncope', 'chestPain')),
  },
  {
    id: 'breathing_rate',
    severity: 'urgent',
    reason: 'A breathing rate far outside the normal range',
    advice: 'If the lips turn blue, they cannot speak in full sentences or they become drowsy, call the emergency number now.',
    // NEWS2 scores 25 breaths a minute and more its highest; 30 is distress at any adult age, and over 60
    // a child's red feature under 5 (NICE NG143).
    // A measured temperature counts as the fever it is, not only the word.
    test: (f) => breathingSeverelyFast(f, 30) || (breathingSeverelyFast(f, 25) && (has(f, 'breathless', 'chestPain', 'confusion') || febrile(f))),
  },
  {
    id: 'slow_breathing',
    severity: 'critical',
    reason: 'Breathing very slowly',
    // A counted rate of 8 or fewer a minute (under 10 in a child) is breathing that is failing: an opioid, a head injury.
    test: breathingSlow,
  },
  // --- Formerly triage-only emergencies: every emergency level now carries its frame. ---
  {
    id: 'immunosuppressed_fever',
    severity: 'urgent',
    reason: 'Fever with a weakened immune system (for example during chemotherapy)',
    // Neutropenic sepsis kills within hours and starts with nothing but a temperature.
    test: (f) => f.immunosuppressed && febrile(f),
  },
  {
    id: 'sudden_severe_abdominal_pain',
    severity: 'urgent',
    reason: 'Sudden severe abdominal pain',
    // Sudden severe abdominal pain is a perforation, rupture or blocked blood supply until shown otherwise.
    // Period pain told with its monthly pattern starts with the period, often suddenly; collapse or shock still counts.
    test: (f) =>
      has(f, 'abdominalPain') && has(f, 'severeWord') && has(f, 'suddenOnset') && !(periodPainPattern(f) && !has(f, 'syncope', 'shockSigns', 'peritonism')),
  },
  {
    id: 'elderly_fever_breathless',
    severity: 'urgent',
    reason: 'Fever with breathlessness in an older adult',
    // Pneumonia in older adults turns to sepsis quickly.
    test: (f) => (f.ageMonths ?? 0) >= 65 * 12 && febrile(f) && has(f, 'breathless'),
  },
  {
    id: 'syncope_high_risk',
    severity: 'urgent',
    reason: 'Fainting in pregnancy, on a blood thinner, with a head injury or followed by confusion',
    // A faint is riskier in pregnancy (ectopic, bleeding), on a blood thinner or when the head was hit.
    // A faint that leaves the person confused or unable to remember is not a simple faint (a fit, low sugar, a bleed).
    test: (f) => has(f, 'syncope') && (f.pregnant || f.anticoagulated || has(f, 'headInjury', 'confusion')),
  },
  // --- Emergencies that single trigger words miss: combinations of findings data cannot express. ---
  {
    id: 'cardiac_pain_elsewhere',
    severity: 'critical',
    reason: 'Pain in the jaw or arm, or severe "indigestion", with sweating, a grey colour or breathlessness (possible heart attack)',
    // A heart attack is often felt outside the chest; the body's alarm signs make it likely.
    test: (f) => isAdult(f) && has(f, 'anginaEquivalent') && has(f, 'autonomic', 'breathless', 'shockSigns', 'faint', 'syncope', 'cardiacFeature'),
  },
  {
    id: 'chest_pain_adult',
    severity: 'urgent',
    reason: 'Chest pain in an adult needs to be checked straight away: it can come from the heart',
    advice:
      'Call the emergency number at once if the pain spreads to your arm, jaw, neck or back, feels crushing or heavy, or comes with sweating, breathlessness, feeling sick, fainting or a racing heart.',
    // Undifferentiated adult chest pain cannot be told apart from a heart attack in a chat; mild or chest-wall pain can.
    // A tight or heavy chest is chest pain told without a pain word.
    test: (f) => has(f, 'chestPain') && has(f, 'painQuality', 'chestTightness') && isAdult(f) && !has(f, 'minorWord') && !chestWallOnly(f) && !refluxPatternOnly(f) && !coughTightness(f) && !coughStrainedChest(f) && !anxietyPatternOnly(f) && !stableExertionalPattern(f),
  },
  {
    id: 'sepsis_lay_signs',
    severity: 'critical',
    reason: 'An infection with two signs of sepsis as people feel them: extreme shivering, muscles in agony, no urine all day, feeling you are going to die, or breathlessness',
    // UK Sepsis Trust's lay signs; any of them with an infection is "call 999, could it be sepsis?": two are asked for here,
    // or extreme shivering with vomiting or a kidney's back pain.
    test: (f) =>
      (has(f, 'infection', 'fever', 'feelsHot', 'shivery') || febrile(f)) &&
      ((['extremeShivering', 'severeMusclePain', 'urinaryRetention', 'littleUrine', 'impendingDoom', 'severeBreathing'] as const).filter((c) => has(f, c)).length >= 2 ||
        (has(f, 'extremeShivering') && has(f, 'infection') && has(f, 'vomiting', 'backPain'))),
  },
  {
    id: 'infected_bite_fever',
    severity: 'urgent',
    reason: 'An animal bite gone red or swollen with a fever (the infection is spreading; cat bites to the hand go deep)',
    // A swollen gland with a fever after a cat's scratch is cat scratch disease, which the GP treats.
    test: (f) =>
      has(f, 'animalBite') && has(f, 'inflamedSkin', 'skinSpreading', 'spreadingFast') && (febrile(f) || has(f, 'shivery', 'feelsHot')) && !has(f, 'swollenGland'),
  },
  {
    id: 'anticoagulant_bleeding_signs',
    severity: 'urgent',
    reason: 'On a blood thinner, red urine or bruises from nothing (the blood may be too thin: check today, at A&E out of hours)',
    test: (f) => f.anticoagulated && has(f, 'redUrine', 'unexplainedBruising'),
  },
  {
    id: 'sepsis_signs',
    severity: 'critical',
    reason: 'An infection with confusion, mottled skin, fast breathing or low blood pressure (possible sepsis)',
    // Older people often have no fever in sepsis; the organ signs matter more than the temperature.
    test: (f) =>
      has(f, 'infection') &&
      (has(f, 'mottled', 'hypotensive', 'confusion', 'unresponsive') ||
        min(systolic(f)) < 100 ||
        max(f.labs.lactate) >= 4 ||
        (has(f, 'fastBreathing', 'breathless') && (isOlder(f) || heartFasterThan(f, 110)))),
  },
  {
    id: 'pregnancy_fever_rigors',
    severity: 'urgent',
    reason: 'A fever in pregnancy with shaking you cannot stop (an infection such as a kidney infection needs hospital care today)',
    // Rigors in pregnancy are a sepsis sign (RCOG, NICE NG51); a kidney infection in pregnancy is treated
    // in hospital. Sickness that keeps no fluid down has its own rule.
    test: (f) => f.pregnant && febrile(f) && has(f, 'extremeShivering'),
  },
  {
    id: 'sepsis_moderate_criteria',
    severity: 'urgent',
    reason: 'An infection with two or more warning signs of sepsis (shivering fits, a fast pulse, an operation in the last weeks, a weak immune system, an infected wound, little urine)',
    // NICE NG51: with a suspected infection, two or more moderate-to-high risk criteria ask for a
    // clinician's assessment within the hour, which from home is an emergency department. Each
    // criterion alone is common; together they are how sepsis starts before any organ fails.
    // Children under 12 have their own thresholds (a child's breathing of 21 is normal): the rules for children apply to them.
    test: (f) => (f.ageMonths === undefined || f.ageMonths >= 144) && suspectedInfection(f) && moderateSepsisCriteria(f) >= 2,
  },
  {
    id: 'hypothermia',
    severity: 'critical',
    reason: 'Very cold with confusion, drowsiness, clumsiness, slurred speech or shivering that has stopped (possible hypothermia)',
    // Confusion and drowsiness mean the body can no longer warm itself; older people and babies get there indoors.
    // Shivering that stops while still cold, and clumsy hands and feet, come before the confusion.
    test: (f) =>
      has(f, 'confusion', 'unresponsive', 'speechProblem', 'floppy', 'hypothermiaSigns') &&
      (has(f, 'coldExposure') || (has(f, 'veryCold') && (isOlder(f) || isInfant(f)))),
  },
  {
    id: 'sepsis_circulation',
    severity: 'urgent',
    reason: 'An infection with cold, clammy skin and a racing pulse or very little urine (possible sepsis)',
    // The circulation failing (NICE NG51): skin gone cold and clammy with the heart racing or the urine
    // dwindling. A fever is not needed: older people often have none.
    test: (f) => has(f, 'infection') && has(f, 'shockSigns') && has(f, 'palpitations', 'tachycardic', 'littleUrine', 'urinaryRetention'),
  },
  {
    id: 'sepsis_lay_signs',
    severity: 'critical',
    reason: 'Extreme shivering, no urine all day, feeling you are going to die, mottled skin or confusion together (possible sepsis)',
    // The UK Sepsis Trust's lay signs: two of them, one a sign of infection or shivering, are sepsis until shown otherwise.
    test: (f) => {
      const signs = ['extremeShivering', 'urinaryRetention', 'impendingDoom', 'mottled', 'confusion', 'speechProblem'].filter((c) => has(f, c as Concept)).length;
      return signs >= 2 && (has(f, 'extremeShivering', 'infection') || febrile(f));
    },
  },
  {
    id: 'child_cold_lethargic',
    severity: 'critical',
    reason: 'A child who is very drowsy or floppy and cold to the touch or mottled (possible sepsis)',
    test: (f) => isChild(f) && has(f, 'floppy', 'unresponsive', 'confusion') && has(f, 'veryCold', 'mottled'),
  },
  {
    id: 'intussusception',
    severity: 'urgent',
    reason: "A baby or child screaming in bouts with the legs drawn up, or passing redcurrant-jelly stools (possible bowel folding in on itself)",
    // Drawing the legs up while crying is colic too: it counts only with vomiting, blood or floppiness.
    test: (f) => has(f, 'redcurrantStool') || (has(f, 'legsDrawnUp') && has(f, 'vomiting', 'giBleed', 'bleedingAny', 'floppy')),
  },
  {
    id: 'eye_swelling_fever',
    severity: 'urgent',
    reason: 'An eye or eyelid swollen with a fever (an infection spreading round the eye)',
    test: (f) => has(f, 'eyeSwelling') && febrile(f),
  },
  {
    id: 'pain_out_of_proportion',
    severity: 'urgent',
    reason: 'Pain far worse than a wound looks (a deep infection such as necrotising fasciitis)',
    test: (f) => has(f, 'painOutOfProportion'),
  },
  {
    id: 'spreading_infection_unwell',
    severity: 'urgent',
    reason: 'Redness or swelling spreading fast with a fever or feeling very unwell (a skin infection that needs hospital treatment)',
    // A fast-spreading infection with the body's response (fever, shock, confusion) outruns tablets.
    // Shivers and a racing heart are the fever and the sepsis told without a thermometer.
    // Redness that spreads at any pace, with a fever and feeling very unwell, is the same (NHS: chickenpox, cellulitis).
    test: (f) =>
      (has(f, 'spreadingFast') && (febrile(f) || has(f, 'feelsHot', 'shockSigns', 'confusion', 'faint', 'hypotensive', 'shivery', 'extremeShivering', 'palpitations', 'tachycardic'))) ||
      (has(f, 'skinSpreading') && febrile(f) && has(f, 'veryUnwell', 'shockSigns', 'confusion', 'extremeShivering')),
  },
  {
    id: 'airway_threat',
    severity: 'critical',
    reason: 'Trouble swallowing together with trouble breathing (the airway may be closing)',
    // Both at once, new, is the throat or the breathing muscles failing: anaphylaxis, a deep neck
    // infection, epiglottitis or a myasthenic crisis. Weeks of either are another matter.
    test: (f) =>
      has(f, 'cannotSwallow', 'drooling') &&
      has(f, 'breathless', 'severeBreathing', 'stridor') &&
      !has(f, 'minorWord') &&
      (f.durationDays === undefined || f.durationDays <= 7),
  },
  {
    id: 'near_drowning',
    severity: 'urgent',
    reason: 'Nearly drowned: water in the lungs can cause breathing trouble hours later',
    // Under water or fallen in without the words: a cough, breathlessness, vomiting or drowsiness after it needs hospital (RLSS, NICE CKS).
    test: (f) =>
      has(f, 'nearDrowning') ||
      (has(f, 'submersion') &&
        has(f, 'cough', 'breathless', 'severeBreathing', 'wheeze', 'vomiting', 'confusion', 'unresponsive', 'cyanosis', 'syncope', 'floppy', 'chestPain', 'extremeShivering', 'lostFeeling') &&
        // A cough at the time, then breathing normally ever since: the lungs took no water (NHS; "dry drowning" fears).
        !(has(f, 'breathingNormal') && !has(f, 'breathless', 'severeBreathing', 'wheeze', 'confusion', 'unresponsive', 'cyanosis', 'floppy', 'chestPain'))),
  },
  {
    id: 'venomous_bite',
    severity: 'urgent',
    reason: 'A bite or sting from a snake or other venomous animal',
    test: (f) => has(f, 'venomousBite'),
  },
  {
    id: 'aortic_dissection',
    severity: 'critical',
    reason: 'Tearing pain or sudden severe pain going through to the back (possible tear in the main artery)',
    // Tearing pain, or chest pain going through to the back, is a dissection until proven otherwise.
    test: (f) =>
      (has(f, 'tearingPain') && has(f, 'chestPain', 'backPain', 'abdominalPain', 'suddenOnset', 'severeWord')) ||
      (has(f, 'throughToBack') && has(f, 'chestPain') && has(f, 'suddenOnset', 'severeWord')) ||
      // A pain that starts at once and at its worst between the shoulder blades, past 50: the descending aorta's tear.
      (has(f, 'interscapularPain') && has(f, 'suddenOnset') && has(f, 'severeWord', 'severePain') && agedAtLeast(f, 50)) ||
      // Pressures 20 or more apart between the arms with a chest or back pain: the tear narrows one arm's artery.
      (has(f, 'pressureInEachArm') && systolicSpread(f) >= 20 && has(f, 'chestPain', 'backPain', 'interscapularPain', 'tearingPain')),
  },
  {
    id: 'acute_urinary_retention',
    severity: 'urgent',
    reason: 'Unable to pass urine with a painful or swollen lower tummy (acute urinary retention needs a catheter the same day)',
    // A full bladder that cannot empty hurts and can harm the kidneys; "can't pee" alone may be a burning UTI.
    test: (f) =>
      has(f, 'bladderDistended') ||
      (has(f, 'urinaryRetention') &&
        has(f, 'abdominalPain', 'distension', 'severePain', 'painUncontrolled') &&
        // A stream that burns or is weak is not a blocked bladder, unless nothing passes at all.
        (!has(f, 'voidingOnlyHard') || has(f, 'noUrineAtAll'))),
  },
  {
    id: 'anuria',
    severity: 'urgent',
    reason: 'No urine made at all (kidneys stopped or a blockage)',
    test: (f) => has(f, 'anuria'),
  },
  {
    id: 'large_haemoptysis',
    severity: 'critical',
    reason: 'Coughing up a lot of blood',
    // A cupful (about 100 ml) or more can flood the airway.
    test: (f) => has(f, 'largeHaemoptysis'),
  },
  {
    id: 'cauda_equina',
    severity: 'urgent',
    reason: 'Numbness around the bottom or genitals, or back pain with problems peeing or weak legs (possible cauda equina syndrome)',
    // The nerves to the bladder and legs are being squeezed: surgery within hours saves their function.
    // Weakness or numbness in both legs with back pain is the same emergency told from the legs (NHS, NICE CKS: cauda equina, spinal cord compression).
    test: (f) =>
      (has(f, 'saddleNumbness') && !saddleSkinExplained(f)) || (has(f, 'backPain') && has(f, ...CAUDA_NERVE_SIGNS)),
  },
  {
    id: 'large_burn',
    severity: 'urgent',
    reason: 'A burn or scald larger than the palm of the hand, on the face, hands, feet or genitals, or blistering in a young child',
    // Size and site decide a burn's danger (fluid loss, scarring, airway); people rarely say "full thickness".
    // A burn on a special site that is small or shallow (no blisters: NHS, A&E for site burns that blister), in
    // someone past infancy, is first aid: told small or with blisters denied, and no sign of depth.
    test: (f) =>
      (has(f, 'burn') &&
        has(f, 'largeBurn') &&
        // Sunburn, however wide or blistered, is the sun's: a doctor's, or heat stroke's signs (their own rules).
        !(has(f, 'sunburnCause') && !has(f, 'heatBurnSource')) &&
        (has(f, 'largeBurnSize') || !((has(f, 'smallBurn') || denied(f, 'burnDepthSigns')) && !has(f, 'burnDepthSigns', 'baby') && !(f.ageMonths !== undefined && f.ageMonths < 12)))) ||
      // A blistering burn or scald in a child under five, wherever it is told (NHS: young children's burns need medical help at once).
      (has(f, 'burn') && has(f, 'burnDepthSigns') && !has(f, 'sunburnCause') && underFive(f) && !has(f, 'smallBurn')),
  },
  {
    id: 'carbon_monoxide',
    severity: 'critical',
    reason: 'Headache, dizziness or sickness near a boiler, heater or fumes, in several people or with confusion (possible carbon monoxide poisoning)',
    // Carbon monoxide is invisible: a fuel source with symptoms shared by the household or with confusion points at it.
    // Symptoms that lift away from home tell of the source when no appliance is named.
    test: (f) =>
      has(f, 'coSource', 'coWord', 'betterAwayFromHome') &&
      has(f, 'headache', 'faint', 'vomiting', 'nausea', 'confusion', 'unresponsive', 'syncope') &&
      (has(f, 'household', 'confusion', 'unresponsive', 'syncope', 'coWord') || (has(f, 'coSource') && has(f, 'betterAwayFromHome'))),
  },
  {
    id: 'hot_swollen_joint_fever',
    severity: 'urgent',
    reason: 'A hot, swollen joint with a fever (possible joint infection)',
    // An infected joint is destroyed within days: a hot swollen joint with fever is septic until shown otherwise (BSR, NICE CKS).
    // So is a fever with a joint or limb the person will not bear weight on: a child's septic joint or bone often shows first as a limp.
    test: (f) => (has(f, 'hotSwollenJoint') && (febrile(f) || has(f, 'extremeShivering'))) || (febrileChild(f) && has(f, 'cannotBearWeight') && (has(f, 'swollenJoint') || probablyChild(f))),
  },
  {
    id: 'necrotising_infection',
    severity: 'critical',
    reason: 'Skin turning black or dead over a painful, swollen or red area (possible flesh-eating infection or gangrene)',
    // Dying skin over a spreading infection is necrotising fasciitis or Fournier's gangrene: surgery within hours.
    test: (f) => has(f, 'skinNecrosis') && (has(f, 'painWord', 'spreadingFast', 'inflamedSkin', 'severePain', 'painOutOfProportion') || febrile(f)),
  },
  {
    id: 'gaping_wound',
    severity: 'urgent',
    reason: 'A deep or gaping wound (it needs cleaning and closing in hospital within hours)',
    test: (f) => has(f, 'gapingWound'),
  },
  {
    id: 'surgical_wound_burst',
    severity: 'urgent',
    reason: 'An operation wound that has burst open (cover it with a clean damp dressing and go to hospital now; call the emergency number if anything is coming through it)',
    // A wound that comes apart in the weeks after an operation (a caesarean included) may let the bowel through it (NHS, RCOG).
    test: (f) => has(f, 'woundBurstOpen') && (['recentProcedure', 'recentInvasiveProcedure', 'postpartum'] as const).some((c) => hasNowOrLately(f, c)),
  },
  {
    id: 'young_child_cold',
    severity: 'urgent',
    reason: 'A baby or young child with a temperature below 36°C (a sign of serious infection at this age)',
    // NICE NG143 and NG51: under 36 °C in a child under five is a high-risk sign, a baby's response to sepsis as often as a fever.
    test: (f) => min(f.vitals.temperatureC) < 36 && min(f.vitals.temperatureC) >= 30 && (isInfant(f) || (f.ageMonths !== undefined && f.ageMonths < 60) || (f.ageMonths === undefined && has(f, 'baby'))),
  },
  {
    id: 'smoke_inhalation',
    severity: 'urgent',
    reason: 'A hoarse voice, soot, singed nose hairs or breathing trouble after smoke or a fire (the airway may swell over the next hours)',
    // Airway burns swell for hours after the fire: a voice change or soot is the early sign (NHS, smoke inhalation).
    // Soot on the face tells the smoke when the fire goes unsaid; then a second sign must be more than the soot itself.
    test: (f) =>
      (has(f, 'smokeExposure') && has(f, 'airwayBurnSigns', 'hoarseVoice', 'voiceChange', 'stridor', 'breathless', 'severeBreathing', 'confusion', 'unresponsive', 'syncope')) ||
      (has(f, 'sootOnFace') && has(f, 'hoarseVoice', 'voiceChange', 'stridor', 'breathless', 'severeBreathing', 'confusion', 'unresponsive', 'syncope')),
  },
  {
    id: 'electric_shock',
    severity: 'urgent',
    reason: 'An electric shock from the mains, lightning or high voltage followed by any symptom (the heart rhythm needs checking)',
    // Current through the body can upset the heart's rhythm hours later and burn inside under small skin marks.
    test: (f) => has(f, 'electricShock') && has(f, 'chestPain', 'chestTightness', 'chestFeeling', 'palpitations', 'faint', 'syncope', 'unresponsive', 'confusion', 'breathless', 'burn', 'lostFeeling', 'limbWeakness', 'painWord', 'seizure'),
  },
  {
    id: 'adrenal_crisis',
    severity: 'critical',
    reason: 'Vomiting, diarrhoea or collapse in someone whose body cannot make its own steroid (possible adrenal crisis)',
    // Steroid tablets are lost with vomiting and the dose must rise with illness: an emergency injection
    // is needed (Society for Endocrinology emergency guidance); the disease is history, the signs are now.
    test: (f) => has(f, 'adrenalInsufficiency') && has(f, 'vomiting', 'diarrhoea', 'faint', 'syncope', 'shockSigns', 'confusion', 'unresponsive', 'hypotensive'),
  },
  {
    id: 'tetanus',
    severity: 'urgent',
    reason: 'Stiff jaw, spasms or trouble swallowing after a puncture or dirty wound (possible tetanus)',
    // Trouble swallowing and a stiff neck are among its first signs beside lockjaw (NHS: tetanus).
    test: (f) => (has(f, 'tetanusProne') || (has(f, 'tetanusUnprotected') && has(f, 'woundNamed', 'penetratingInjury', 'gapingWound', 'animalBite'))) && has(f, 'tetanusSigns', 'cannotSwallow', 'stiffNeck'),
  },
  {
    id: 'guillain_barre',
    severity: 'urgent',
    reason: 'Weakness or tingling in both legs or arms that is climbing, or a face weak on both sides (possible Guillain-Barré syndrome)',
    // Paralysis that climbs can reach the breathing muscles within days: hospital the same day (NHS).
    // Both legs weak with mere breathlessness is many things (anaemia, the heart, anxiety): not this.
    test: (f) => (has(f, 'ascendingWeakness') && has(f, 'limbsBothSides', 'limbWeakness', 'lostFeeling')) || (has(f, 'limbsBothSides') && has(f, 'severeBreathing', 'cannotSwallow')),
  },
  {
    id: 'stridor',
    severity: 'critical',
    reason: 'Noisy, high-pitched breathing in at rest (the airway may be narrowing)',
    // Stridor at rest means the airway is already narrow; crying-only stridor in croup is not this rule.
    // In an adult stridor has no harmless cause like a crying toddler's croup.
    test: (f) => (has(f, 'stridor') && has(f, 'atRest', 'drooling', 'severeBreathing', 'cyanosis')) || (has(f, 'stridorNamed') && isAdult(f)),
  },
  {
    id: 'bowel_obstruction',
    severity: 'urgent',
    reason: 'No stools or wind with vomiting, a swollen tummy or tummy pain (possible bowel obstruction)',
    // Absolute constipation plus any of the other three is the classic obstruction picture. Wind still
    // passed, with no vomiting and no severe pain, is constipation (a laxative review), not obstruction.
    test: (f) =>
      has(f, 'noBowelOutput') &&
      has(f, 'vomiting', 'distension', 'abdominalPain') &&
      !(has(f, 'passingWind') && !has(f, 'vomiting', 'biliousVomit', 'feculentVomit', 'severePain', 'severeWord', 'painUncontrolled')),
  },
  {
    id: 'sudden_vision_loss',
    severity: 'urgent',
    reason: 'Sight lost suddenly (a blocked artery in the eye, a stroke, a detached retina or acute glaucoma)',
    // Blurring is common and usually not urgent; sight that is gone, and went suddenly or recently
    // (or overnight: found on waking), is.
    test: (f) => has(f, 'visionLoss') && has(f, 'suddenOnset', 'recent', 'startedToday', 'onWaking'),
  },
  {
    id: 'stroke_warning',
    severity: 'urgent',
    reason: 'Stroke-like symptoms that have passed (a warning stroke, TIA) need same-day emergency assessment',
    // A mini-stroke that resolved carries a high risk of a full stroke within days; resolution is no reassurance.
    // Clinical prose dates it as "new onset" or "an episode of" rather than "today".
    test: (f) => has(f, 'transientMonocular') || (f.toldStrokeSigns && has(f, 'resolved') && has(f, 'recent', 'newOnset')),
  },
  {
    id: 'pleuritic_fast_breathing',
    severity: 'urgent',
    reason: 'Pain on breathing in with fast breathing (possible clot in the lung, collapsed lung or pneumonia)',
    // Fast breathing is the body's measure of the lung's trouble; with pain on breathing in it is a clot, a
    // collapsed lung or pneumonia until a doctor has listened (a measured rate over 22 counts, clinicalFacts.ts).
    test: (f) => has(f, 'pleuritic') && has(f, 'fastBreathing'),
  },
  {
    id: 'new_confusion_older_adult',
    severity: 'urgent',
    reason: 'New confusion in an older adult (infection, a stroke, low sugar or medicines can cause it)',
    // New confusion in older people is often the only sign of a serious illness.
    // Confusion told as growing ("increasingly confused over days") is new too: a delirium building.
    test: (f) => has(f, 'confusion', 'newConfusion') && isOlder(f) && has(f, 'newConfusion', 'suddenOnset', 'recent', 'painProgressing'),
  },
  {
    id: 'new_confusion',
    severity: 'urgent',
    reason: 'New confusion or an altered level of consciousness',
    // Acute confusion (delirium, "altered mental status") is a sign of a brain, infection or metabolic emergency.
    test: (f) => has(f, 'newConfusion') && has(f, 'confusion'),
  },
  {
    id: 'confusion_headache_vomiting',
    severity: 'urgent',
    reason: 'Confusion with a headache and vomiting',
    // Together, at any age, the brain is affected now (pressure inside the head, meningitis, low sodium
    // after drinking too much water, carbon monoxide): none needs to be named for the triad to count.
    test: (f) => has(f, 'confusion') && has(f, 'headache') && has(f, 'vomiting'),
  },
  {
    id: 'swallowed_object_stuck',
    severity: 'urgent',
    reason: 'Something swallowed and now gagging, drooling or unable to talk or swallow (it may be stuck in the throat or airway)',
    // An object that went down and left the person gagging or without a voice is stuck in the gullet or the airway.
    test: (f) => has(f, 'swallowedObject') && has(f, 'gagging', 'notTalking', 'drooling', 'cannotSwallow'),
  },
  {
    id: 'inhaled_foreign_body',
    severity: 'urgent',
    reason: 'Choked on something and still wheezing, breathing fast or noisily, or coughing without stopping (it may be in the airway)',
    // Coughing while it happens is how a choke clears; a wheeze, noisy or fast breathing or a cough that
    // goes on afterwards means it may have gone into a lung, which needs a scope, not time.
    test: (f) => has(f, 'chokedOnSomething') && (has(f, 'wheeze', 'stridor', 'fastBreathing', 'severeBreathing', 'breathless', 'cyanosis', 'noisyBreathing') || (has(f, 'cough') && has(f, 'wontSettle'))),
  },
  {
    id: 'button_battery',
    severity: 'critical',
    reason: 'A swallowed button battery, battery or magnet (it can burn through the gullet within hours)',
    // Button batteries cause burns within two hours; every swallowed battery or magnet is treated as one.
    test: (f) => has(f, 'swallowed') && has(f, 'buttonBattery', 'batteryWord'),
  },
  {
    id: 'cauda_equina_legs',
    severity: 'critical',
    reason: 'Sudden loss of feeling or movement in both legs',
    // Both legs going at once points at the spinal cord, whatever the cause.
    test: (f) => has(f, 'cantFeelLegs') && !has(f, 'backPain'),
  },
  // --- Combinations with pregnancy, age, travel and risk factors (what an entry's data cannot say). ---
  {
    id: 'cord_prolapse',
    severity: 'critical',
    reason: 'The umbilical cord can be felt or seen after the waters broke (cord prolapse: call an ambulance now)',
    // NHS and RCOG: a cord felt or seen in the vagina is a 999 emergency; "the cord" alone is too common a word
    // (spinal, vocal, a charger's), so it counts only in a pregnancy or after the waters broke.
    test: (f) => has(f, 'cordProlapse') && (f.pregnant || has(f, 'watersBroken')),
  },
  {
    id: 'reduced_fetal_movement',
    severity: 'urgent',
    reason: 'Fewer baby movements in pregnancy need a check the same day',
    // Reduced movements can be the first sign a baby is in trouble; maternity units see it at once.
    test: (f) =>
      has(f, 'reducedFetalMovement') ||
      (f.pregnant && has(f, 'babyQuiet')) ||
      // From 24 weeks a baby's movements are felt daily; "barely felt anything all day" is the same warning.
      (has(f, 'laterPregnancy') && has(f, 'movementsBarelyFelt')),
  },
  {
    id: 'preterm_waters',
    severity: 'urgent',
    reason: 'Waters broken before 37 weeks of pregnancy (call the maternity unit or go in now)',
    // Membranes ruptured before term risk infection and early birth; NICE NG25 assesses in hospital.
    test: (f) => has(f, 'watersBroken') && has(f, 'pretermWeeks'),
  },
  {
    id: 'preterm_labour',
    severity: 'urgent',
    reason: 'Contractions before 37 weeks of pregnancy (possible early labour: call the maternity unit or go in now)',
    // Labour from about 20 weeks to before 37 can often be slowed, and the baby helped, only in hospital (NICE NG25).
    // Tightenings told painless, occasional or easing with rest are Braxton Hicks, unless regular, bleeding or waters come with them.
    test: (f) => has(f, 'contractions') && has(f, 'pretermWeeks') && has(f, 'laterPregnancy') && !(has(f, 'harmlessTightenings') && !has(f, 'vaginalBleeding', 'watersBroken')),
  },
  {
    id: 'labour_advanced',
    severity: 'urgent',
    reason: 'Labour well under way: contractions a few minutes apart, the waters gone with contractions, or an urge to push (call the maternity unit or the emergency number now)',
    // Established labour (contractions every 2–5 minutes, NICE NG235) or the second stage is for the
    // maternity unit now, and a birth at home unplanned or with a pregnancy kept hidden needs help coming.
    test: (f) =>
      has(f, 'pregnant', 'contractions', 'laterPregnancy') &&
      (has(f, 'labourAdvanced') || (has(f, 'watersBroken') && has(f, 'contractions'))) &&
      !has(f, 'harmlessTightenings'),
  },
  {
    id: 'preeclampsia_features',
    severity: 'urgent',
    reason: 'Headache with upper tummy pain, vision changes or swelling in later pregnancy (possible pre-eclampsia)',
    // Pre-eclampsia's liver pain sits under the right ribs or in the upper tummy, often with a headache.
    test: (f) =>
      (f.pregnant && has(f, 'headache', 'severeHeadache') && has(f, 'upperAbdominalPain', 'visualDisturbance', 'handFaceSwelling', 'vomiting')) ||
      // The liver's pain under the right ribs in later pregnancy, with vomiting or a high blood pressure (HELLP).
      (f.pregnant && has(f, 'laterPregnancy') && has(f, 'upperAbdominalPain') && (has(f, 'vomiting', 'bloodPressureHigh') || max(systolic(f)) >= 140)),
  },
  {
    id: 'later_pregnancy_bleeding',
    severity: 'urgent',
    reason: 'Bleeding from the vagina in later pregnancy (from about 20 weeks): go to the maternity unit now',
    // Painless bright red bleeding is the classic placenta praevia: no pain does not mean no danger (RCOG GTG 63).
    test: (f) => f.pregnant && has(f, 'laterPregnancy') && has(f, 'vaginalBleeding'),
  },
  {
    id: 'pregnancy_bleeding_pain_any',
    severity: 'urgent',
    reason: 'Bleeding with tummy pain in pregnancy',
    // Bleeding with pain in pregnancy is an abruption or ectopic until shown otherwise, whatever the amount.
    test: (f) => f.pregnant && has(f, 'vaginalBleeding') && has(f, 'abdominalPain'),
  },
  {
    id: 'dengue_warning_signs',
    severity: 'urgent',
    reason: 'Dengue with a warning sign (bleeding, repeated vomiting, severe tummy pain or drowsiness): it can turn into severe dengue as the fever falls',
    // WHO 2009 dengue guideline: any warning sign asks for care in hospital; shock comes as the fever settles.
    test: (f) =>
      has(f, 'dengue') &&
      (has(f, 'bleedingAny', 'vomitedRepeatedly', 'cantKeepDown', 'confusion', 'shockSigns', 'severePain') ||
        (has(f, 'abdominalPain') && has(f, 'severeWord'))),
  },
  {
    id: 'fever_after_tropical_travel',
    severity: 'urgent',
    reason: 'Fever after travel to a malaria area needs a malaria test today',
    // Falciparum malaria can kill within a day or two of the first fever.
    test: (f) => febrile(f) && has(f, 'tropicalTravel'),
  },
  {
    id: 'febrile_child_reduced_activity',
    severity: 'urgent',
    reason: 'A child with a fever who is less active, not feeding or hard to settle',
    // In a feverish child, how they behave matters more than the temperature (NICE traffic-light red/amber).
    test: (f) => isChild(f) && febrileChild(f) && has(f, 'reducedActivity', 'floppy') && has(f, 'vomiting', 'reducedActivity', 'floppy', 'anorexia'),
  },
  {
    id: 'epiglottitis',
    severity: 'critical',
    reason: 'Drooling with a muffled voice, fever or noisy breathing (the airway may close)',
    // Drooling means the person cannot swallow their own saliva: the throat is closing.
    test: (f) => has(f, 'drooling') && has(f, 'voiceChange', 'fever', 'stridor', 'severeBreathing', 'breathless'),
  },
  {
    id: 'deep_neck_infection',
    severity: 'urgent',
    reason: 'A swollen neck or floor of the mouth with trouble swallowing or drooling (a deep neck infection can close the airway)',
    // A tooth or throat infection that spreads under the tongue and into the neck (Ludwig's angina).
    test: (f) => has(f, 'neckSwelling') && has(f, 'cannotSwallow', 'drooling'),
  },
  {
    id: 'dental_infection_spreading',
    severity: 'urgent',
    reason: 'A tooth infection whose swelling has reached the eye or the neck (it can spread to the eye socket or close the airway)',
    // NHS: toothache with swelling around the eye or in the neck, or swelling that makes it hard to
    // swallow, is for A&E, not the dentist.
    test: (f) => has(f, 'dentalCause') && has(f, 'faceSwelling', 'infection') && has(f, 'eyeSwelling', 'neckSwelling', 'cannotSwallow'),
  },
  {
    id: 'temporal_arteritis_sight',
    severity: 'urgent',
    reason: 'Over 50 with pain in the jaw on chewing or a tender scalp, and a change in sight (giant cell arteritis can blind within hours)',
    // Jaw claudication and scalp tenderness make the arteritis likely; a sight symptom makes it an emergency.
    test: (f) => agedAtLeast(f, 50) && has(f, 'jawClaudication', 'scalpTender') && has(f, 'visualDisturbance', 'visionLoss', 'doubleVision', 'transientMonocular'),
  },
  {
    id: 'breathless_clot_risk',
    severity: 'urgent',
    reason: 'Breathlessness that came on suddenly or with a racing heart or a swollen leg, or pain on breathing in, after surgery, a birth, a long journey or on the pill (possible clot in the lung)',
    // A clot in the lung often shows without a swollen leg, and need not start suddenly: breathlessness with a
    // clot risk and either a sudden start or a racing heart is enough to suspect it. A rate told of exercise is the exercise's.
    // The weeks after a birth or an operation are a clot risk however they are told ("c-section 10 days ago").
    test: (f) =>
      (has(f, 'clotRisk', 'postpartum') || hasNowOrLately(f, 'recentInvasiveProcedure')) &&
      (has(f, 'pleuritic') ||
        (has(f, 'breathless', 'severeBreathing') &&
          (has(f, 'suddenOnset', 'tachycardic', 'legDvt') || (has(f, 'palpitations', 'fastHeart') && !has(f, 'exertion', 'anxietyTrigger')) || (heartFasterThan(f, 100) && !has(f, 'exertion'))))),
  },
  {
    id: 'rabies_exposure',
    severity: 'urgent',
    reason: 'Contact with an animal that may carry rabies (a bat, a wild or stray animal, or a bite abroad): the vaccine works only if started soon',
    // Rabies is fatal once symptoms start; a bat bite can go unnoticed in sleep (WHO, UKHSA guidance).
    test: (f) => has(f, 'batExposure', 'wildAnimalBite') || (has(f, 'animalBite') && has(f, 'abroad', 'tropicalTravel')),
  },
  {
    id: 'dvt_with_risk',
    severity: 'urgent',
    reason: 'A painful swollen leg after surgery, a long journey, birth, the pill or cancer (possible blood clot)',
    // A swollen painful calf with a clot risk factor needs a same-day scan and treatment.
    test: (f) => has(f, 'legDvt') && has(f, 'clotRisk'),
  },
  {
    id: 'cardiac_without_chest_pain',
    severity: 'urgent',
    reason: 'New breathlessness or upper tummy discomfort with sweating or clamminess, over 50 or with diabetes, or a sudden exhaustion with breathlessness and sickness in an older person (a heart attack can come without chest pain)',
    // Older people and people with diabetes often have a heart attack without chest pain; the alarm signs and a recent start make it likely.
    test: (f) =>
      ((agedAtLeast(f, 50) || f.diabetic) &&
        // Sweats with a fever are the fever's.
        has(f, 'autonomic') &&
        !has(f, 'fever') &&
        has(f, 'breathless', 'upperAbdominalPain') &&
        has(f, 'recent', 'suddenOnset', 'ongoingAcute')) ||
      // Past 65, or with diabetes past 50, a heart attack may be only a sudden exhaustion with breathlessness
      // and sickness, without sweats or pain; an infection's cough or fever explains them instead.
      ((agedAtLeast(f, 65) || (f.diabetic && agedAtLeast(f, 50))) &&
        has(f, 'breathless') &&
        has(f, 'nausea', 'vomiting') &&
        has(f, 'unusualFatigue', 'pale', 'faint') &&
        has(f, 'suddenOnset', 'startedToday', 'recent') &&
        !has(f, 'fever', 'cough', 'productiveCough', 'infection', 'diarrhoea')),
  },
  {
    id: 'cardiac_pain_elsewhere_at_risk',
    severity: 'urgent',
    reason: 'A new ache or pressure in the jaw, arm, upper back or between the shoulder blades with feeling sick, exhausted, sweaty or breathless, over 50 or with diabetes (a heart attack can feel like this)',
    // In older people and people with diabetes a heart attack is often an ache away from the chest with
    // sickness or exhaustion, without sweating; a recent start makes it this episode, a pain brought on by
    // moving or pressing makes it muscle, a tooth the dentist's, a jab the vaccine's, and a fever the infection's.
    test: (f) =>
      (agedAtLeast(f, 50) || f.diabetic) &&
      has(f, 'anginaSite') &&
      has(f, 'nausea', 'vomiting', 'unusualFatigue', 'autonomic', 'breathless', 'faint') &&
      has(f, 'recent', 'startedToday', 'suddenOnset', 'ongoingAcute') &&
      !has(f, 'fever', 'chestWallTender', 'hadFall', 'dentalCause', 'vaccineJab'),
  },
  {
    id: 'stroke_balance_eyes',
    severity: 'critical',
    reason: 'Sudden dizziness with double vision, slurred speech or being unable to walk straight (possible stroke)',
    // The back of the brain shows as balance and eyes (BE-FAST) before face, arm or speech.
    test: (f) =>
      has(f, 'suddenOnset') &&
      // Double vision with a walk that veers is the brainstem's pair of signs: a stroke without any dizziness.
      ((has(f, 'vertigo', 'faint') && has(f, 'doubleVision', 'speechProblem', 'ataxia')) || (has(f, 'doubleVision') && has(f, 'ataxia'))),
  },
  {
    id: 'aortic_aneurysm',
    severity: 'critical',
    reason: 'A pulsating lump in the tummy with pain or faintness, or sudden severe back or tummy pain with fainting over 60 (possible burst aortic aneurysm)',
    // A burst aneurysm bleeds inside: the pain with faintness or shock in an older person is enough to call for help.
    test: (f) =>
      (has(f, 'pulsatileMass') && has(f, 'abdominalPain', 'backPain', 'painWord', 'faint', 'syncope', 'shockSigns')) ||
      (agedAtLeast(f, 60) && has(f, 'suddenOnset') && has(f, 'severeWord', 'severePain') && has(f, 'backPain', 'abdominalPain') && has(f, 'faint', 'syncope', 'shockSigns')) ||
      // A tummy pain that goes through to the back, or is told in both, with faintness is the same bleed told without "sudden" or "severe".
      (agedAtLeast(f, 55) && has(f, 'abdominalPain') && has(f, 'throughToBack', 'backPain') && has(f, 'faint', 'syncope', 'shockSigns')) ||
      // A known aortic aneurysm with a bad tummy or back pain, a racing pulse or faintness is a leak until shown otherwise.
      (has(f, 'aorticAneurysm') && has(f, 'abdominalPain', 'backPain') && has(f, 'severeWord', 'severePain', 'suddenOnset', 'faint', 'syncope', 'shockSigns', 'palpitations')),
  },
  // --- Clinical prose: laboratory values and examination findings. ---
  {
    id: 'lab_inr',
    severity: 'urgent',
    reason: 'A very high INR (blood too thin), or a high INR with bleeding',
    // An INR of 8 or more risks spontaneous bleeding; with bleeding at 5 or more it needs reversal now.
    test: (f) => max(f.labs.inr) >= 8 || (max(f.labs.inr) >= 5 && has(f, 'bleedingAny', 'giBleed', 'headInjury')),
  },
  {
    id: 'fever_valve_risk',
    severity: 'urgent',
    reason: 'A fever with a replaced or diseased heart valve, or after injecting drugs (possible infection of the heart valves, endocarditis)',
    // Endocarditis shows as a fever and little else; with a valve at risk it is sent the same day (NICE, ESC 2023).
    test: (f) => has(f, 'valveRisk') && febrile(f),
  },
  {
    id: 'jaundice_fever',
    severity: 'urgent',
    reason: 'Yellow skin or eyes with a fever and pain under the right ribs, or with shivering fits (possible infection of the bile ducts)',
    // Charcot's triad (fever, jaundice, pain under the right ribs) or jaundice with rigors: a blocked,
    // infected bile duct, which turns to sepsis within hours. Yellowing with a fever alone is more often
    // hepatitis: a doctor the same day (the jaundice triage finding), not an ambulance.
    test: (f) =>
      has(f, 'jaundice') && !isInfant(f) && ((febrile(f) && has(f, 'upperAbdominalPain')) || has(f, 'extremeShivering') || (febrile(f) && has(f, 'shivery'))),
  },
  {
    id: 'jaundice_confusion',
    severity: 'urgent',
    reason: 'Yellow skin or eyes with confusion or drowsiness (possible liver failure)',
    // A jaundiced person who becomes muddled or drowsy has a liver no longer clearing toxins (encephalopathy).
    test: (f) => has(f, 'jaundice') && has(f, 'confusion', 'unresponsive'),
  },
  {
    id: 'dehydration_no_urine',
    severity: 'urgent',
    reason: 'No urine with diarrhoea or vomiting, with dizziness or great thirst (severe dehydration)',
    // Not peeing at all with fluid being lost is the NHS's sign to get help now (cholera, gastroenteritis at any age).
    // A "tummy bug" is the same fluid loss told by its name.
    test: (f) => has(f, 'diarrhoea', 'vomiting', 'gutBug') && has(f, 'urinaryRetention', 'infantDehydration') && has(f, 'faint', 'thirst', 'confusion'),
  },
  {
    id: 'lab_liver',
    severity: 'urgent',
    reason: 'Very high liver enzymes (acute liver injury)',
    // ALT or AST above 1000 means acute liver injury (paracetamol, hepatitis, loss of blood supply).
    test: (f) => max(f.labs.transaminase) >= 1000,
  },
  {
    id: 'lab_glucose',
    severity: 'critical',
    reason: 'A dangerously low or very high blood glucose',
    // Below 3 mmol/L the brain is short of fuel; above 30 mmol/L points at ketoacidosis or a hyperosmolar state.
    test: (f) => min(f.labs.glucoseMmol) < 3 || max(f.labs.glucoseMmol) > 30,
  },
  {
    id: 'lab_electrolytes',
    severity: 'urgent',
    reason: 'A dangerous potassium or sodium level',
    // Potassium outside 2.5-6.5 stops hearts; sodium below 120 or above 160 causes seizures and coma.
    test: (f) => max(f.labs.potassium) >= 6.5 || min(f.labs.potassium) < 2.5 || min(f.labs.sodium) < 120 || max(f.labs.sodium) > 160,
  },
  {
    id: 'lab_haemoglobin',
    severity: 'urgent',
    reason: 'A very low haemoglobin or platelet count',
    // Haemoglobin under 70 g/L needs transfusion assessment; platelets under 20 risk spontaneous bleeding.
    test: (f) => min(f.labs.haemoglobin) < 70 || min(f.labs.platelets) < 20,
  },
  {
    id: 'lab_troponin',
    severity: 'critical',
    reason: 'A raised troponin (heart muscle damage)',
    // A raised troponin means heart muscle is being damaged now.
    test: (f) => f.labs.troponinRaised,
  },
  {
    id: 'lab_lactate',
    severity: 'critical',
    reason: 'A high lactate (the body is short of oxygen or in shock)',
    // Lactate of 4 or more is septic shock's threshold whatever the source.
    test: (f) => max(f.labs.lactate) >= 4,
  },
  {
    id: 'lab_kidney',
    severity: 'urgent',
    reason: 'A very high creatinine with symptoms (kidneys failing)',
    // A creatinine this high with vomiting, confusion, breathlessness or no urine is acute kidney failure.
    test: (f) => max(f.labs.creatinine) >= 350 && has(f, 'vomiting', 'confusion', 'breathless', 'urinaryRetention'),
  },
  {
    id: 'fluid_on_the_lungs',
    severity: 'critical',
    reason: 'Breathless with pink or frothy spit (fluid on the lungs)',
    // Pink frothy sputum is pulmonary oedema, from the heart or from altitude: oxygen and treatment now.
    test: (f) => has(f, 'frothySputum') && has(f, 'breathless', 'severeBreathing', 'breathlessAtRest', 'cough'),
  },
  {
    id: 'altitude_illness',
    severity: 'critical',
    reason: 'Breathless at rest, confused or unsteady at high altitude (fluid on the lungs or brain): go down now and get help',
    // High-altitude pulmonary and cerebral oedema kill within hours; descent is the treatment (Wilderness Medical Society).
    test: (f) => has(f, 'highAltitude') && has(f, 'breathlessAtRest', 'severeBreathing', 'frothySputum', 'confusion', 'ataxia', 'unsteady'),
  },
  {
    id: 'wild_mushrooms',
    severity: 'urgent',
    reason: 'Sick after eating wild mushrooms (some poison the liver, and the worst make people sick only hours later)',
    // Amatoxin mushrooms (death cap) give vomiting and watery diarrhoea 6 to 24 hours after the meal; the liver fails days later.
    test: (f) => has(f, 'wildMushrooms') && has(f, 'vomiting', 'diarrhoea', 'abdominalPain', 'confusion', 'hallucinating', 'seizure'),
  },
  {
    id: 'muscle_breakdown_lay',
    severity: 'urgent',
    reason: 'Muscles in agony or swollen with urine the colour of cola (possible muscle breakdown, which can damage the kidneys)',
    // Rhabdomyolysis after a first hard workout, a crush or a long lie on the floor: the urine tells it before any test.
    test: (f) =>
      has(f, 'darkUrine') &&
      (has(f, 'severeMusclePain', 'tenseLimb') || (has(f, 'severePain', 'severeWord') && has(f, 'limbExplained', 'legDvt', 'exertion', 'duringExertion'))),
  },
  {
    id: 'lab_muscle_breakdown',
    severity: 'urgent',
    reason: 'A very high creatine kinase (muscle breakdown that can stop the kidneys)',
    // Above 5,000 U/L the kidneys are at risk and fluids are given in hospital; with dark urine from 1,000.
    test: (f) => max(f.labs.creatineKinase) >= 5000 || (max(f.labs.creatineKinase) >= 1000 && has(f, 'darkUrine')),
  },
  {
    id: 'lab_acidosis',
    severity: 'critical',
    reason: 'Acid in the blood (ketoacidosis or another metabolic acidosis)',
    // A pH under 7.3, a bicarbonate under 15 or blood ketones of 3 or more are the ketoacidosis criteria;
    // large urine ketones count only in someone with diabetes or a high sugar (fasting makes them too).
    test: (f) =>
      min(f.labs.ph) < 7.3 ||
      min(f.labs.bicarbonate) < 15 ||
      max(f.labs.ketones) >= 3 ||
      (f.labs.urineKetonesHigh && (f.diabetic || max(f.labs.glucoseMmol) > 11)),
  },
  {
    id: 'lab_calcium',
    severity: 'urgent',
    reason: 'A dangerous calcium level',
    // Corrected calcium of 3.5 mmol/L or more (or 3 with confusion or vomiting) and under 1.9 risk heart rhythm problems and seizures.
    test: (f) => max(f.labs.calcium) >= 3.5 || min(f.labs.calcium) < 1.9 || (max(f.labs.calcium) >= 3 && has(f, 'confusion', 'vomiting')),
  },
  {
    id: 'low_gcs',
    severity: 'critical',
    reason: 'A reduced level of consciousness (Glasgow coma score 13 or less)',
    // A GCS of 13 or less is moderate to severe brain dysfunction.
    test: (f) => min(f.labs.gcs) <= 13,
  },
  {
    id: 'child_red_features',
    severity: 'critical',
    reason: 'A baby or child with red features: grunting or flaring to breathe, mottled skin or a high-pitched cry',
    // NICE NG143's red features of a possibly seriously ill child; a high-pitched cry is a baby's even when no age is given.
    test: (f) =>
      // Grunting or flaring is a child's when a son or daughter is told without an age (an adult's is no better).
      (probablyChild(f) && has(f, 'childBreathingDistress')) ||
      (isChild(f) && has(f, 'mottled') && !has(f, 'mottledWhenCold')) ||
      (has(f, 'highPitchedCry') && (isChild(f) || f.ageMonths === undefined)),
  },
  {
    id: 'jaundice_first_day',
    severity: 'urgent',
    reason: "Jaundice in a baby's first 24 hours needs checking within hours",
    test: (f) => has(f, 'jaundiceFirstDay') && (isInfant(f) || has(f, 'childWord', 'baby', 'offspring')),
  },
  {
    id: 'early_warning_score_high',
    severity: 'critical',
    reason: 'A high early warning score (NEWS2 of 7 or more, or qSOFA of 2 or more)',
    // NEWS2 7+ calls for an emergency response; qSOFA 2+ is sepsis at high risk of dying.
    test: (f) => max(f.labs.news) >= 7 || max(f.labs.qsofa) >= 2,
  },
  {
    id: 'early_warning_score',
    severity: 'urgent',
    reason: 'A raised early warning score (NEWS2 of 5 or 6)',
    // NEWS2 5-6 calls for an urgent response by a clinician.
    // Only 5 or 6: at 7 or more the critical rule above gives the reason, and this one's would be wrong.
    test: (f) => max(f.labs.news) >= 5 && max(f.labs.news) < 7,
  },
  {
    id: 'exam_pupils',
    severity: 'critical',
    reason: 'A blown, fixed or unequal pupil (pressure on the brain)',
    // Unequal pupils alone are common and harmless; after a head injury or with drowsiness they are not.
    test: (f) => has(f, 'pupilFixed') || (has(f, 'pupilsUnequal') && has(f, 'headInjury', 'confusion', 'unresponsive', 'headache', 'vomiting')),
  },
  {
    id: 'exam_papilloedema',
    severity: 'urgent',
    reason: 'Swollen optic discs (raised pressure inside the head)',
    // Papilloedema needs same-day imaging whatever else is told.
    test: (f) => has(f, 'papilloedema'),
  },
  {
    id: 'ecg_emergency',
    severity: 'critical',
    reason: 'An ECG showing a heart attack or a dangerous heart rhythm',
    test: (f) => has(f, 'ecgEmergency'),
  },
  {
    id: 'exam_shock',
    severity: 'urgent',
    reason: 'Low blood pressure or a racing heart found on examination',
    // Clinicians write "hypotensive" or "tachycardic" instead of the numbers the vitals rules read.
    test: (f) => has(f, 'hypotensive') || (has(f, 'tachycardic') && has(f, 'infection', 'fever', 'bleedingAny', 'giBleed', 'chestPain', 'breathless', 'abdominalPain', 'vomiting')),
  },
  {
    id: 'swallowed_sharp_object',
    severity: 'urgent',
    reason: 'Something sharp, magnets or a battery swallowed (it can cut, trap or burn the gut: go to A&E now, do not make them sick)',
    // NHS: swallowed sharp objects, more than one magnet and batteries need hospital the same day; pain or black stools say it is already doing harm.
    test: (f) => has(f, 'sharpSwallowed'),
  },
  {
    id: 'purging_with_heart_or_weakness',
    severity: 'urgent',
    reason: 'Making yourself sick day after day, now with a fluttering heart, weak legs, cramps or faintness (potassium may be low enough to stop the heart)',
    // Purging drains potassium; palpitations, weakness and cramps are its danger signs (NICE NG69, eating disorders: medical emergencies).
    test: (f) => has(f, 'purging') && has(f, 'palpitations', 'bothLegsWeak', 'limbWeakness', 'unusualFatigue', 'faint', 'syncope', 'confusion', 'chestPain', 'severeMusclePain'),
  },
  {
    id: 'no_fluids_for_days',
    severity: 'urgent',
    reason: 'Nothing to drink for a day or more (dangerous dehydration; the kidneys can fail)',
    // An adult who has drunk nothing for a day or more, however it came about (not eating or drinking in a
    // depression, a catatonic state, a frail older person), needs fluids and blood tests today.
    test: (f) => has(f, 'noFluidsForDays') || (has(f, 'noFluids') && f.durationDays !== undefined && f.durationDays >= 1),
  },
  {
    id: 'chemotherapy_fluid_loss',
    severity: 'urgent',
    reason: 'Diarrhoea or vomiting during chemotherapy with dizziness or little urine (dehydration and infection move fast on chemotherapy: call the chemotherapy helpline or go in now)',
    // UKONS triage: on systemic anticancer treatment, diarrhoea or vomiting with dizziness or reduced urine is red.
    test: (f) => f.immunosuppressed && has(f, 'diarrhoea', 'vomiting') && has(f, 'faint', 'syncope', 'littleUrine', 'urinaryRetention', 'dehydratedWord', 'confusion', 'vertigo'),
  },
  {
    id: 'missed_dialysis',
    severity: 'urgent',
    reason: 'Dialysis missed with weakness, a changed heartbeat, breathlessness or being sick (potassium or fluid building up)',
    // A missed session lets potassium rise until the heart's rhythm fails; weakness and palpitations are its signs.
    test: (f) =>
      has(f, 'missedDialysis') &&
      has(f, 'unusualFatigue', 'limbWeakness', 'palpitations', 'breathless', 'severeBreathing', 'vomiting', 'confusion', 'faint', 'bothLegsWeak', 'chestPain'),
  },
  {
    id: 'bloody_diarrhoea_little_urine',
    severity: 'urgent',
    reason: 'Bloody diarrhoea with very little urine (possible kidney failure after a bowel infection, or severe dehydration)',
    // Haemolytic uraemic syndrome follows a bloody diarrhoea (E. coli O157), most in young children: the urine
    // dwindling is the kidneys failing, and it needs hospital the same day.
    test: (f) => has(f, 'bloodInStool') && has(f, 'diarrhoea') && has(f, 'littleUrine', 'infantDehydration'),
  },
  {
    id: 'gas_in_tissue',
    severity: 'critical',
    reason: 'Crackling under the skin of a painful, swollen area or wound with a fever (possible gas gangrene or a flesh-eating infection)',
    // Crepitus of the soft tissues is gas from a necrotising infection (Fournier's gangrene in the perineum): surgery within hours.
    test: (f) => has(f, 'gasInTissue') && (febrile(f) || has(f, 'severePain', 'severeWord', 'shockSigns')),
  },
  {
    id: 'fever_fast_pulse_after_birth_or_surgery',
    severity: 'urgent',
    reason: 'A fever with a pulse over 115 after giving birth or an operation (possible sepsis)',
    // NICE NG51: after birth or surgery an infection spreads fast; a fever with a heart rate this high is sepsis until shown otherwise.
    test: (f) => febrile(f) && (has(f, 'postpartum') || hasNowOrLately(f, 'afterOperation')) && heartFasterThan(f, 115),
  },
  {
    id: 'trauma_abdomen_shock',
    severity: 'critical',
    reason: 'Tummy or shoulder-tip pain after a crash, fall or blow with a fast pulse or low blood pressure (possible bleeding inside)',
    // A spleen or liver torn in a crash bleeds into the belly; the shoulder tip hurts from blood under the diaphragm.
    test: (f) =>
      has(f, 'vehicleCollision', 'highEnergyInjury', 'sideBlow', 'hadFall') &&
      has(f, 'abdominalPain', 'shoulderTip') &&
      (heartFasterThan(f, 100) || min(systolic(f)) < 100 || has(f, 'shockSigns', 'faint', 'syncope')),
  },
  {
    id: 'bleeding_after_tonsillectomy',
    severity: 'critical',
    reason: 'Bleeding after having the tonsils out (it can become heavy quickly)',
    // ENT UK and NHS: any fresh blood in the first two weeks after a tonsillectomy goes to A&E at once.
    test: (f) => hasNowOrLately(f, 'tonsillectomy') && has(f, 'bleedingAny') && !has(f, 'bleedingStopped'),
  },
  {
    id: 'young_baby_vomiting_dehydrated',
    severity: 'urgent',
    reason: 'A baby under a year who keeps vomiting and looks dehydrated (projectile vomiting in the first weeks can be a blocked stomach outlet)',
    // NICE NG210: a baby who appears dehydrated is at risk; forceful vomiting after every feed at 2-8 weeks is pyloric stenosis's sign.
    test: (f) => isInfant(f) && has(f, 'vomiting') && has(f, 'dehydratedWord', 'infantDehydration'),
  },
  {
    id: 'face_bite',
    severity: 'urgent',
    reason: 'An animal bite to the face (it needs cleaning, closing and often antibiotics at A&E)',
    test: (f) => has(f, 'faceBite'),
  },
  {
    id: 'penetrating_injury',
    severity: 'critical',
    reason: 'A stab or gunshot wound (the damage inside can be far worse than the wound looks)',
    test: (f) => has(f, 'penetratingInjury'),
  },
  {
    id: 'high_energy_injury',
    severity: 'urgent',
    reason: 'Hit by a vehicle, thrown from one, or a fall from a height (injuries inside may not show at first)',
    test: (f) => has(f, 'highEnergyInjury'),
  },
  {
    id: 'open_fracture',
    severity: 'urgent',
    reason: 'A broken bone sticking out through the skin (an open fracture needs surgery and antibiotics within hours)',
    // NHS (broken bones): a bone through the skin is an A&E or 999 injury; the fracture entry's red flag says it
    // only as "see a doctor" because that entry is not an emergency one.
    test: (f) => has(f, 'openFracture'),
  },
  {
    id: 'spinal_injury',
    severity: 'critical',
    reason: 'Tingling, numbness or weakness in both arms or both legs after a crash, fall or blow to the neck (possible spinal injury)',
    // NHS: call 999 after an injury to the neck or back with tingling, numbness or weakness in the limbs; keep still.
    test: (f) => has(f, 'limbsBothSides') && has(f, 'vehicleCollision', 'hadFall', 'neckBlow', 'headInjury'),
  },
  {
    id: 'older_fall_cannot_stand',
    severity: 'urgent',
    reason: 'Someone who fell and cannot get up or stand, older or with a painful hip (a broken hip is likely)',
    // A hip broken in a fall often shows only as not being able to stand; lying on the floor for hours adds harm.
    // A painful hip after a fall with no standing at any age is the same picture (NHS: call 999 for a suspected broken hip).
    // A leg turned out and shorter after a fall is the broken hip itself.
    // An older person found on the floor fell or collapsed: a leg shortened or turned out that cannot bear weight is the break.
    test: (f) =>
      ((isOlder(f) || has(f, 'hipPain')) && has(f, 'hadFall') && has(f, 'cannotBearWeight')) ||
      (has(f, 'hadFall') && has(f, 'hipFractureSign')) ||
      (has(f, 'hipFractureSign') && (isOlder(f) || has(f, 'cannotBearWeight')) && has(f, 'cannotBearWeight', 'painWord', 'severePain')),
  },
  {
    id: 'bilious_vomiting',
    severity: 'urgent',
    reason: 'Green (bile) vomit in a child or with a swollen tummy, or vomit like faeces (possible blocked or twisted bowel)',
    // In a child, green vomit is a twisted bowel until shown otherwise; in an adult after many bouts of
    // vomiting it is common, so it counts there only with a swollen tummy. A son or daughter whose age
    // is not told counts as a child here: the cost of the doubt falls on the side of the alert.
    // Vomit that looks or smells like faeces is a low obstruction at any age.
    test: (f) => (has(f, 'biliousVomit') && (probablyChild(f) || has(f, 'distension'))) || has(f, 'feculentVomit') || (has(f, 'faecalLooking') && has(f, 'vomiting') && !has(f, 'diarrhoea')),
  },
  {
    id: 'exam_peritonism',
    severity: 'urgent',
    reason: 'Guarding, rebound tenderness or a rigid abdomen (possible surgical emergency)',
    // Peritoneal signs mean inflammation of the lining of the abdomen, which needs a surgeon.
    test: (f) => has(f, 'peritonealSigns'),
  },
  {
    id: 'exam_meningism',
    severity: 'critical',
    reason: 'Neck stiffness with fever, headache or light sensitivity (possible meningitis)',
    // Clinical meningism with any other feature is meningitis until proven otherwise.
    // A headache beside a neck stiffened by sleep, posture or strain (worse on turning) is the neck's,
    // unless a fever, light sensitivity, confusion or vomiting comes with it.
    test: (f) =>
      has(f, 'meningism') &&
      (febrile(f) || has(f, 'photophobia', 'confusion', 'vomiting') || (has(f, 'headache') && !has(f, 'mechanicalNeck'))),
  },
];
