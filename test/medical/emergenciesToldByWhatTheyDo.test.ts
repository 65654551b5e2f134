import { describe, it } from 'vitest';
import { expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

// Five fresh chat sets written by others (session 39) missed eleven of 160 emergencies on their first
// scoring; each is pinned here in other words than the set's.
describe('emergencies told by what they do rather than their name', () => {
  it('alerts on a curtain that has come down over part of one eye', () => {
    expectAlerts(['a grey curtain has come down across the top of my right eye since lunch, it does not hurt'], true);
  });

  it('alerts on a limb gone cold and pale, going numb and hard to move', () => {
    expectAlerts(['my right foot went pale and icy an hour ago, really painful, going numb and I can barely move my toes'], true);
  });

  it('alerts on a small child found or sitting with an adult\'s medicines, one named or some missing', () => {
    expectRuleFires('overdose_poisoning', [
      "found my 3 year old with my dad's tablets, it's his diltiazem, a couple missing from the strip",
      "my toddler was sitting behind the sofa with my gran's blister pack of sertraline",
    ]);
  });

  it('alerts on a cup of tea pulled over a toddler that blisters', () => {
    expectRuleFires('large_burn', ['my toddler tipped a mug of coffee down himself, his tummy is red and starting to blister']);
  });

  it('alerts on a bowel that has stopped, told as no bowel motion, with a swollen belly or feculent vomit', () => {
    expectRuleFires('bowel_obstruction', ['no bowel motion for 4 days and not passing wind, belly hugely swollen and being sick']);
    expectAlerts(['elderly man vomiting dark brown foul smelling liquid since this morning'], true);
  });

  it('alerts on swollen lips with a voice gone hoarse, or a floppy child, whatever the trigger', () => {
    expectRuleFires('anaphylaxis', [
      'my lips have swollen up in the last half hour and my voice has gone hoarse',
      'my 4 year old is all puffy round the mouth and has gone really floppy',
    ]);
  });

  it('knows the dishes made of an allergen: satay is peanut', () => {
    expectRuleFires('anaphylaxis', ['my 2 year old had a mouthful of satay sauce and now his voice sounds croaky']);
  });

  it('alerts on movements barely felt late in pregnancy, the baby told by a pronoun', () => {
    expectRuleFires('reduced_fetal_movement', ["I'm 33 weeks, he's usually a wriggler after dinner but I've hardly felt him today"]);
  });

  it('alerts on a drain or sink unblocker splashed in an eye', () => {
    expectRuleFires('chemical_eye', ['got sink unblocker in my left eye, it stings badly']);
  });

  it('alerts on a bite the person thinks was a snake\'s', () => {
    expectRuleFires('venomous_bite', ['something bit my hand in the long grass, we think it was an adder, my hand is puffing up']);
  });

  it('alerts on a goodbye texted without the word, by someone told down, with pills at hand', () => {
    expectRuleFires('suicidal_intent', [
      "my sister messaged 'love you all, sorry for everything' and won't answer, she's been really down lately and has her tablets saved up",
      "my dad texted 'look after the kids, love you all' and now his phone is off, he's been down for weeks and has a drawer full of his pills",
    ]);
  });
});
