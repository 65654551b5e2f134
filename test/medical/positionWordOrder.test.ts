import { describe, expect, it } from 'vitest';
import { getKnowledgeIndex } from '../../plugins/medical/knowledge/createKnowledgeIndex.ts';
import { tokenize } from '../../plugins/medical/knowledge/tokenize.ts';
import { decide } from './urgencyHelpers.ts';

const findings = (text: string, conditionId: string) =>
  getKnowledgeIndex()
    .matchSymptoms(text)
    .filter((m) => m.conditionId === conditionId)
    .map((m) => m.term);

// Regression: "pain in the right lower tummy" did not meet the knowledge base's "pain in the lower
// right tummy", so suspected appendicitis was not even ranked.
describe('position words match in either order', () => {
  it('the same finding is found whichever way round the sides are written', () => {
    for (const text of ['pain in the right lower tummy since last night', 'pain in the lower right tummy since last night']) {
      expect(findings(text, 'appendicitis'), text).toContain('pain in the lower right tummy');
    }
  });

  it('keys are reordered, offsets and words stay as written', () => {
    const tokens = tokenize('ache upper left side');
    expect(tokens.map((t) => [t.word, t.key, t.start])).toEqual([
      ['ache', 'pain', 0],
      ['upper', 'left', 5],
      ['left', 'upper', 11],
      ['side', 'sid', 16],
    ]);
  });

  it('pain in the right lower tummy, worse on walking, with a temperature, raises the turn for appendicitis', () => {
    const message = 'sharp pain in my right lower tummy since this morning, worse when I walk, and I have a temperature';
    expect(findings(message, 'appendicitis').length).toBeGreaterThan(0);
    expect(decide(message).level).toBe('emergency');
    expect(decide(message).rules.map((r) => r.rule)).toContain('kb_likely:appendicitis');
  });
});
