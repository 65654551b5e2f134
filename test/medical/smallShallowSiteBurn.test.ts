import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// Regression: "I burnt my hand on the kettle, it's red and painful, size of a 10p coin, no blisters"
// alerted as a large burn: any burn on the hands, face, feet or trunk counted, however small and shallow.
// The site makes a burn the hospital's when it blisters or is deep (NHS: A&E for burns on the face,
// hands, arms, feet, legs or genitals that cause blisters); one told small or with blisters denied, in
// someone past infancy, with no sign of depth (white or charred skin, electricity, a chemical), is
// first aid. Phrasings are our own.
describe('a small, shallow burn on a special site is first aid', () => {
  it('told small or without blisters', () => {
    expectAlerts(
      [
        "I burnt my hand on the kettle, it's red and painful, size of a 10p coin, no blisters",
        'small burn on the back of my hand from the oven tray, red and stings',
      ],
      false,
    );
  });

  it('blisters, an untold size, a baby, electricity or a chemical still alert', () => {
    expectAlerts(
      [
        "I burned my hand on the iron, there's a blister the size of a 10p",
        "burnt my face with hot oil, it's red",
        'my son burned his hand on the hob, there are blisters',
        "burnt my hand on the kettle, it's red and painful",
        'boiling water over my arm, bigger than my hand',
        'my baby burned her hand on my tea, small red mark, no blisters',
        'I got an electric shock and have a small burn on my hand',
        'burnt my hand with bleach, small red patch',
      ],
      true,
    );
  });

  // Second regression of the round: "got burnt in the sun on his back and shoulders ... with blisters"
  // (sunburn) alerted as a large burn on the back. A burn the sun made is sunburn; heat stroke's signs
  // alert by their own rule, and a burn from heat beside it still counts.
  it('sunburn is not a large burn; a burn from heat beside it, or heat stroke, still alerts', () => {
    expectAlerts(
      [
        "27 year old male. Presenting complaints: sunburn, blisters, pain. The patient got burnt in the sun on his back and shoulders yesterday. The skin is red, hot and painful with blisters over his shoulders. He feels a bit feverish. Negatives: no confusion, no vomiting. Social history: Outdoor worker.",
        "I got burnt in the sun on my back and it's blistering",
        'sunburnt face and neck, red and sore',
      ],
      false,
    );
    expectAlerts(
      [
        'I burnt my back on the radiator and got sunburnt too',
        "burnt my face with hot oil at the barbecue, I'm also sunburnt",
        "I fell asleep in the sun and now I'm confused, vomiting and my skin is burnt",
        'I burned my chest with boiling water',
      ],
      true,
    );
  });
});
