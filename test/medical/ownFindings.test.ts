/**
 * Urgency reads the person's own current findings: not what relatives had, not a heavy period without
 * blood loss, not a word that only looks like a finding. Each side of each line in our own phrasings.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../plugins/medical/diagnose.ts';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { alerts, decide } from './urgencyHelpers.ts';

describe('a family history', () => {
  it('never raises an alert from what a relative had', () => {
    for (const message of [
      'I have a stiff ankle after a long walk. Family history: my uncle had a brain haemorrhage.',
      '61 year old woman with a dry cough for 4 days. Family history: her father had a massive haemorrhage from an ulcer. Her sister had a stroke.',
      'FHx: mother had a subarachnoid haemorrhage at 52. I get tension headaches after work.',
      'My grandmother died of a haemorrhage after surgery, and I have a bit of a cold.',
      'sore knee for a week; my dad died from a brain bleed when he was 60',
    ]) {
      expect(alerts(message), message).toBe(false);
    }
  });

  it('does not stop the person’s own emergency from alerting, before or after it', () => {
    for (const message of [
      'Family history: his brother had a heart attack. He has crushing chest pain and is sweating.',
      'Family history: diabetes in my mum. I have crushing pain in my chest going into my left arm and I am sweating.',
      'My face has gone droopy on one side and my speech is slurred. Family history: father had a stroke.',
      'I am bleeding heavily from a cut on my leg and it will not stop. Family history: nothing relevant.',
    ]) {
      expect(alerts(message), message).toBe(true);
    }
  });

  it('does not turn a first-person message into one about someone else (the profile still applies)', () => {
    const analysis = analyzeMessage('Family history: my sister has lupus. I have had a rash on my cheeks for a week.');
    const family = analysis.clauses.filter((c) => c.family === true);
    expect(family.length).toBeGreaterThan(0);
    expect(analysis.clauses.some((c) => c.family !== true && /rash/.test(analysis.normalized.slice(c.start, c.end)))).toBe(true);
  });
});

describe('a heavy period', () => {
  it('without signs of blood loss asks for a doctor, not an ambulance', () => {
    for (const message of [
      'My periods have been very heavy for the last six months and I pass clots.',
      '39 year old woman. Presenting complaints: menorrhagia. Heavy menstrual bleeding for a year, changing pads every two hours on the first day.',
      'I bleed heavily during my period every month and feel a bit tired.',
    ]) {
      const d = decide(message);
      expect(d.emergency.fired, message).toBe(false);
      expect(d.level, message).toBe('non_emergency');
    }
  });

  it('with faintness, a racing heart, soaking a pad every hour, or in pregnancy, alerts', () => {
    for (const message of [
      'my period is extremely heavy today and I nearly fainted in the bathroom',
      'heavy period bleeding and my heart is racing at 125, I feel dizzy',
      'I have been soaking through a pad every hour since this morning',
      "I'm 9 weeks pregnant and bleeding heavily, heavier than a period",
      'my period has been heavy for 10 days and the bleeding will not stop',
    ]) {
      expect(alerts(message), message).toBe(true);
    }
  });
});

describe('words that only look like findings', () => {
  it('HIV is not hives: a person living with HIV is not ranked for anaphylaxis', () => {
    const result = diagnose({ analysis: analyzeMessage('I am HIV positive and my face has looked puffy for a few weeks, with frothy urine.') });
    const anaphylaxis = result.possibilities.find((p) => p.conditionId === 'anaphylaxis');
    expect(anaphylaxis?.supportingFindings ?? []).not.toContain('hiv');
    expect(anaphylaxis?.likelihood).not.toBe('more likely');
  });

  it('hives still find hives and, with throat swelling after a food, anaphylaxis', () => {
    expect(diagnose({ analysis: analyzeMessage('itchy hives came up on my arms this morning') }).possibilities[0]?.conditionId).toBe('hives');
    expect(alerts('after the peanuts I came out in hives, my throat is swelling and I am wheezing')).toBe(true);
  });
});

describe('a hallmark the writer calls minor', () => {
  it('does not make a knowledge-base emergency likely', () => {
    for (const message of [
      'my neck is a bit stiff and I have a headache, I think I slept on it funny',
      'slightly stiff neck and a mild headache after a long drive',
      'I have a headache and my neck feels a little stiff after sitting at the desk all day',
    ]) {
      const d = decide(message);
      expect(d.emergency.fired, message).toBe(false);
      expect(d.rules.map((r) => r.rule).filter((r) => r.startsWith('kb_likely')), message).toEqual([]);
    }
  });

  it('told firmly, the same findings still raise the emergency', () => {
    for (const message of [
      'I have a terrible headache, a stiff neck and bright light hurts my eyes',
      'my neck is stiff, my head is pounding and the light hurts my eyes',
      'I have agonising pain in my upper stomach going through to my back and I keep vomiting',
    ]) {
      expect(alerts(message), message).toBe(true);
    }
  });
});
