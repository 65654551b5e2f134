import type { PatientProfile } from '../../sdk/index.ts';
import { GENERIC_CLASSES, loadDrugClasses, slugify } from './loadDrugClasses.ts';

/**
 * Turns a patient profile into the factor ids the knowledge base uses (`age:elderly`, `pregnancy`,
 * `condition:asthma`, `medication:anticoagulant`, `allergy:penicillin`, ...), each with a short
 * user-facing reason ("you take warfarin") so advice can say why it applies.
 */
export type ProfileFactors = ReadonlyMap<string, string>;

// Free-text chronic conditions as people write them, mapped to knowledge-base condition ids.
const CONDITION_PATTERNS: readonly (readonly [RegExp, readonly string[]])[] = [
  [/diabet|\bt[12]dm\b|\bdm2?\b/, ['diabetes']],
  [/type ?(?:1|one|i)\b|\bt1dm\b|insulin[- ]dependent/, ['type_1_diabetes']],
  [/hypertens|high blood pressure|high bp|\bhbp\b/, ['hypertension', 'high_blood_pressure']],
  [/asthma/, ['asthma']],
  [/copd|emphysema|chronic bronchitis|chronic obstructive/, ['copd']],
  [/kidney|renal|\bckd\b|dialysis/, ['kidney_disease', 'chronic_kidney_disease']],
  [/liver|cirrhosis|hepatitis/, ['liver_disease']],
  [/heart failure|\bchf\b|cardiac failure/, ['heart_failure', 'heart_disease']],
  [/heart|coronary|angina|\bcad\b|isch(a)?emic|myocardial|arrhythmia|atrial fibrillation|\ba-?fib\b|\baf\b/, ['heart_disease']],
  [/atrial fibrillation|\ba-?fib\b|\baf\b/, ['atrial_fibrillation']],
  [/congenital heart|hole in (?:the|my|his|her) heart|heart defect/, ['congenital_heart_disease']],
  [/stroke|\btia\b|transient isch/, ['stroke']],
  [/peripheral (?:arterial|artery|vascular)|\bpad\b|\bpvd\b|claudication/, ['peripheral_arterial_disease']],
  [/ulcer|gastritis|gi bleed/, ['peptic_ulcer']],
  [/reflux|\bgerd\b|\bgord\b|heartburn/, ['gord']],
  [/crohn/, ['crohns_disease', 'inflammatory_bowel_disease']],
  [/ulcerative colitis|\bibd\b|inflammatory bowel/, ['inflammatory_bowel_disease']],
  [/ha?emophilia|von willebrand|bleeding disorder|thrombocytop/, ['bleeding_disorder']],
  [/aplastic an(?:a)?emia/, ['aplastic_anaemia']],
  [/glaucoma/, ['glaucoma']],
  [/prostat|\bbph\b/, ['prostate_enlargement']],
  [/hyperthyroid|overactive thyroid|graves/, ['hyperthyroidism']],
  [/hypothyroid|underactive thyroid|hashimoto/, ['hypothyroidism']],
  [/thyroid/, ['thyroid_disease']],
  [/thyroidectomy|thyroid (?:removed|taken out|surgery)/, ['thyroidectomy']],
  [/multiple endocrine neoplasia|\bmen ?[12]\b/, ['multiple_endocrine_neoplasia']],
  [/pituitary (?:surgery|operation|tumou?r removed)|transsphenoidal/, ['pituitary_surgery']],
  [/(?:radiotherapy|radiation) (?:to|of|on) (?:the |my |his |her )?neck|neck (?:radiotherapy|radiation)/, ['neck_radiation']],
  [/epilep|seizure/, ['epilepsy']],
  [/migraine/, ['migraine']],
  [/multiple sclerosis|\bms\b/, ['multiple_sclerosis']],
  [/dementia|alzheimer/, ['dementia']],
  [/alcohol/, ['alcohol_use']],
  [/drug (?:use|misuse|abuse|addiction)|substance|heroin|cocaine|inject(?:ing|s)? drugs|\bivdu\b|\bpwid\b/, ['substance_use']],
  [/eczema|dermatitis/, ['eczema']],
  [/smok/, ['smoker', 'smoking']],
  [/obes|\bbmi (?:3\d|4\d|5\d)\b/, ['obesity']],
  [/osteopor|osteopenia/, ['osteoporosis']],
  [/rheumatoid/, ['rheumatoid_arthritis']],
  [/ankylosing/, ['ankylosing_spondylitis']],
  [/depress/, ['depression']],
  [/bipolar|manic depress/, ['bipolar_disorder']],
  [/cancer|tumou?r|malignan|carcinoma|lymphoma|leuka?emia|melanoma|sarcoma|myeloma/, ['cancer']],
  [/breast cancer|cancer of the breast|breast carcinoma/, ['breast_cancer']],
  [/\bbrca/, ['brca']],
  [/hereditary angio(?:o)?edema|\bhae\b/, ['hereditary_angioedema']],
  [/marfan/, ['marfan_syndrome']],
  [/contact lens/, ['contact_lens_wearer']],
  [/perforated (?:ear ?drum|tympanic)|hole in (?:my|the|his|her) ear ?drum/, ['perforated_eardrum']],
  [/military|veteran|armed forces|\barmy\b/, ['military_service']],
];
const IMMUNOSUPPRESSING = /\bhiv\b|aids|chemo|transplant|leuka?emia|lymphoma|immunodefic|immunosuppress/;

