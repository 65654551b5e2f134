/**
 * A relative's illness dated by their age then ("his father had a heart attack at 60") is family
 * history wherever it is told, not the patient's finding; a relative's illness happening now stays
 * an emergency. Our own phrasings.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { expectAlerts } from './urgencyHelpers.ts';

describe("a relative's illness at an age", () => {
  it('is family history', () => {
    const clause = analyzeMessage('Sore ribs after moving house. My mother had a stroke at 72.').clauses.find((c) => c.text.includes('stroke'));
    expect(clause?.family).toBe(true);
  });

  it('does not make a minor complaint an emergency', () => {
    expectAlerts([
      'A 30-year-old man with a sore chest since rugby on Saturday, tender over the ribs, no breathlessness. His father had a myocardial infarction at 58.',
      'I have a stuffy nose and a headache from the cold. My dad had a brain haemorrhage at the age of 50.',
      'A 40-year-old woman with heartburn after meals. Her brother had a heart attack in his forties.',
    ], false);
  });

  it('a relative ill now still alerts', () => {
    expectAlerts(["my father is 60 and he's having crushing chest pain right now", 'my mum had a stroke an hour ago, her face has dropped'], true);
  });
});
