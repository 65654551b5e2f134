import { describe, expect, it } from 'vitest';
import type { Grounding } from '../../server/llm/LlmProvider.ts';
import { composeAnswer, NOT_A_DIAGNOSIS } from '../../plugins/medical/composeAnswer.ts';
import type { DiagnosticResult, EmergencyAssessment, TreatmentResult } from '../../plugins/medical/types.ts';

const safety = { emergencyNumber: '112', crisisLine: '116 123' };
const grounding = (message: string, extra: Partial<Grounding> = {}): Grounding => ({
  message,
  history: [],
  profile: undefined,
  results: {},
  emergency: undefined,
  safety,
  ...extra,
});
const notFired: EmergencyAssessment = {
  fired: false, severity: undefined, reasons: [], advice: '', crisis: false, carriedOver: false, rules: [],
};

describe('composeAnswer', () => {
  it('always carries the disclaimer and a see-a-doctor line', () => {
    for (const message of ['I have a runny nose and sneezing', 'hello there', 'tummy ache and throwing up', '']) {
      const answer = composeAnswer(grounding(message, { results: { emergency: notFired } }));
      expect(answer).toContain(NOT_A_DIAGNOSIS);
      expect(answer).toMatch(/See a doctor if:/);
      expect(answer).toMatch(/Call 112 if:/);
    }
  });

  it('with only the emergency result (agents disabled) still answers from the knowledge index', () => {
    const answer = composeAnswer(grounding('tummy ache and throwing up since last night', { results: { emergency: notFired } }));
    // Findings are quoted in the user's words, never upgraded to the entry's clinical terms.
    expect(answer).toMatch(/From what you describe \(tummy ache and throwing up\)/);
    expect(answer).toMatch(/Stomach bug \(gastroenteritis\)\*\* \(more likely\) — fits: tummy ache, throwing up/);
    expect(answer).not.toMatch(/stomach cramps/);
    expect(answer).toMatch(/possibilities, not a diagnosis/);
  });

  it('opens with the emergency advice, unsoftened', () => {
    const answer = composeAnswer(
      grounding('crushing chest pain spreading to my left arm and sweating', {
        emergency: { severity: 'critical', reasons: ['Chest pain spreading to the arm'], advice: 'Call 112 now.' },
      }),
    );
    expect(answer.startsWith('**Emergency: Call 112 now.**')).toBe(true);
    expect(answer).toMatch(/Call 112 or go to the nearest emergency department now/);
    expect(answer).not.toMatch(/can usually be looked after at home/);
    expect(answer).not.toMatch(/ may help \(/);
  });

  it('gives the crisis line for a mental-health crisis', () => {
    const crisis: EmergencyAssessment = {
      ...notFired, fired: true, severity: 'critical', reasons: ['Thoughts of suicide'], advice: 'Call 112 or 116 123 now.', crisis: true,
    };
    const answer = composeAnswer(grounding('I want to end my life', { results: { emergency: crisis } }));
    expect(answer.startsWith('**Emergency: Call 112 or 116 123 now.**')).toBe(true);
    expect(answer).toContain('crisis line now: 116 123');
  });

  it('uses the agents’ results when present', () => {
    const diagnostic: DiagnosticResult = {
      possibilities: [{ conditionId: 'uti_cystitis', name: 'Bladder infection (cystitis / UTI)', likelihood: 'more likely', score: 6, supportingFindings: ['burning when passing urine'] }],
    };
    const treatment: TreatmentResult = {
      selfCare: ['Drink plenty of water.'],
      medicationCautions: [{ medication: 'amoxicillin', reason: 'Avoid: you reported an allergy to penicillin.' }],
      seeDoctorIf: ['Symptoms last more than 2 days.'],
      callEmergencyIf: ['You have a high fever with back pain.'],
    };
    const answer = composeAnswer(
      grounding('it burns when I pee', { results: { diagnostic, treatment, triage: { level: 'non_emergency', reasons: [] } } }),
    );
    expect(answer).toMatch(/From what you describe \(burning when passing urine\)/);
    expect(answer).toContain('- **Bladder infection (cystitis / UTI)** (more likely)');
    expect(answer).toContain('- Avoid: you reported an allergy to penicillin.');
    expect(answer).toContain('arrange to see a doctor');
    expect(answer).toContain('- Symptoms last more than 2 days.');
  });

  it('checks medicines against the profile when it composes on its own', () => {
    const answer = composeAnswer(
      grounding('my ear hurts a lot and I have a fever, started after a cold', { profile: { allergies: { drug: ['penicillin'] } } }),
    );
    expect(answer).toMatch(/Avoid: .*penicillin.*amoxicillin/);
  });

  it('asks for more detail when nothing matches, and is deterministic', () => {
    const g = grounding('hello, can you help me?');
    const answer = composeAnswer(g);
    expect(answer).toMatch(/could not match what you describe/);
    expect(composeAnswer(g)).toBe(answer);
  });
});
