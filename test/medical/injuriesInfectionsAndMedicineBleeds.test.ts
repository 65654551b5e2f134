/**
 * Found by three sets written for session 36 and scored once before any change aimed at them, with the
 * session's earlier fixes in: medicine side effects (10 of 12 emergencies alerted), injuries (7 of 12)
 * and infections turning to sepsis told in lay words (6 of 12). The phrasings here are new ones, each
 * beside look-alikes.
 */
import { describe, expect, it } from 'vitest';
import { decide, expectAlerts, expectRuleFires, firedRules } from './urgencyHelpers.ts';

describe('injuries', () => {
  it('reads a part lost, an object through a foot, a finger that will not bend after a cut, and a limb out of shape after a jump', () => {
    expectRuleFires('amputation_or_crush', ['the lawnmower blade caught his foot and he has lost two toes']);
    expectRuleFires('deep_puncture', ['I stood on a garden fork and it went straight through my boot into my foot']);
    expectRuleFires('hand_wound_function', ['I sliced my palm on a broken glass and now my thumb will not bend']);
    expectRuleFires('limb_deformity', ['she jumped from the swing and her wrist is pointing the wrong way']);
    expectAlerts(
      [
        'I jumped off the bottom step and my ankle aches a little',
        'a sewing needle went through my fingertip, it bled a drop',
        "I can't straighten my little finger because of arthritis, and I have a paper cut",
        "my thumb is pointing the wrong way because I'm double-jointed, it doesn't hurt",
      ],
      false,
    );
  });

  it('does not read a broken glass as the glass test of a rash (regression: a cut read as meningitis)', () => {
    expect(firedRules('I cut my palm on a broken glass and now my finger does not move properly')).not.toContain('meningitis');
    expect(firedRules('the spots on his legs do not fade when I press a glass on them')).toContain('meningitis');
  });

  it('reads fingers gone white after a fall on the hand, and not white fingers in the cold', () => {
    expectRuleFires('injured_limb_circulation', ['I fell on my outstretched arm, my elbow is swollen and my fingers have gone pale and numb']);
    expectAlerts(['I slipped over in the snow and my fingers went white with the cold'], false);
  });
});

describe('infections turning to sepsis, in lay words', () => {
  it('reads two of the lay signs of sepsis with an infection, and extreme shivering with a kidney infection', () => {
    expectRuleFires('sepsis_lay_signs', ["I've got a chest infection and my muscles are in agony and I haven't had a wee all day"]);
    expectRuleFires('sepsis_lay_signs', ['I have a water infection, I am shaking uncontrollably and I keep vomiting']);
    expectAlerts(["I've got flu, I'm shivering a lot and my muscles ache", 'I had a UTI last month and was shaking uncontrollably then, I am fine now'], false);
  });

  it('reads redness spreading with feeling very unwell, a red streak with feeling hot, and an infected bite with a fever', () => {
    expectRuleFires('spreading_infection_unwell', ['the scratch on his knee is red, hot and spreading, he has a fever and is very poorly']);
    expectRuleFires('spreading_infection_unwell', ['my graze got infected and now a red streak is moving up my arm quickly and I feel really hot']);
    expectRuleFires('infected_bite_fever', ["our neighbour's dog bit my hand two days ago, it is swollen and now I have a temperature of 38.4"]);
    expectAlerts(
      [
        "my daughter's chickenpox spots are spreading to her tummy, she is fine otherwise",
        'the rash on his arm is red and spreading, he has a temperature of 38 but he is playing happily',
        'my dog bit me yesterday, it is a bit red and swollen, no fever',
        // Regression: the disease's name read as a fever, with the kitten's scratch and the swollen gland.
        'could it be cat scratch fever? a kitten scratched me and a lymph node is swollen',
        'the kitten scratched my arm last week, now there is a swollen gland in my armpit and I have a temperature',
      ],
      false,
    );
  });
});

describe('medicines', () => {
  it('reads red urine or bruises from nothing on a blood thinner, and a medicine taken twice with a racing heart', () => {
    expectRuleFires('anticoagulant_bleeding_signs', ["I take apixaban and there's blood in my wee this morning", "I'm on warfarin and I'm covered in bruises"]);
    expectRuleFires('drug_toxicity', ['my daughter was given her ADHD tablets twice by mistake and now her heart is racing']);
    expectAlerts(
      [
        'I am on warfarin and ate beetroot last night, now my pee is pink',
        'I am on apixaban and I bruise easily when I bump into things',
        'I took my vitamins twice today by mistake, I feel fine',
      ],
      false,
    );
  });

  it('keeps a heart attack that came back at its level when the person is on a blood thinner', () => {
    expect(decide("I'm on warfarin, I had a heart attack in 2019 and it is happening again").level).toBe('emergency');
  });
});
