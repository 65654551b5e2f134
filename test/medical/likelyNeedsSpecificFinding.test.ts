/**
 * An emergency condition is likely only if one of the person's findings says something about it in
 * particular: "dizzy, short of breath and tired" ranked anaphylaxis "more likely" (breathlessness is one
 * of its hallmarks) and alerted, though a hundred conditions share those words. A likely emergency now
 * needs one finding listed by about ten conditions or fewer (the picture rule's specificity). Found with
 * `eval:kb --findings later` (atrial fibrillation's third to fifth findings); the phrasings are our own.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../plugins/medical/diagnose.ts';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { isLikely } from '../../plugins/medical/urgency/findLikelyEmergencies.ts';
import { expectAlerts } from './urgencyHelpers.ts';

const likely = (message: string): string[] =>
  diagnose({ analysis: analyzeMessage(message) }).possibilities.filter(isLikely).map((p) => p.conditionId);

describe('a likely emergency', () => {
  it('is not made of findings a hundred conditions share', () => {
    for (const message of ['I feel dizzy, out of breath and tired all the time', 'short of breath and lightheaded since yesterday']) {
      expect(likely(message), message).not.toContain('anaphylaxis');
    }
    expectAlerts(['I have been dizzy, short of breath and tired this week'], false);
  });

  it('still is with one finding that says something in particular', () => {
    expect(likely('I ate peanuts and now my lips are swelling and I am short of breath')).toContain('anaphylaxis');
  });
});
