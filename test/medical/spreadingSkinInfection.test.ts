import { describe, expect, it } from 'vitest';
import { expectAlerts, firedRules } from './urgencyHelpers.ts';

// Regression: redness spreading fast with a fever, or a pain "much worse than it looks", did not
// alert: the deep-infection rule knew only "worse than the cut". Phrasings are our own.
describe('a skin infection spreading fast with the body unwell', () => {
  it('spreading fast with a fever or shock signs, or pain worse than it looks, alerts', () => {
    const messages = [
      'the red swollen patch on my calf has doubled since this morning, it is spreading quickly and I have a temperature of 38.8',
      'my groin is red and swollen and it is spreading rapidly, I feel shivery and have a fever',
      'my thigh hurts far worse than it looks, just a bit of redness, and I feel awful',
    ];
    expectAlerts(messages, true);
    expect(firedRules(messages[0]!)).toContain('spreading_infection_unwell');
    expect(firedRules(messages[2]!)).toContain('pain_out_of_proportion');
  });

  it('slow spread, no fever, or a rash of spots spreading does not', () => {
    expectAlerts(
      [
        'the redness round the bite is spreading a little, no fever, I feel fine',
        'chickenpox spots are spreading fast over her tummy, she has a temperature but is playing',
      ],
      false,
    );
  });
});
