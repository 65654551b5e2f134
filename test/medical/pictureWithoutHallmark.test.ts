/**
 * An emergency condition told by three or more of its own specific findings is likely even when none of
 * them is its hallmark: a leg gone mottled, numb and unable to move is acute limb ischaemia without the
 * words "sudden cold painful leg". Generic findings (a fever, tiredness, a headache), minimised ones, or
 * only two never make such a picture. Found by telling each emergency condition of the knowledge base by
 * its third to fifth findings instead of its first three (41 of 78 alerted, 62 with the picture).
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../plugins/medical/diagnose.ts';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { isLikely } from '../../plugins/medical/urgency/findLikelyEmergencies.ts';
import { alerts } from './urgencyHelpers.ts';

const possibility = (message: string, id: string) => diagnose({ analysis: analyzeMessage(message) }).possibilities.find((p) => p.conditionId === id);

describe('a picture of specific findings without the hallmark', () => {
  it.each([
    ['acute_limb_ischaemia', 'Since lunch I have a mottled leg, reduced sensation in the foot and I can\'t move my leg.'],
    ['peritonsillar_abscess', 'The doctor saw my uvula deviated, I have a hot potato voice and it hurts to swallow.'],
    ['postpartum_haemorrhage', 'Two days since I gave birth, clots bigger than a plum and foul-smelling lochia.'],
  ])('makes %s likely and the turn an emergency', (id, message) => {
    const p = possibility(message, id);
    expect(p?.hallmark, message).toBe(false);
    expect(p?.firmPicture, message).toBe(true);
    expect(p && isLikely(p), message).toBe(true);
    expect(alerts(message), message).toBe(true);
  });
});

describe('findings that make no picture', () => {
  it('generic findings are not one, however many', () => {
    for (const message of ['I have a fever, a headache, I feel tired and my muscles ache.', 'Cough, runny nose, sore throat and a bit of a temperature.']) {
      const all = diagnose({ analysis: analyzeMessage(message) }).possibilities;
      expect(all.filter((p) => p.firmPicture === true).map((p) => p.conditionId), message).toEqual([]);
      expect(alerts(message), message).toBe(false);
    }
  });

  it('findings the writer calls minor are not told firmly', () => {
    const message = 'My uvula is slightly deviated, a bit of a hot potato voice and it mildly hurts to swallow.';
    expect(possibility(message, 'peritonsillar_abscess')?.firmPicture, message).not.toBe(true);
  });

  it('two specific findings are not enough', () => {
    const message = 'I have a mottled leg and reduced sensation in the foot.';
    expect(possibility(message, 'acute_limb_ischaemia')?.firmPicture, message).not.toBe(true);
  });
});
