import { describe, expect, it } from 'vitest';
import { alerts } from './urgencyHelpers.ts';

// Clinical notes write findings as abbreviations and terms a lay reading misses: each family has
// phrasings that must alert and look-alikes that must not.
describe('clinical shorthand that must alert', () => {
  it.each([
    ['reduced consciousness', '71M BIBA after being found down in the garden, obtunded'],
    ['reduced consciousness', 'depressed level of consciousness since the morning'],
    ['altered mental status', '80F from a care home with AMS and a temperature of 38.6'],
    ['breathless at rest', 'DOE for a week, now SOB at rest and cannot lie flat'],
    ['pulmonary oedema', 'crackles to the mid zones, coughing pink frothy sputum'],
    ['pregnancy by test', '+UPT, LMP 6 weeks ago, left iliac fossa pain and shoulder-tip pain'],
    ['pregnancy by gestation', '36/40, headache and visual disturbance since this afternoon'],
    ['postpartum haemorrhage', 'day 3 post delivery, soaking through maternity pads and dizzy'],
    ['postpartum pre-eclampsia', 'had her baby 4 days ago, now severe headache with blurred vision'],
    ['overdose', 'took an OD of his mum\'s tablets'],
    ['anuria', 'anuric since yesterday evening'],
    ['retention', 'unable to void for 10 hours, palpable bladder'],
    ['large haemoptysis', 'massive haemoptysis while at work'],
  ])('%s: %s', (_family, message) => {
    expect(alerts(message)).toBe(true);
  });
});

describe('look-alikes that must not alert', () => {
  it.each([
    ['sob as crying', 'I sob most nights since the breakup'],
    ['OD as once daily', 'metformin 500mg BD, atorvastatin 20mg OD'],
    ['chronic exertional breathlessness', 'SOBOE on hills for years with my COPD, no change'],
    ['a settled postnatal course', 'postnatal, 3 weeks, bleeding light and settling, feeling well'],
    ['early pregnancy, well', '10/40, some nausea, no pain, no bleeding'],
    ['streaks of blood', 'haemoptysis, only streaks, with a chesty cough'],
    ['a bladder that feels full', 'a constant feeling of a full bladder and stinging when I pee'],
    ['shoulder-tip pain after keyhole surgery', 'shoulder tip pain after my laparoscopy yesterday, not pregnant'],
    ['AMS in the past', 'had AMS on a trek two years ago, fine now'],
  ])('%s: %s', (_family, message) => {
    expect(alerts(message)).toBe(false);
  });
});
