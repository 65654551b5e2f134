import { describe, it } from 'vitest';
import { expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

// Others' messages missed two breathing emergencies: an asthmatic teenager who "can only get 2 or 3
// words out between breaths" after an inhaler "used 10 times in the last hour and it's not helping"
// (the reliever and its failure a sentence apart), and croup with a squeaky noise "even when she's
// sitting quietly" and the skin "pulling in at her neck".
describe('breathlessness told in words counted and in skin drawn in', () => {
  it('alerts on speech broken by breaths and on a reliever that fails a sentence later', () => {
    expectRuleFires('severe_breathing', [
      'my son has asthma and can only say 2 or 3 words at a time, he is gasping',
      "he's talking in single words between breaths, asthma attack",
      'She could only get one or two words out before stopping for air',
    ]);
    expectRuleFires('asthma_refractory', [
      "I've taken my blue inhaler about 12 times since 7 o'clock and honestly it's not doing anything, still wheezy",
      'used the ventolin every few minutes for the past hour and it isnt helping at all',
    ]);
  });

  it('alerts on stridor at rest with a pronoun in between, and on recession at the neck or ribs', () => {
    expectRuleFires('stridor', [
      'toddler with croup, a high pitched noise breathing in even while he is lying still in bed',
      "a harsh squeaky sound every breath in, even when she's resting on the sofa",
    ]);
    expectAlerts(
      [
        'my 18 month old is breathing fast and the skin is sucking in at his neck with every breath',
        'baby with a cold, I can see it pulling in between her ribs when she breathes',
      ],
      true,
    );
  });

  it('leaves words and breaths that are not breathlessness alone', () => {
    expectAlerts(
      [
        'my asthma is fine, inhaler works when I need it, just asking about a flu jab',
        'he has a barking cough but no noisy breathing when he is calm, eating and playing',
      ],
      false,
    );
  });
});
