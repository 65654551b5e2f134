import { describe, expect, it } from 'vitest';
import { extractLabs } from '../../plugins/medical/clinical/extractLabs.ts';
import { extractVitals } from '../../plugins/medical/language/extractVitals.ts';
import { alerts, decide } from './urgencyHelpers.ts';

describe('extractLabs', () => {
  it('reads values with their names, links and units', () => {
    const labs = extractLabs('INR was 7.5, ALT: 1850 U/L, K+ 6.9, Na 117, Hb 6.4 g/dL, plt 12, lactate of 4.6, creatinine 3.2 mg/dL, GCS 11');
    expect(labs.inr).toEqual([7.5]);
    expect(labs.transaminase).toEqual([1850]);
    expect(labs.potassium).toEqual([6.9]);
    expect(labs.sodium).toEqual([117]);
    expect(labs.haemoglobin).toEqual([64]);
    expect(labs.platelets).toEqual([12]);
    expect(labs.lactate).toEqual([4.6]);
    expect(labs.creatinine[0]).toBeCloseTo(282.9, 0);
    expect(labs.gcs).toEqual([11]);
  });

  it('converts glucose to mmol/L (mg/dL by unit or by size)', () => {
    expect(extractLabs('blood glucose 2.4 mmol/L').glucoseMmol).toEqual([2.4]);
    expect(extractLabs('fingerstick glucose 40 mg/dl').glucoseMmol[0]).toBeCloseTo(2.22, 1);
    expect(extractLabs('BM of 36').glucoseMmol[0]).toBeCloseTo(2, 0);
  });

  it('troponin: a value above the cut-off or a word saying so', () => {
    expect(extractLabs('hs-troponin 85').troponinRaised).toBe(true);
    expect(extractLabs('troponin came back elevated').troponinRaised).toBe(true);
    expect(extractLabs('troponin 3').troponinRaised).toBe(false);
  });

  it('reads nothing from prose without values', () => {
    const labs = extractLabs('I feel ok, back a bit stiff, na');
    expect([...labs.inr, ...labs.potassium, ...labs.sodium, ...labs.gcs]).toEqual([]);
  });
});

describe('clinical prose changes urgency', () => {
  it.each([
    'Patient on warfarin, INR 10 today, bruising easily',
    '45F, ALT 3100 after a paracetamol overdose 2 days ago',
    'potassium 7.1 on the morning bloods',
    'serum sodium 114, nauseated',
    'haemoglobin 58 g/L, tired',
    'troponin raised, ongoing epigastric discomfort',
    'lactate 5.2 in a patient with pneumonia',
    'brought in with a GCS of 9',
    'acute confusion, altered mental status since this morning',
    'on exam: guarding and rebound in the RLQ',
    'hypotensive and tachycardic after vomiting blood',
    'fever, headache, and neck stiffness on examination',
  ])('%s', (message) => {
    expect(decide(message).level).toBe('emergency');
    expect(decide(message).emergency.fired).toBe(true);
  });

  it.each(['INR 2.5, routine check, no bleeding', 'potassium 4.2 and sodium 139, all normal', 'troponin negative, GCS 15', 'ALT 45 slightly up'])(
    'normal values do not alert: %s',
    (message) => {
      expect(alerts(message)).toBe(false);
    },
  );
});

