/**
 * Found by a third batch of probes of our own (the phrasings below are new ones): a fall from a height
 * with tingling hands, a feverish child who will not bear weight, a blood thinner with signs of shock,
 * blood from the ear after a head injury, confusion with a stagger and flicking eyes, symptoms after
 * being under water, and voices urging harm to others; beside their everyday look-alikes.
 */
import { describe, it } from 'vitest';
import { expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

describe('injuries', () => {
  it('alerts for a fall from a height with tingling in both hands or feet', () => {
    expectRuleFires('spinal_injury', ['after a fall from the scaffolding his neck hurts and both his feet are tingling']);
  });

  it('alerts for blood from the ear or clear fluid from the nose after a head injury', () => {
    expectRuleFires('head_injury_skull_base', [
      'she hit her head on the kerb and there is blood in her ear',
      'banged my head hard yesterday and clear fluid keeps dripping from my nose',
    ]);
  });

  it('does not for a nosebleed after a knock, or an ear that bleeds after a cotton bud', () => {
    expectAlerts(['bumped my head on the door and my nose bled for a minute, fine now', 'my ear bled a little after I used a cotton bud'], false);
  });

  it('alerts for shock signs on a blood thinner, whatever bled', () => {
    expectRuleFires('anticoagulated_shock', ["I'm on apixaban, I tripped and my shin is huge and I'm cold, clammy and grey"]);
  });
});

describe('a child with a fever who will not bear weight', () => {
  it('alerts', () => {
    expectRuleFires('hot_swollen_joint_fever', ["my daughter has a temperature of 38.9 and won't stand on her left leg, she's 4"]);
  });

  it('does not for a twisted ankle without a fever', () => {
    expectAlerts(["my son twisted his ankle at football and won't put weight on it, it's a bit swollen"], false);
  });
});

describe('water', () => {
  it('alerts for a cough, vomiting or drowsiness after being under water', () => {
    expectRuleFires('near_drowning', ['my nephew slipped into the swimming pool and went under, now he keeps coughing', 'she was under the water for a while at the beach and has been sick twice']);
  });

  it('does not for a dip without symptoms or for drowning in work', () => {
    expectAlerts(['fell in the pool at the party, totally fine, just wet', "I'm drowning in work and have a bit of a cough"], false);
  });
});

describe('the mind', () => {
  it('alerts for voices or urges to hurt other people', () => {
    expectRuleFires('harm_to_others', ['the voices keep telling me to harm my family', "I have urges to stab someone and I'm scared"]);
  });

  it('alerts for confusion with a stagger and flicking eyes', () => {
    expectRuleFires('confusion_with_stagger_and_eye_signs', ['my uncle is muddled, walking like he is drunk though he has not had a drink, and his eyes keep jerking']);
    expectAlerts(['he drinks a lot, and now he is confused, staggering and his eyes are flicking side to side'], true);
  });
});
