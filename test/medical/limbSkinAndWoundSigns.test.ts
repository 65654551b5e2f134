/**
 * Emergencies of a limb, a joint, the skin or a wound told by their signs in lay words: a cold or mottled
 * limb with lost feeling or movement (the six Ps, not only with pain), a broken limb or cast gone tense
 * with tingling (compartment syndrome), a hot swollen joint with a fever, skin turning black over a
 * painful area, a gaping wound, and spreading redness with shivers or a racing heart instead of a
 * thermometer. Found by probes of our own; the phrasings below are new ones.
 */
import { describe, it } from 'vitest';
import { expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

describe('a limb short of blood or under pressure', () => {
  it('alerts with lost feeling or movement, not only pain', () => {
    expectRuleFires('limb_ischaemia', ['my foot has turned white and I cannot feel my toes', 'his arm went cold and blue and he can\'t lift it']);
  });

  it('alerts when a broken limb or a cast goes tense with tingling or pain', () => {
    expectRuleFires('compartment_syndrome', [
      'my forearm is in a cast since the fracture and it feels too tight, my fingers are numb',
      'he fractured his shin and his calf is rock hard and the pain is unbearable',
    ]);
  });

  it('does not for a tight muscle or an old break', () => {
    expectAlerts(['my hamstring feels tight after squats', 'I broke my wrist as a child and it clicks now'], false);
  });
});

describe('a joint, the skin and a wound', () => {
  it('a hot swollen joint with a fever alerts; without one it does not', () => {
    expectRuleFires('hot_swollen_joint_fever', ['my ankle is swollen and hot and my temperature is 38.6', 'her knee is red and swollen and she has a high fever']);
    expectAlerts(['my knee is warm and swollen after I knelt on it all day'], false);
  });

  it('skin turning black over a painful area alerts; a bruised nail does not', () => {
    expectRuleFires('necrotising_infection', ['the skin around the wound on his leg is going black and it is agony']);
    expectAlerts(['my big toenail turned black after a long hike'], false);
  });

  it('a gaping wound alerts', () => {
    expectRuleFires('gaping_wound', ['I slipped with the chisel and the cut on my palm is gaping', 'you can see the fat in the wound on her knee']);
  });

  it('spreading redness with shivers or a racing heart alerts', () => {
    expectRuleFires('spreading_infection_unwell', ['the redness on my arm is spreading fast and I have the shivers']);
  });
});
