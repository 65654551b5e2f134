/** Urgency rules that read what a finding is about, each in several phrasings of our own. */
import { describe, expect, it } from 'vitest';
import { alerts, decide } from './urgencyHelpers.ts';

describe('a tight or heavy chest without a pain word', () => {
  it('gets the urgent adult chest-pain frame', () => {
    for (const message of ['my chest feels tight', "I've got a tight chest since lunchtime", 'there is a heaviness across my chest', 'chest feels really heavy and constricted']) {
      const d = decide(message);
      expect(d.level).toBe('emergency');
      expect(d.rules.map((r) => r.rule)).toContain('chest_pain_adult');
    }
  });

  it('is not read into a tight throat or tight shoulders', () => {
    for (const message of ['my shoulders feel tight after the gym', 'my jeans feel tight around the waist', 'tight hamstrings after running']) {
      expect(alerts(message)).toBe(false);
    }
  });
});

describe('adult chest pain told over days', () => {
  it('still gets the chest-pain frame: pain on exertion for days, or getting worse, can be unstable angina', () => {
    for (const message of [
      'chest pain for the past 4 days when I walk uphill, goes away with rest',
      '3 day history of central chest pain on exertion',
      'chest pain for a week that is getting worse',
      'chest pain for 3 days, now sweating and it spreads to my left arm',
      'I have chest pain',
    ]) {
      expect(alerts(message)).toBe(true);
    }
  });
});

describe('severe abdominal pain', () => {
  it('alerts when the severity is the pain\'s', () => {
    for (const message of [
      'severe stomach pain and vomiting',
      'my tummy pain is unbearable and I keep throwing up',
      'abdominal pain started this morning, 9 out of 10, and I have been sick twice',
      'excruciating pain in my abdomen and vomiting',
      'severe, constant abdominal pain with vomiting',
    ]) {
      expect(decide(message).rules.map((r) => r.rule)).toContain('acute_abdomen');
    }
  });

  it('does not read a severe word about something else as severe pain', () => {
    for (const message of [
      'after the barbecue I have tummy cramps and severe vomiting',
      'stomach ache and really bad diarrhoea and vomiting since dinner',
      'mild belly cramps, terrible nausea and I was sick once',
    ]) {
      expect(decide(message).rules.map((r) => r.rule)).not.toContain('acute_abdomen');
    }
  });
});
