/**
 * General ranking mechanisms of the diagnostic agent, checked on made-up conditions so that no test
 * depends on one entry's wording: specific findings count for more than ones every condition lists,
 * a denied hallmark counts against its condition, past and family history only support, a sex the
 * message states rules conditions out, and an inability ("can't cough") is not an absence ("no cough").
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../plugins/medical/diagnose.ts';
import { conditionSchema, type ConditionEntry } from '../../plugins/medical/knowledge/conditionSchema.ts';
import { createKnowledgeIndex } from '../../plugins/medical/knowledge/createKnowledgeIndex.ts';
import { findAssertedFindings } from '../../plugins/medical/knowledge/findAssertedFindings.ts';
import { loadKnowledgeBase } from '../../plugins/medical/knowledge/loadKnowledgeBase.ts';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { extractSex } from '../../plugins/medical/language/extractSex.ts';

function condition(id: string, symptoms: { term: string; weight: number; key?: boolean }[], extra: Record<string, unknown> = {}): ConditionEntry {
  const word = id.replace(/_/g, ' ');
  // The schema asks for a full entry; the padding findings are unique to the condition and never written.
  const padding = ['first', 'second', 'third'].map((n) => ({ term: `${word} ${n} sign`, weight: 0.2 }));
  return conditionSchema.parse({
    id,
    name: word,
    aliases: [],
    system: 'infectious',
    summary: 'A made-up condition used only to check how the ranking weighs findings.',
    prevalence: 'common',
    symptoms: [...symptoms, ...padding].map((s) => ({ synonyms: [`${s.term} today`], ...s })),
    redFlags: [{ finding: `${word} collapse`, synonyms: [`collapsed with ${word}`] }],
    typicalTriage: 'non_emergency',
    selfCare: ['Rest.', 'Drink fluids.'],
    seeDoctorIf: ['If it does not settle.', 'If it gets worse.'],
    emergencyIf: ['If the person collapses.'],
    patientFactors: [{ factor: 'age:elderly', effect: 'raise_triage', note: 'Older people are more at risk.' }],
    sources: [{ title: 'Test fixture', url: 'https://example.org/fixture' }],
    ...extra,
  });
}

// Many conditions list "tiredness"; one lists "purple knuckles", one "singing toes".
const common = Array.from({ length: 12 }, (_, i) => condition(`filler_${i}`, [{ term: 'tiredness', weight: 1 }, { term: `odd mark ${i}`, weight: 1, key: true }]));
const knuckles = condition('knuckle_fever', [
  { term: 'purple knuckles', weight: 1.5, key: true },
  { term: 'tiredness', weight: 1 },
]);
const toes = condition('toe_syndrome', [
  { term: 'singing toes', weight: 1.5, key: true },
  { term: 'tiredness', weight: 2 },
]);
const lungs = condition('lung_zap', [
  { term: 'whistling breath', weight: 2, key: true },
  { term: 'glittery cough', weight: 2, key: true },
]);
const womb = condition('womb_wobble', [{ term: 'whistling breath', weight: 2, key: true }, { term: 'glittery cough', weight: 2, key: true }], {
  appliesTo: { sex: 'female' },
});
const choking = condition('gizmo_choke', [{ term: "can't cough", weight: 3, key: true }, { term: 'blue lips', weight: 1 }]);

const base = loadKnowledgeBase();
const conditions = [...common, knuckles, toes, lungs, womb, choking];
const index = createKnowledgeIndex({ ...base, conditions, byId: new Map(conditions.map((c) => [c.id, c])) });
const rank = (message: string) => diagnose({ analysis: analyzeMessage(message), index }).possibilities.map((p) => p.conditionId);
const score = (message: string, id: string) =>
  diagnose({ analysis: analyzeMessage(message), index }).possibilities.find((p) => p.conditionId === id)?.score ?? 0;

describe('diagnosis ranking', () => {
  it('weighs a finding by how specific its wording is across the knowledge base', () => {
    // Toe syndrome has more points from tiredness, but purple knuckles is the rarer, telling finding.
    for (const message of ['purple knuckles and singing toes, and tiredness', 'tiredness, singing toes, purple knuckles', 'I have singing toes and purple knuckles and tiredness']) {
      expect(score(message, 'knuckle_fever')).toBeGreaterThan(0);
      const matches = findAssertedFindings(analyzeMessage(message), index);
      const tired = matches.find((m) => m.term === 'tiredness');
      const purple = matches.find((m) => m.term === 'purple knuckles');
      expect(tired?.specificity ?? 1).toBeLessThan(purple?.specificity ?? 0);
    }
  });

  it('counts a denied hallmark against its condition', () => {
    for (const [asserted, denied] of [
      ['whistling breath, no glittery cough', 'whistling breath'],
      ['I have a whistling breath but I do not have a glittery cough', 'I have a whistling breath'],
      ['whistling breath. Denies glittery cough.', 'whistling breath.'],
    ] as const) {
      expect(score(asserted, 'lung_zap')).toBeLessThan(score(denied, 'lung_zap'));
    }
  });

  it('lets past and family history support a condition, never make it', () => {
    for (const message of ['Past history: purple knuckles.', 'Family history: purple knuckles. Tiredness.', 'My medical history: purple knuckles']) {
      const p = diagnose({ analysis: analyzeMessage(message), index }).possibilities.find((x) => x.conditionId === 'knuckle_fever');
      expect(p?.hallmark ?? false).toBe(false);
      expect(p?.likelihood ?? 'less likely').not.toBe('more likely');
    }
    // The same finding told as today's complaint is a hallmark.
    const today = diagnose({ analysis: analyzeMessage('I have purple knuckles since this morning') , index }).possibilities.find((x) => x.conditionId === 'knuckle_fever');
    expect(today?.hallmark).toBe(true);
  });

  it('rules conditions in or out by a sex the message states', () => {
    for (const message of ['45 year old male with whistling breath and a glittery cough', "I'm a 30 year old man, whistling breath and glittery cough", 'my son has whistling breath and a glittery cough']) {
      expect(rank(message)).not.toContain('womb_wobble');
    }
    for (const message of ['45 year old woman with whistling breath and a glittery cough', 'my daughter has whistling breath and a glittery cough']) {
      expect(rank(message)).toContain('womb_wobble');
    }
    expect(extractSex('my wife has a glittery cough')).toBeUndefined();
  });

  it('does not read an absent symptom as an inability, nor a list of denials as findings', () => {
    for (const message of ['Negatives: no fever, no cough, no rash.', 'no cough, no fever', 'He has blue lips. No cough, no wheeze.']) {
      expect(findAssertedFindings(analyzeMessage(message), index).some((m) => m.term === "can't cough")).toBe(false);
    }
    for (const message of ["she can't cough and her lips are blue", 'he is unable to cough', 'my son cannot cough']) {
      expect(findAssertedFindings(analyzeMessage(message), index).some((m) => m.term === "can't cough")).toBe(true);
    }
  });
});
