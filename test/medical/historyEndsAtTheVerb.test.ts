import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { alerts } from './urgencyHelpers.ts';

const historical = (m: string): string[] =>
  analyzeMessage(m)
    .clauses.filter((c) => c.historical)
    .map((c) => c.text.trim());

// Regression: in "a man with a history of gallstones has sudden severe pain ...", the history cue
// governed every word up to its limit, so the current complaint after the sentence's verb was read as
// past history and nothing alerted. The verb starts the story. Phrasings are our own.
describe('a history cue ends at the sentence verb', () => {
  it('the complaint after "has" or "is" is current; the named history stays past', () => {
    const m = 'A 48 year old woman with a history of gallstones has fever, shaking chills and yellow eyes.';
    expect(historical(m).join(' / ')).toMatch(/gallstones/);
    expect(historical(m).join(' / ')).not.toMatch(/fever|chills|yellow/);
    expect(historical('Known epileptic is fitting for ten minutes now').join()).not.toMatch(/fitting/);
  });

  it('so an emergency told after a past history alerts', () => {
    for (const m of [
      'A 66 year old man with previous bowel surgery has a rigid abdomen and severe pain since this morning.',
      'A 35 year old woman with known asthma is unable to speak in sentences and her lips are blue.',
    ])
      expect(alerts(m), m).toBe(true);
  });

  it('a cue followed at once by its verb keeps the history ("previously had a stroke")', () => {
    expect(historical('He previously had a heart attack.').join()).toMatch(/heart attack/);
    expect(alerts('He previously had a heart attack, now well, asking about exercise.')).toBe(false);
  });
});
