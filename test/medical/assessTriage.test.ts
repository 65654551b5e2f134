import { describe, expect, it } from 'vitest';
import { assessEmergency } from '../../plugins/medical/assessEmergency.ts';
import { assessTriage } from '../../plugins/medical/assessTriage.ts';
import type { PatientProfile } from '../../plugins/sdk/index.ts';

const safety = { emergencyNumber: '911', crisisLine: '988' };
const triage = (message: string, profile?: PatientProfile, hints: { conditionId: string; typicalTriage: 'emergency' | 'non_emergency' | 'self_care'; score: number }[] = []) => {
  const { assessment } = assessEmergency({ message, history: [], profile, sessionState: undefined, safety });
  return assessTriage({ message, history: [], profile, emergency: assessment, conditionHints: hints });
};

describe('assessTriage', () => {
  it('never goes below emergency when an alert fired', () => {
    const r = triage('my lips are blue and I am gasping');
    expect(r.level).toBe('emergency');
    expect(r.reasons.length).toBeGreaterThan(0);
  });

  it('keeps minor complaints at self_care and explains why', () => {
    const r = triage('I have a slightly itchy insect bite on my ankle');
    expect(r.level).toBe('self_care');
    expect(r.reasons[0]).toMatch(/home/);
  });

  it('raises for duration, severity words, fever and vitals', () => {
    expect(triage('I have a blocked nose').level).toBe('self_care');
    expect(triage('I have had a blocked nose for 4 weeks').level).toBe('non_emergency');
    expect(triage('my knee pain is unbearable').level).toBe('non_emergency');
    expect(triage('I have a sore throat and a temperature of 101.5F').level).toBe('non_emergency');
    expect(triage('my BP was 150/95 at the chemist').level).toBe('non_emergency');
  });

  it('does not raise for negated findings', () => {
    expect(triage('a sore throat, no fever and no lumps').level).toBe('self_care');
  });

  it('applies profile effects', () => {
    expect(triage('I feel dizzy').level).toBe('non_emergency');
    expect(triage('mild cold with a runny nose').level).toBe('self_care');
    expect(triage('I have a temperature of 38.3', { immunosuppressed: true }).level).toBe('emergency');
    expect(triage('I have a temperature of 38.3', { chronicConditions: ['kidney transplant'] }).level).toBe('emergency');
    expect(triage('I have a headache', { age: 30, pregnant: true }).level).toBe('non_emergency');
    expect(triage('I have a headache', { age: 30 }).level).toBe('self_care');
    expect(triage('I keep vomiting', { age: 81 }).level).toBe('non_emergency');
    expect(triage('my 2 month old has a fever').level).toBe('emergency');
    expect(triage('I have been dizzy today', { chronicConditions: ['heart failure'] }).level).toBe('non_emergency');
  });

  it('does not apply the writer profile to someone else', () => {
    expect(triage('my friend has a mild headache', { age: 30, pregnant: true }).level).toBe('self_care');
  });

  it('uses condition hints to ask for a doctor, never to declare an emergency', () => {
    expect(triage('itchy patch', undefined, [{ conditionId: 'eczema', typicalTriage: 'non_emergency', score: 0.8 }]).level).toBe('non_emergency');
    expect(triage('tummy ache', undefined, [{ conditionId: 'appendicitis', typicalTriage: 'emergency', score: 0.4 }]).level).toBe('non_emergency');
  });

  it('works on clinical third-person descriptions', () => {
    expect(triage('A 55-year-old man presents with 6 weeks of hoarseness').level).toBe('non_emergency');
    expect(triage('A 62-year-old woman presents with central chest tightness and sweating').level).toBe('emergency');
  });
});
