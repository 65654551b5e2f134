import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// A scald "onto the back of my left hand", the size of a 50p coin, no blisters, alerted as a burn over
// the back: the site "back" was read in "the back of my hand". A scald down someone's back, or a
// blistering burn of the hand (NHS: A&E for blistered burns of the hands), still alerts.
describe('a small scald on the back of a hand', () => {
  it('is first aid', () => {
    expectAlerts(
      [
        'Spilled boiling water onto the back of my right hand, about the size of a 10p coin, red and stinging, no blisters. Cooled it for 20 minutes.',
        'hot tea splashed onto the back of his hand, a small red patch, no blistering',
      ],
      false,
    );
  });

  it('a scald over the back, or a blistered hand, still alerts', () => {
    expectAlerts(
      [
        'my son pulled a pan of boiling water down his back',
        'burnt my hand on the oven, big blisters over the back of my hand and fingers',
      ],
      true,
    );
  });
});
