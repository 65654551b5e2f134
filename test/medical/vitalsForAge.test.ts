import { describe, expect, it } from 'vitest';
import { extractVitals } from '../../plugins/medical/language/extractVitals.ts';
import { decide, expectAlerts, firedRules } from './urgencyHelpers.ts';

// Heart and breathing rates are read against the age (safety/vitalLimits.ts, NICE NG51 and NG143): a
// feverish one-year-old with a pulse of 145 was "possible sepsis" by the adult limits, and a counted
// breathing rate was read only as "RR 22" to "RR 69", at any age. Phrasings are our own.
describe('a counted breathing rate', () => {
  const rr = (s: string) => extractVitals(s.toLowerCase()).respiratoryRate;

  it('is read in clinical shorthand and in lay words', () => {
    expect(rr('Obs: HR 112, RR 28, sats 95%')).toEqual([28]);
    expect(rr('respiratory rate of 32/min on arrival')).toEqual([32]);
    expect(rr('resp rate 18, afebrile')).toEqual([18]);
    expect(rr('respirations 6 and shallow')).toEqual([6]);
    expect(rr('she is breathing about 40 times a minute')).toEqual([40]);
    expect(rr('I counted 30 breaths per minute')).toEqual([30]);
    expect(rr('he is breathing really fast, I counted 70 a minute')).toEqual([70]);
    expect(rr('frecuencia respiratoria 35')).toEqual([35]);
  });

  it('is not a blood pressure, a duration or a percentage', () => {
    expect(rr('RR 120/80 at the pharmacy')).toEqual([]);
    expect(rr('rr 3 days of cough')).toEqual([]);
    expect(rr('breathing has been bad for 3 days')).toEqual([]);
    // A pulse between the breathing word and the number owns the number.
    expect(rr('short of breath and my pulse is 120 a minute')).toEqual([]);
  });

  it('alerts when it is distress for the age, or breathing that fails', () => {
    expectAlerts(
      [
        '45 year old man, unwell since yesterday, RR 34 at rest',
        'my 4 month old is breathing 70 times a minute and grunting',
        'my 3 month old is breathing really fast, I counted 70 a minute',
        'He took a lot of his oxycodone and is breathing 6 times a minute',
        '70 year old woman with a temperature of 38.4, resp rate 26 and short of breath',
      ],
      true,
    );
    expect(firedRules('my husband took too many sleeping tablets, I counted 7 breaths a minute')).toContain('slow_breathing');
    expect(firedRules('30 year old woman, RR 36, feels she cannot get enough air')).toContain('breathing_rate');
  });

  // The 25-a-minute branch read only the word "fever": a measured temperature of 38 or more with a
  // rate of 25-29 alerted nothing.
  it('regression: a measured temperature is a fever for the 25-a-minute limit, a normal one is not', () => {
    expect(firedRules('62 year old man, resp rate 27, temp 38.6, productive cough')).toContain('breathing_rate');
    expect(firedRules('Pt breathing 26 times a minute, T 39.1')).toContain('breathing_rate');
    expect(firedRules('62 year old man, resp rate 27, temp 36.9, productive cough')).not.toContain('breathing_rate');
  });

  it('does not alert on a rate that is normal for the age', () => {
    expectAlerts(
      [
        'my 6 month old has a runny nose, breathing rate 45 when I counted it asleep, feeding fine',
        'my newborn breathes 50 times a minute while sleeping, is that normal',
        '35 year old, resp rate 18, pulse 80, mild sore throat for two days',
      ],
      false,
    );
  });

  it('raises the level when fast for the age, below an alert', () => {
    expect(decide('my 3 year old has a cough, I counted 46 breaths a minute, no fever').level).toBe('non_emergency');
    expect(decide('my 3 year old has a cough, I counted 46 breaths a minute, no fever').emergency.fired).toBe(false);
  });
});

describe('a heart rate in a child', () => {
  it('is not a racing heart at a rate normal for a feverish child', () => {
    expectAlerts(
      [
        'my 1 year old has a fever of 38.4 and her heart rate is 145, she is drinking well',
        'my 9 month old baby has a temperature of 38.2, pulse 150, he is smiling and feeding',
        '4 year old boy, temp 38.5, HR 135, playing normally',
      ],
      false,
    );
    expect(firedRules('my 1 year old has a fever of 38.4 and her heart rate is 145, she is drinking well')).not.toContain('sepsis');
  });

  it('still alerts at a rate high for the age, and the adult limits are unchanged', () => {
    expectAlerts(
      [
        'my 2 year old has a fever of 39.2 and his heart rate is 175, he is very sleepy',
        'my 7 year old daughter has a temperature of 39, pulse 150 and she is short of breath',
        'temperature 38.9, pulse 135, I feel awful and short of breath',
        'my baby is 3 months old and his heart rate is 50, he is floppy and pale',
      ],
      true,
    );
  });
});
