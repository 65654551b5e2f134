/**
 * One reading of a denial list for every agent: the language layer carries a list's negation into
 * items of any length until one has a predicate of its own or the sentence ends, and the urgency
 * decision reads the same clauses as the diagnostic agent (no second, safety-only list rule).
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage, assertedText } from '../../plugins/medical/language/analyzeMessage.ts';
import { analyzeForSafety } from '../../plugins/medical/safety/analyzeForSafety.ts';
import { alerts } from './urgencyHelpers.ts';

const asserted = (text: string) => assertedText(analyzeMessage(text));

describe('a long denial list', () => {
  it('keeps every item denied, long ones included', () => {
    for (const text of [
      'I have a sore throat. No temperature or shivers, pain in the chest when breathing in or pains down the left arm, swelling of the ankles or calves.',
      'Itchy eyes since Monday, without any fever, bleeding from the gums or a rash that stays when pressed, vomiting or diarrhoea.',
    ]) {
      const kept = asserted(text);
      expect(kept, text).not.toMatch(/chest|arm|ankles|gums|rash|vomiting/);
    }
  });

  it('ends at an item with its own predicate or at the end of the sentence', () => {
    const kept = asserted('No fever or cough, sore ears or a runny nose, but my chest hurts when I breathe in. Vomiting twice today.');
    expect(kept).toMatch(/chest hurts/);
    expect(kept).toMatch(/vomiting twice/);
    expect(kept).not.toMatch(/sore ears/);
  });

  it('is read the same way by the urgency decision and the diagnostic agent', () => {
    const text = 'Rash on my arm. No fever, headache, stiffness of the neck or dislike of bright lights, drowsiness or confusion.';
    expect(assertedText(analyzeForSafety(text))).toBe(asserted(text));
    expect(alerts(text)).toBe(false);
  });

  it('still alerts on a finding told after the list', () => {
    expect(alerts('No fever or cough, runny nose or sore throat, but I have crushing chest pain spreading to my jaw and I am sweating.')).toBe(true);
  });
});