describe('more laboratory values: muscle breakdown, acidosis, calcium', () => {
  it('reads CK, pH, bicarbonate, ketones and calcium with their units', () => {
    const labs = extractLabs('CK 52,000 U/L, VBG pH 7.08, HCO3- 7, beta-hydroxybutyrate 5.1 mmol/L, corrected calcium 3.9 mmol/L');
    expect(labs.creatineKinase).toEqual([52000]);
    expect(labs.ph).toEqual([7.08]);
    expect(labs.bicarbonate).toEqual([7]);
    expect(labs.ketones).toEqual([5.1]);
    expect(labs.calcium).toEqual([3.9]);
    expect(extractLabs('serum calcium 14.8 mg/dL').calcium[0]).toBeCloseTo(3.7, 1);
    expect(extractLabs('urine ketones +++').urineKetonesHigh).toBe(true);
    expect(extractLabs('ketones: trace').urineKetonesHigh).toBe(false);
    // Ionised calcium runs 1.1-1.3 mmol/L: read as a total calcium, a normal value would be dangerously low.
    expect(extractLabs('ionised calcium 1.21').calcium).toEqual([]);
  });

  it('a pH that is not blood is not read: urine, a pool, a product', () => {
    expect(extractLabs('urine pH 7.0').ph).toEqual([]);
    expect(extractLabs('the pool water pH was 7.2').ph).toEqual([]);
    expect(extractLabs('a face wash with a pH of 5.5').ph).toEqual([]);
  });

  it('regression: thousands separators were read as a list break ("CK 3,200" became CK 3)', () => {
    expect(extractLabs('ALT 2,400, AST 1,950').transaminase).toEqual([2400, 1950]);
    expect(extractLabs('platelets 9,000/uL').platelets).toEqual([9]);
    expect(extractLabs('platelets 180,000').platelets).toEqual([180]);
    // A decimal comma is not a thousands separator.
    expect(extractLabs('K 6,8').potassium).toEqual([6]);
  });

  it.each([
    'creatine kinase 41,000 after being found on the floor overnight',
    'CK 2,800 and his pee looks like cola since the ultramarathon',
    'ABG: pH 7.11, bicarb 6, glucose 31 mmol/L, type 1 diabetic',
    'blood ketones 5.3 mmol/L, vomiting since last night',
    'dipstick shows 4+ ketones, she has type 1 diabetes and belly pain',
    'corrected Ca 3.7 mmol/L, drowsy and constipated, known breast cancer',
    'adjusted calcium 1.62, tingling lips and hand spasms',
    'ALT 2,400, jaundiced, confused',
    'platelets 6,000, nosebleed and bruises',
  ])('alerts: %s', (message) => {
    expect(alerts(message)).toBe(true);
  });

  it.each([
    'CK 210 on a statin, a bit achy',
    'CK 650 after leg day, feel fine',
    'venous pH 7.38, bicarbonate 25, all normal',
    'blood ketones 0.3 this morning, type 1, sugar 9',
    'ketones ++ in my urine while fasting, not diabetic, feel fine',
    'calcium 2.38, vitamin D slightly low',
    'calcium 9.6 mg/dL on routine bloods',
    'urine pH 7.5 on the dipstick, some stinging when I pee',
    'my urine is dark yellow after a hot day',
    'walked 12,000 steps today and my knee aches a bit',
  ])('does not alert: %s', (message) => {
    expect(alerts(message)).toBe(false);
  });
});

describe('regression: a number with a unit was read as blood glucose whatever its test', () => {
  it.each([
    'magnesium 0.8 mmol/L at my check-up',
    'creatinine 0.9 mg/dL, routine bloods',
    'bilirubin 1.2 mg/dl, told it is Gilbert syndrome',
    'potassium 4.4 mmol/L, sodium 140 mmol/L',
  ])('%s is not a glucose', (message) => {
    expect(extractVitals(message.toLowerCase()).glucoseMgDl).toEqual([]);
    expect(alerts(message)).toBe(false);
  });

  it('HbA1c in mmol/mol is not a glucose in mmol/L', () => {
    expect(alerts('HbA1c 53 mmol/mol at my annual diabetes review')).toBe(false);
  });

  it('a unit alone still reads as glucose when no other test owns it', () => {
    expect(alerts('my meter says 2.2 mmol and I am shaking and sweaty')).toBe(true);
    expect(alerts('it read 41 mg/dl and he is not making sense')).toBe(true);
  });
});

describe('examination findings, ECGs and early warning scores', () => {
  it.each([
    'obs: BP 72 systolic, pulse thready, confused',
    'CRT 4 s, cold peripheries, temperature 39.1, 18 month old',
    'left pupil blown after a fall down the stairs',
    'pupils fixed and unreactive',
    'unequal pupils and drowsy since he banged his head',
    'fundoscopy shows papilloedema; headaches on waking with vomiting',
    'ECG: ST elevation in V1-V4',
    'ECG shows an inferior STEMI',
    'troponin pending, ECG new LBBB, sweaty',
    'NEWS2 score of 8',
    'NEWS 6.',
    'qSOFA 2 with a urine infection',
    'expressive dysphasia and right arm weakness since 09:00',
  ])('alerts: %s', (message) => {
    expect(alerts(message)).toBe(true);
  });

  it.each([
    'I have unequal pupils, my optician says that is normal for me',
    'pupils equal and reactive to light, mild headache',
    'no papilloedema on fundoscopy, tension-type headache',
    'ECG: sinus rhythm, no ST elevation, chest wall tender',
    'NEWS2 1, alert, mild cough',
    'qSOFA 0, burning when I pee, otherwise well',
    'CRT under 2 seconds, drinking well, temperature 38.0',
    'systolic 128, diastolic 84',
    'I watched the news at 6 and got a headache',
    'in the news 8 people had food poisoning, I have a mild upset stomach',
  ])('does not alert: %s', (message) => {
    expect(alerts(message)).toBe(false);
  });
});