export function profileFactors(profile: PatientProfile | undefined): ProfileFactors {
  const factors = new Map<string, string>();
  if (!profile) return factors;
  const add = (id: string, reason: string): void => {
    if (!factors.has(id)) factors.set(id, reason);
  };
  if (profile.age !== undefined) {
    const age = profile.age;
    if (age < 1) add('age:infant', 'the patient is a baby under 1');
    else if (age < 12) add('age:child', 'the patient is a child under 12');
    else if (age < 18) add('age:teen', 'the patient is under 18');
    else if (age < 65) add('age:adult', 'the patient is an adult');
    else add('age:elderly', 'the patient is 65 or over');
  }
  if (profile.pregnant) add('pregnancy', 'you are pregnant');
  if (profile.sex === 'female' || profile.sex === 'male') add(`sex:${profile.sex}`, `the patient is ${profile.sex}`);
  if (profile.immunosuppressed) add('immunosuppressed', 'your immune system is weakened');

  for (const condition of profile.chronicConditions ?? []) {
    const text = condition.toLowerCase();
    for (const [pattern, ids] of CONDITION_PATTERNS) {
      if (pattern.test(text)) for (const id of ids) add(`condition:${id}`, `you have ${condition}`);
    }
    if (IMMUNOSUPPRESSING.test(text)) add('immunosuppressed', `you have ${condition}`);
  }

  const table = loadDrugClasses();
  for (const med of profile.currentMedications ?? []) {
    const drug = table.resolveDrug(med.name);
    const reason = `you take ${med.name}`;
    const classId = drug ? undefined : table.resolveClass(med.name);
    if (classId) add(`medication:${classId}`, reason);
    if (!drug) continue;
    add(`medication:${drug.slug}`, reason);
    for (const c of drug.classes) if (!GENERIC_CLASSES.has(c)) add(`medication:${c}`, reason);
    if (drug.classes.includes('immunosuppressant')) add('immunosuppressed', reason);
  }

  const allergies = profile.allergies;
  for (const allergy of allergies?.drug ?? []) {
    const reason = `you reported an allergy to ${allergy}`;
    const classId = table.resolveClass(allergy);
    if (classId) add(`allergy:${classId}`, reason);
    const drug = table.resolveDrug(allergy);
    if (drug) {
      add(`allergy:${drug.slug}`, reason);
      for (const c of drug.classes) if (!GENERIC_CLASSES.has(c)) add(`allergy:${c}`, reason);
    }
    if (!classId && !drug) add(`allergy:${slugify(allergy)}`, reason);
  }
  for (const other of [...(allergies?.other ?? []), ...(allergies?.food ?? [])]) {
    const reason = `you reported an allergy to ${other}`;
    if (/bee|wasp|sting|insect|hornet/i.test(other)) add('allergy:insect_sting', reason);
    add(`allergy:${slugify(other)}`, reason);
  }
  if ((allergies?.food ?? []).length > 0) add('allergy:food', 'you have a food allergy');
  return factors;
}
