/**
 * A local ache, stiffness or swelling the writer puts down to a twist, a fall, lifting, posture or
 * sport in the same sentence is explained by it: it supports a strain or injury, not a body-wide
 * condition, and it raises no alert of its own. Anything a strain does not do (sudden or tearing pain,
 * numbness, a cold limb, redness and heat, fever, breathlessness, faintness), or a site where a knock
 * explains nothing safely (head, chest, belly, groin, eye), leaves the finding as it was. Our own
 * phrasings, none from a vignette set.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../plugins/medical/diagnose.ts';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { explainedByMechanism } from '../../plugins/medical/language/mechanismOfInjury.ts';
import { expectAlerts } from './urgencyHelpers.ts';

const ranked = (message: string): string[] => diagnose({ analysis: analyzeMessage(message) }).possibilities.map((p) => p.conditionId);
const likely = (message: string): string[] =>
  diagnose({ analysis: analyzeMessage(message) })
    .possibilities.filter((p) => p.likelihood === 'more likely')
    .map((p) => p.conditionId);

/** Whether the first occurrence of `words` in the message is read as explained by a mechanism. */
function explained(message: string, words: string): boolean {
  const analysis = analyzeMessage(message);
  const start = analysis.normalized.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in "${analysis.normalized}"`);
  return explainedByMechanism(analysis, start, start + words.length);
}

describe('a local complaint put down to a mechanism', () => {
  it('is explained by a twist, a fall, lifting, posture or sport', () => {
    expect(explained('my foot went over on a kerb and the ankle is puffy and sore', 'sore')).toBe(true);
    expect(explained('since I carried the shopping up four flights my shoulder aches', 'aches')).toBe(true);
    expect(explained('hunched over my laptop all week, my upper back is stiff', 'stiff')).toBe(true);
    expect(explained('after squash on Tuesday my knee is swollen', 'swollen')).toBe(true);
    expect(explained('my neck has been stiff since I slept funny on the sofa', 'stiff')).toBe(true);
  });

  it('is not explained where a knock explains nothing safely, or beside what a strain does not do', () => {
    expect(explained('I slipped on ice and my head hurts', 'hurts')).toBe(false);
    expect(explained('my belly is sore since I was lifting crates', 'sore')).toBe(false);
    expect(explained('I was lifting a wardrobe and my back suddenly started hurting', 'hurting')).toBe(false);
    expect(explained('my shin is swollen since I fell off my bike, and it is red and warm', 'swollen')).toBe(false);
    expect(explained('my thigh aches since I fell and I keep feeling faint', 'aches')).toBe(false);
    expect(explained('my knee is swollen since last week', 'swollen')).toBe(false);
    expect(explained("I'm carrying twins and my ankles are so swollen", 'swollen')).toBe(false);
    expect(explained('my hair is falling out and my scalp is sore', 'sore')).toBe(false);
  });

  it('is read in Spanish and French through their English gloss', () => {
    expect(explained('me torcí el tobillo jugando al fútbol y está hinchado', 'swollen')).toBe(true);
    expect(explained("je me suis tordu la cheville au foot et elle est gonflée", 'swollen')).toBe(true);
    expect(explained('me caí y me duele la cabeza', 'head')).toBe(false);
  });
});

describe('the ranking and the alert', () => {
  it('rank an injury, not a body-wide condition, for swelling after a twist or a knock', () => {
    for (const message of [
      'turned my ankle stepping off a kerb and now it is puffy and sore',
      'my ankles are swollen since I went over on both of them at netball',
    ]) {
      expect(ranked(message)[0], message).toMatch(/sprain_strain|bruise|fracture/);
      expect(ranked(message), message).not.toContain('heart_failure');
    }
  });

  it('do not alert on a stiff neck put down to posture or sleep', () => {
    expectAlerts([
      'bit of a headache today and my neck is stiff from hunching over my laptop',
      'my neck is really stiff since I slept funny on the sofa, and I have a slight headache',
    ], false);
    expect(likely('bit of a headache today and my neck is stiff from hunching over my laptop')).not.toContain('meningitis');
  });

  it('still alert, and still rank the clot or the infection, when there is more than a strain', () => {
    expectAlerts([
      'my neck is stiff since I slept funny but I have a high temperature and the light hurts my eyes',
      'was digging the garden and got a sudden ripping pain through to my back, I feel faint',
      'my calf has been swollen since I went over on my ankle and now I am breathless',
    ], true);
    expect(ranked('I knocked my shin on the trailer and now the leg is swollen, red, hot and I have a fever')).toContain('cellulitis');
    expect(ranked('my calf is swollen and sore since a twelve hour flight')).toContain('deep_vein_thrombosis');
  });
});
