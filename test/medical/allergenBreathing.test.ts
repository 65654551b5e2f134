/**
 * After a food or sting the person is allergic to, any breathing symptom (however mild the words) is
 * anaphylaxis until shown otherwise; an itchy mouth alone after a food is not. Our own phrasings.
 */
import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

describe('breathing after an allergen', () => {
  it('alerts, however mildly told', () => {
    expectAlerts([
      "I'm allergic to cashews, had a bit of a curry with them and I'm slightly wheezy",
      'nut allergy, ate a biscuit with hazelnut and my chest feels a little tight',
      'allergic to prawns, just ate some and I am a bit short of breath',
      'got stung by a wasp, I am allergic, now my breathing feels funny and wheezy',
    ], true);
  });

  it('does not alert for an itchy mouth alone', () => {
    expectAlerts([
      'after eating an apple my lips and mouth itch a bit, nothing else',
      'raw carrots make my mouth tingle for a few minutes, no swelling and breathing is fine',
      'my tongue feels itchy after pineapple, no trouble breathing',
    ], false);
  });
});
