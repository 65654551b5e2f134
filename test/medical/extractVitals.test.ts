import { describe, expect, it } from 'vitest';
import { extractAgeMonths } from '../../plugins/medical/language/extractAge.ts';
import { extractDuration } from '../../plugins/medical/language/extractDuration.ts';
import { extractVitals } from '../../plugins/medical/language/extractVitals.ts';
import { alerts, decide, firedRules } from './urgencyHelpers.ts';

const v = (s: string) => extractVitals(s.toLowerCase());

describe('extractVitals', () => {
  it('reads temperatures in C and F, with or without units', () => {
    expect(v('temp 38.9C')).toMatchObject({ temperatureC: [38.9] });
    expect(v('temperature was 101.3 F')).toMatchObject({ temperatureC: [38.5] });
    expect(v('he has a 104 fever')).toMatchObject({ temperatureC: [40] });
    expect(v('fiebre de 39,2')).toMatchObject({ temperatureC: [39.2] });
    expect(v('fever for 3 days').temperatureC).toEqual([]);
    // The reading told as a question, or checked in the next clause.
    expect(v('is 99.1 a fever?')).toMatchObject({ temperatureC: [37.3] });
    expect(v('i think i have a fever | checked and its 37.4')).toMatchObject({ temperatureC: [37.4] });
    expect(v('i feel hot | my son is 38 | ').temperatureC).toEqual([]);
  });
  it('reads glucose in mg/dL and mmol/L', () => {
    expect(v('sugar is 3.1 mmol/L').glucoseMgDl).toEqual([56]);
    expect(v('glucose 62 mg/dl').glucoseMgDl).toEqual([62]);
    expect(v('my blood sugar was 4.2').glucoseMgDl).toEqual([76]);
  });
  it('reads oxygen saturation, blood pressure and heart rate', () => {
    expect(v('sats 89 on air').spo2).toEqual([89]);
    expect(v('SpO2: 93%').spo2).toEqual([93]);
    expect(v('BP 182/115').bloodPressure).toEqual([{ systolic: 182, diastolic: 115 }]);
    expect(v('pulse 44').heartRate).toEqual([44]);
    expect(v('heart going 135 bpm').heartRate).toEqual([135]);
    expect(v('pulse ox says 90%').heartRate).toEqual([]);
    expect(v('available 24/7').bloodPressure).toEqual([]);
  });

  it('regression: a number after a pulse word that is a time, a count or another unit is not a heart rate (any number within 25 characters was)', () => {
    for (const text of [
      'my pulse has been racing for 30 minutes',
      'heart rate went funny about 25 days ago',
      'heartbeat skipping since 22:30 last night',
      'I check my pulse 35 times a day because I am anxious',
      'pulse felt weak after 30 mg of propranolol',
      'mi pulso va rápido desde hace 30 minutos',
    ]) {
      expect(v(text).heartRate, text).toEqual([]);
      expect(alerts(text), text).toBe(false);
    }
    expect(v('heart rate of 150 for two hours').heartRate).toEqual([150]);
    expect(v('pulse 38 at 3pm, feeling faint').heartRate).toEqual([38]);
    expect(v('HR 132, RR 24').heartRate).toEqual([132]);
    expect(v('pulse: 44/min').heartRate).toEqual([44]);
  });

  it('a racing or pounding pulse is a racing heart (the palpitations finding read only "heart")', () => {
    for (const [pulse, heart] of [
      ['my pulse has been racing for 30 minutes', 'my heart has been racing for 30 minutes'],
      ['pounding pulse since I woke up', 'pounding heart since I woke up'],
    ] as const) {
      expect(decide(pulse).level, pulse).toBe(decide(heart).level);
      expect(decide(pulse).level, pulse).toBe('non_emergency');
    }
    expect(firedRules('my pulse has been racing for an hour and I feel faint')).toContain('palpitations_ongoing');
  });
});

describe('extractDuration', () => {
  it('converts phrases to days', () => {
    expect(extractDuration('for 3 weeks')).toBe(21);
    expect(extractDuration('2 days of cough')).toBe(2);
    expect(extractDuration('for a few weeks')).toBe(21);
    expect(extractDuration('desde hace 5 días')).toBe(5);
    expect(extractDuration('depuis deux semaines')).toBe(14);
    expect(extractDuration('since this morning')).toBeUndefined();
  });

  it('regression: "a fever for a 6 month old" read the age as six months of symptoms; "for about 3 weeks" read nothing', () => {
    expect(extractDuration('is this a fever for a 6 month old?')).toBeUndefined();
    expect(extractDuration('a rash for a 2-year-old')).toBeUndefined();
    expect(extractDuration('fever for 6 months now')).toBe(180);
    expect(extractDuration('constipated for about 3 weeks')).toBe(21);
    expect(extractDuration('low for around 2 months')).toBe(60);
  });
});

describe('extractAgeMonths', () => {
  it('reads ages from lay and clinical phrasing', () => {
    expect(extractAgeMonths('a 65-year-old man presents')).toBe(780);
    expect(extractAgeMonths('my 7 week old son')).toBeCloseTo(1.6, 1);
    expect(extractAgeMonths('41f, headache')).toBe(492);
    expect(extractAgeMonths("i'm 80 and dizzy")).toBe(960);
    expect(extractAgeMonths("i'm 30 weeks pregnant")).toBeUndefined();
    expect(extractAgeMonths('mon bébé de 2 mois')).toBe(2);
  });

  it('regression: an age alone opening or closing a chat ("58, indigestion ...", "... no pain. 58") was no age', () => {
    expect(extractAgeMonths('58, what felt like indigestion all afternoon')).toBe(696);
    expect(extractAgeMonths('a curtain came down over my eye. no pain. 58')).toBe(696);
    expect(extractAgeMonths('mr p 88 found on floor of bathroom')).toBe(1056);
    expect(extractAgeMonths('my temp is 38.5, 39 now')).toBeUndefined();
  });

  it('regression: a baby\'s age without "old" ("baby 6 weeks, temp 38.2") was no age, so the fever in a young infant did not alert', () => {
    expect(extractAgeMonths('baby 6 weeks, temp 38.2')).toBeCloseTo(1.4, 1);
    expect(extractAgeMonths('my son is 3 months and has a cough')).toBe(3);
    expect(extractAgeMonths('infant, 10 days, jaundiced')).toBeCloseTo(0.3, 1);
    expect(extractAgeMonths('had my baby 6 weeks ago')).toBeUndefined();
    expect(extractAgeMonths('baby born 4 weeks early')).toBeUndefined();
    expect(extractAgeMonths('baby 30 weeks premature')).toBeUndefined();
    expect(extractAgeMonths('my son is 2 weeks into a course of antibiotics')).toBeUndefined();
    expect(alerts('my daughter is 3 days into a cold, temperature 38.1, drinking well')).toBe(false);
    expect(alerts('baby 6 weeks, temp 38.2')).toBe(true);
    expect(alerts('had my baby 6 weeks ago, now a temperature of 37.9 and a runny nose')).toBe(false);
  });
});
