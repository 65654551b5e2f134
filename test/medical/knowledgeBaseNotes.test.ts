import { describe, expect, it } from 'vitest';
import type { ConditionEntry } from '../../plugins/medical/knowledge/conditionSchema.ts';
import { loadKnowledgeBase } from '../../plugins/medical/knowledge/loadKnowledgeBase.ts';
import { decide } from './urgencyHelpers.ts';

/**
 * Each condition of the knowledge base told as a short clinical note, built from its own entry: its
 * four strongest symptoms as the presenting complaints, in someone it applies to. An emergency's note
 * must alert; a self-care condition's note, with its red flags listed as negatives, must not. Adding a
 * condition adds these checks. (Three of 91 self-care notes alerted and one emergency did not when the
 * check was first run; the mechanisms behind them are in listHeadings.test.ts.)
 */
const kb = loadKnowledgeBase();

function patientFor(c: ConditionEntry): { age: number; sex: 'female' | 'male' } {
  const { minAgeYears, maxAgeYears, sex } = c.appliesTo ?? {};
  const age = minAgeYears !== undefined && minAgeYears > 35 ? minAgeYears + 5 : maxAgeYears !== undefined && maxAgeYears < 35 ? Math.max(1, Math.floor(maxAgeYears / 2)) : 35;
  return { age, sex: sex ?? 'female' };
}

function noteFor(c: ConditionEntry, withNegatives: boolean): string {
  const { age, sex } = patientFor(c);
  const complaints = [...c.symptoms].sort((a, b) => (b.weight ?? 1) - (a.weight ?? 1)).slice(0, 4).map((s) => s.term);
  const negatives = c.redFlags.slice(0, 2).map((r) => `no ${r.finding}`);
  return `${age} year old ${sex}. Presenting complaints: ${complaints.join(', ')}.${withNegatives ? ` Negatives: ${negatives.join(', ')}.` : ''}`;
}

// Defensible alerts, named with the reason; any other self-care note that alerts fails the test.
const SELF_CARE_ALERTS_ACCEPTED: Record<string, string> = {
  // Its strongest symptoms include a fever with pain at the lower right: appendicitis cannot be told apart.
  mesenteric_adenitis: 'fever with right lower abdominal pain',
  // Its red flag, denied, reads "no the whole eyelid ... red and swollen with fever": not English a writer would use.
  stye: 'an ungrammatical denial of its red flag',
};

describe('every knowledge-base condition, told as a note of its own symptoms', () => {
  it('an emergency condition alerts', () => {
    const missed = kb.conditions.filter((c) => c.typicalTriage === 'emergency').filter((c) => !decide(noteFor(c, false), { profile: patientFor(c) }).emergency.fired);
    expect(missed.map((c) => `${c.id}: ${noteFor(c, false)}`)).toEqual([]);
  });

  it('a self-care condition with its red flags denied does not alert', () => {
    const alerted = kb.conditions
      .filter((c) => c.typicalTriage === 'self_care' && !(c.id in SELF_CARE_ALERTS_ACCEPTED))
      .filter((c) => decide(noteFor(c, true), { profile: patientFor(c) }).emergency.fired);
    expect(alerted.map((c) => `${c.id}: ${noteFor(c, true)}`)).toEqual([]);
  });
});
