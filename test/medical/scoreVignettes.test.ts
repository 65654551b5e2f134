import { describe, expect, it } from 'vitest';
import { parseVignettes } from '../../plugins/medical/eval/loadVignettes.ts';
import { scoreVignettes, type CaseOutcome } from '../../plugins/medical/eval/scoreVignettes.ts';

const jsonl = [
  '{"id":"a","message":"m","expected_triage":"emergency","acceptable":["emergency"],"emergency_alert":true}',
  '{"id":"b","message":"m","expected_triage":"self_care","acceptable":["self_care"],"emergency_alert":false}',
  '{"id":"c","message":"m","expected_triage":"non_emergency","acceptable":["non_emergency","self_care"],"emergency_alert":false,"patient_profile":{"age":40,"chronic_conditions":["asthma"],"current_medications":[{"name":"salbutamol"}],"allergies":{"drug":["penicillin"]},"pregnant":true}}',
].join('\n');

describe('parseVignettes', () => {
  it('maps the snake_case profile to PatientProfile', () => {
    const [, , c] = parseVignettes(jsonl);
    expect(c?.profile).toEqual({
      age: 40,
      pregnant: true,
      chronicConditions: ['asthma'],
      currentMedications: [{ name: 'salbutamol' }],
      allergies: { drug: ['penicillin'] },
    });
  });
  it('rejects invalid cases', () => {
    expect(() => parseVignettes('{"id":"x","message":"m","expected_triage":"urgent","acceptable":[],"emergency_alert":false}')).toThrow(/line 1/);
  });
});

describe('scoreVignettes', () => {
  const cases = parseVignettes(jsonl);
  const outcomes = (a: CaseOutcome, b: CaseOutcome, c: CaseOutcome) => new Map([['a', a], ['b', b], ['c', c]]);

  it('counts missed alerts, self_care false alarms and acceptable accuracy', () => {
    const s = scoreVignettes(
      cases,
      outcomes({ alerted: false, level: 'emergency' }, { alerted: true, level: 'emergency' }, { alerted: false, level: 'self_care' }),
    );
    expect(s.alertRecall).toBe(0);
    expect(s.missedAlerts).toEqual(['a']);
    expect(s.selfCareFalseAlarms).toEqual(['b']);
    expect(s.correct).toBe(2);
    expect(s.accuracy).toBeCloseTo(2 / 3);
    expect(s.wrong).toEqual([{ id: 'b', expected: 'self_care', got: 'emergency' }]);
    expect(s.confusion.self_care.emergency).toBe(1);
    expect(s.perLevel.non_emergency).toEqual({ cases: 1, correct: 1, accuracy: 1 });
  });

  it('fails loudly on a missing outcome', () => {
    expect(() => scoreVignettes(cases, new Map())).toThrow(/no outcome/);
  });
});
