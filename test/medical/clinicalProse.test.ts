import { describe, expect, it } from 'vitest';
import { extractLabs } from '../../plugins/medical/clinical/extractLabs.ts';
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
