/**
 * A denial runs on down a list of plain findings ("no fever, cough or rash"), but an item told with its
 * intensity is the writer's own: "no fever, crushing chest pain" did not alert, the pain read as one more
 * thing denied (found in session 30 while checking a negation fix).
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { expectAlerts } from './urgencyHelpers.ts';

describe('an item told with its intensity after a denial', () => {
  it('is asserted, and alerts when it is an emergency', () => {
    expectAlerts(['no fever, crushing chest pain', 'no temperature, worst headache of my life', 'no cough, severe pain in my chest going to my arm'], true);
  });

  it('stays denied in a list joined by "or"', () => {
    expectAlerts(['no fever, cough or severe headache', 'no chest pain, sweating or severe breathlessness, just a sore knee'], false);
  });

  it('leaves a plain list denied', () => {
    const analysis = analyzeMessage('no fever, cough, rash');
    expect(analysis.clauses.map((c) => c.negated)).toEqual([true, true, true]);
  });
});
