/**
 * A knowledge-base finding read in its context: a minimiser after the finding ("my chest hurts a
 * little") makes it as soft as one before it, and a phrase that opens with its own negation ("no
 * breathing") followed by a noun ("no breathing trouble") denies that noun instead of naming an absence.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../plugins/medical/diagnose.ts';
import { findAssertedFindings } from '../../plugins/medical/knowledge/findAssertedFindings.ts';
import { getKnowledgeIndex } from '../../plugins/medical/knowledge/createKnowledgeIndex.ts';
import { analyzeForSafety } from '../../plugins/medical/safety/analyzeForSafety.ts';
import { expectAlerts } from './urgencyHelpers.ts';

const terms = (message: string) => findAssertedFindings(analyzeForSafety(message), getKnowledgeIndex()).map((m) => m.term);
const firm = (message: string, conditionId: string) =>
  diagnose({ analysis: analyzeForSafety(message), profile: undefined }).possibilities.find((p) => p.conditionId === conditionId)?.firmHallmark;

describe('a minimiser after the finding', () => {
  it('softens it like one before it, up to the next item', () => {
    expect(firm('my chest aches slightly when I laugh, with a cold', 'heart_attack')).not.toBe(true);
    expect(firm('crushing chest pain, a bit sweaty and sick', 'heart_attack')).toBe(true);
  });

  it('leaves a cough with a slightly sore chest without an alert', () => {
    expectAlerts(['my chest is sore a little when I cough, I have a cold, no breathing problems'], false);
  });
});

describe('a negated phrase followed by a noun', () => {
  it('denies the noun', () => {
    expect(terms('no breathing problems and no breathing difficulty')).not.toContain('collapse');
    expect(terms('he is not breathing')).toContain('collapse');
  });
});
