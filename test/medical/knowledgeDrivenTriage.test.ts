import { describe, expect, it } from 'vitest';
import { assessEmergency } from '../../plugins/medical/assessEmergency.ts';
import { diagnose } from '../../plugins/medical/diagnose.ts';
import { conditionSchema, type ConditionEntry } from '../../plugins/medical/knowledge/conditionSchema.ts';
import { createKnowledgeIndex } from '../../plugins/medical/knowledge/createKnowledgeIndex.ts';
import { loadKnowledgeBase } from '../../plugins/medical/knowledge/loadKnowledgeBase.ts';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { findLikelyEmergencies, isLikely } from '../../plugins/medical/urgency/findLikelyEmergencies.ts';
import { SAFETY } from './urgencyHelpers.ts';

// A made-up emergency condition: its safety behaviour must come from the data alone.
const zorblax: ConditionEntry = conditionSchema.parse({
  id: 'zorblax_crisis',
  name: 'Zorblax crisis',
  aliases: ['zorblax attack'],
  system: 'infectious',
  summary: 'A made-up condition used only to check that a new knowledge-base entry brings its safety behaviour.',
  prevalence: 'rare',
  symptoms: [
    { term: 'glowing fingernails', synonyms: ['fingernails glowing', 'nails are glowing'], weight: 3, key: true },
    { term: 'humming ears', synonyms: ['ears humming', 'humming in my ears'], weight: 2 },
    { term: 'tastes metal', synonyms: ['metal taste', 'taste of metal'], weight: 1 },
    { term: 'cold elbows', synonyms: ['elbows cold'], weight: 0.5 },
  ],
  redFlags: [{ finding: 'fingernails glowing green', synonyms: ['green glowing nails'] }],
  typicalTriage: 'emergency',
  emergencyOnly: true,
  selfCare: [],
  seeDoctorIf: ['Any glowing of the nails.', 'Humming in the ears that does not stop.'],
  emergencyIf: ['Glowing nails with humming ears.'],
  patientFactors: [{ factor: 'age:elderly', effect: 'raise_triage', note: 'Older people are more at risk.' }],
  sources: [{ title: 'Test fixture', url: 'https://example.org/zorblax' }],
});

function withCondition(entry: ConditionEntry) {
  const base = loadKnowledgeBase();
  const conditions = [...base.conditions, entry];
  return createKnowledgeIndex({ ...base, conditions, byId: new Map(conditions.map((c) => [c.id, c])) });
}

describe('a knowledge-base emergency condition raises the turn', () => {
  const index = withCondition(zorblax);
  const run = (message: string) =>
    assessEmergency({ message, history: [], profile: undefined, sessionState: undefined, safety: SAFETY, index }).assessment;

  it('likely on two asserted findings (one a hallmark): emergency frame', () => {
    const a = run('my fingernails are glowing and my ears are humming');
    expect(a.fired).toBe(true);
    expect(a.rules.map((r) => r.rule)).toContain('kb_likely:zorblax_crisis');
  });

  it('only possible on one finding: no alert', () => {
    const message = 'my ears are humming a bit';
    expect(run(message).fired).toBe(false);
    const p = diagnose({ analysis: analyzeMessage(message), index }).possibilities.find((x) => x.conditionId === 'zorblax_crisis');
    if (p) expect(isLikely(p)).toBe(false);
  });

  it('one hallmark finding alone is not likely enough', () => {
    expect(run('my fingernails are glowing').fired).toBe(false);
  });

  it('findings that are not asserted do not count (negated, hypothetical)', () => {
    expect(run('no glowing fingernails and my ears are not humming').fired).toBe(false);
    expect(run('what if my fingernails were glowing and my ears humming?').fired).toBe(false);
  });

  it('named as happening now: alert through the alias', () => {
    expect(run('I think I am having a zorblax attack').rules.map((r) => r.rule)).toContain('kb_named:zorblax_crisis');
  });

  it('the bundled knowledge base works the same way (anaphylaxis likely on asserted findings)', () => {
    const message = 'after the shrimp my lips swelled up and I am wheezing with hives everywhere';
    const likely = findLikelyEmergencies(diagnose({ analysis: analyzeMessage(message) }), createKnowledgeIndex());
    expect(likely.map((l) => l.conditionId)).toContain('anaphylaxis');
  });
});
