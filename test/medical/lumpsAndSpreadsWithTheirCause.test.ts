import { describe, expect, it } from 'vitest';
import { decide, expectLevel } from './urgencyHelpers.ts';

// Others' self-care vignettes were raised to see-a-doctor as "a new lump" (a bite's swelling, the egg
// after a bump on the head), as "a skin problem that is spreading" (period pain spreading to the back)
// and as an animal bite (a mosquito's). A lump with no cause told, redness spreading, or a dog's bite
// still raises.
describe('a lump with its cause, and a pain that spreads', () => {
  it('are not the findings to examine', () => {
    const bump = 'My toddler bumped his head on the table, there is a small lump, he cried straight away and is playing normally now';
    expect(decide(bump).rules.map((r) => r.rule)).not.toContain('lump');
    expectLevel(
      [
        'Got bitten by a mosquito on my arm yesterday, there is an itchy lump the size of a coin, no other symptoms',
        'period cramps with the ache spreading into my lower back, same as every month, ibuprofen helps',
      ],
      'self_care',
    );
  });

  it('an unexplained lump, redness spreading, or a dog bite still raises', () => {
    expectLevel(['I found a lump in my armpit last week', 'my ankle was bitten by a dog yesterday, small puncture marks'], 'non_emergency');
    expect(decide('the red patch on my shin is spreading and warm').rules.map((r) => r.rule)).toContain('spreading');
  });
});
