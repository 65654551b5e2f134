import { describe, expect, it } from 'vitest';
import { diagnose } from '../../plugins/medical/diagnose.ts';
import type { Clause, MessageAnalysis } from '../../plugins/medical/language/MessageAnalysis.ts';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { normalizeText } from '../../plugins/medical/language/normalizeText.ts';

/** Builds an analysis by hand: each part is one clause with the given flags. */
function analysis(parts: readonly (string | [string, Partial<Clause>])[]): MessageAnalysis {
  let original = '';
  const clauses: Clause[] = [];
  for (const part of parts) {
    const [text, flags] = typeof part === 'string' ? [part, {}] : part;
    if (original) original += ', ';
    const start = original.length;
    original += text;
    clauses.push({ start, end: original.length, text, negated: false, historical: false, hypothetical: false, subject: 'self', ...flags });
  }
  return { original, normalized: normalizeText(original), language: 'en', clauses };
}

const ids = (a: MessageAnalysis): string[] => diagnose({ analysis: a }).possibilities.map((p) => p.conditionId);

describe('diagnose', () => {
  it('ranks gastroenteritis high for "tummy ache and throwing up"', () => {
    expect(ids(analysis(['tummy ache and throwing up'])).slice(0, 2)).toContain('gastroenteritis');
  });

  it('returns at most 5 possibilities, each with supporting findings and a likelihood word', () => {
    const result = diagnose({ analysis: analysis(['I have a headache and fever and a cough and a sore throat and feel sick']) });
    expect(result.possibilities.length).toBeGreaterThan(0);
    expect(result.possibilities.length).toBeLessThanOrEqual(5);
    for (const p of result.possibilities) {
      expect(p.supportingFindings.length).toBeGreaterThan(0);
      expect(['more likely', 'possible', 'less likely']).toContain(p.likelihood);
    }
  });

  it('a negated symptom does not support a condition', () => {
    const result = diagnose({ analysis: analysis(['it burns when I pee', ['no fever', { negated: true }]]) });
    expect(result.possibilities[0]?.conditionId).toBe('uti_cystitis');
    const all = result.possibilities.flatMap((p) => p.supportingFindings).join(' ');
    expect(all).not.toMatch(/fever|temperature/);
  });

  it('ignores historical and hypothetical clauses', () => {
    expect(ids(analysis([['I had crushing chest pain last year', { historical: true }], 'now I have a runny nose']))).not.toContain('heart_attack');
    expect(ids(analysis([['what if I get crushing chest pain spreading to my arm', { hypothetical: true }]]))).toEqual([]);
  });

  it('catches a negation the clause flags missed ("without")', () => {
    const result = diagnose({ analysis: analysis(['a runny nose without fever']) });
    expect(result.possibilities.flatMap((p) => p.supportingFindings).join(' ')).not.toMatch(/fever/);
  });

  it('counts third-party findings (the writer describes a patient)', () => {
    expect(ids(analysis([["my father's face is drooping and his speech is slurred", { subject: 'third_party' }]]))[0]).toBe('stroke');
  });

  it('drops conditions the profile rules out', () => {
    const a = analysis(['sudden severe pain in my testicle and it is swollen']);
    expect(ids(a)).toContain('testicular_torsion');
    expect(diagnose({ analysis: a, profile: { sex: 'female' } }).possibilities.map((p) => p.conditionId)).not.toContain('testicular_torsion');
  });

  it('works with the real analyzer on vignette-style messages', () => {
    const top = (m: string): string | undefined => diagnose({ analysis: analyzeMessage(m) }).possibilities[0]?.conditionId;
    expect(top('I have no chest pain and no shortness of breath, just a cough for two days')).toBe('acute_bronchitis');
    expect(top('the room spins for a few seconds when I roll over in bed')).toBe('bppv');
    expect(top('my eyes are red and itchy every spring and I keep sneezing')).toBe('hay_fever');
    expect(top('I have a painful rash with small blisters in a band on one side of my back')).toBe('shingles');
  });

  it('uses earlier messages only to strengthen what the current message supports', () => {
    const now = analysis(['I still have a runny nose']);
    const withHistory = diagnose({ analysis: now, history: [{ role: 'user', content: 'I keep sneezing' }] });
    const without = diagnose({ analysis: now });
    const cold = (r: typeof without): number => r.possibilities.find((p) => p.conditionId === 'common_cold')?.score ?? 0;
    expect(cold(withHistory)).toBeGreaterThan(cold(without));
    expect(withHistory.possibilities.find((p) => p.conditionId === 'common_cold')?.supportingFindings).toContain('sneezing (mentioned earlier)');
    const unrelated = diagnose({ analysis: now, history: [{ role: 'user', content: 'my big toe is swollen' }] });
    expect(unrelated.possibilities.map((p) => p.conditionId)).not.toContain('gout');
    // Earlier messages that name none of its conditions leave the ranking as it is without them (the
    // same object: it is not ranked twice).
    expect(unrelated).toBe(without);
  });

  it('offers only everyday possibilities when the evidence is weak', () => {
    const result = diagnose({ analysis: analysis(["I'm feeling dizzy"]) });
    expect(result.possibilities.length).toBeGreaterThan(0);
    expect(result.possibilities.every((p) => p.likelihood !== 'more likely')).toBe(true);
    const withDiabetes = diagnose({ analysis: analysis(["I'm feeling dizzy"]), profile: { chronicConditions: ['diabetes'] } });
    expect(withDiabetes.possibilities.map((p) => p.conditionId)).toContain('hypoglycaemia');
  });
});
