/**
 * Found by a sixth batch of probes of our own (session 29), in areas the earlier batches had not
 * touched: a baby's red-jelly nappy, a baby's head lump after a fall, a clot's calf with coughed blood,
 * a meter reading off its scale, a child too breathless to talk, a hot pan pulled over a toddler, a
 * limb bent after a crash, cancer in the spine with weak legs, voices with the belief of being hunted;
 * and chest tightness that anxiety brings on and that passes; beside their everyday look-alikes.
 */
import { describe, it } from 'vitest';
import { expectAlerts, expectLevel, expectRuleFires } from './urgencyHelpers.ts';

describe('a baby or small child', () => {
  it('alerts for red jelly or blood in the nappy with colic or vomiting', () => {
    expectRuleFires('intussusception', [
      "my baby hasn't stopped crying for hours, she's pulling her legs up and there's red jelly in her nappy",
      'my 1 year old keeps vomiting and there is blood in his nappy',
    ]);
  });

  it('alerts for a lump on the head after a fall with vomiting', () => {
    expectRuleFires('head_injury', ['our 9 month old fell off the bed onto a hard floor and now has a squishy swelling on the side of her head and is being sick']);
  });

  it('alerts for dusky lips, or too breathless to talk', () => {
    expectRuleFires('severe_breathing', ['my 7 year old has been coughing and now her lips look dusky']);
    expectRuleFires('severe_breathing', ["she's too breathless to talk properly"]);
  });

  it('alerts for a hot pan or kettle pulled over a toddler', () => {
    expectRuleFires('large_burn', ['my toddler pulled a hot pan of oil over himself, it is on his arm and face']);
  });

  it('not for nappy rash that bled a little, a bump on the head in a child playing happily, or coffee on a hand', () => {
    expectAlerts(
      [
        "my baby has a bit of blood in her nappy from nappy rash, she's feeding well",
        "my son fell over at the park and has a bump on his head, he's playing fine",
        'I spilled a bit of hot coffee on my hand',
        'my kid ate red jelly at the party and now has tummy pain and is vomiting',
      ],
      false,
    );
  });
});

describe('clots, sugar, bones and the spine', () => {
  it('alerts for a swollen calf with coughed blood', () => {
    expectRuleFires('pulmonary_embolism', ["I've had pain and swelling in my calf for 2 days and now I'm coughing blood"]);
  });

  it('alerts for a meter reading off its scale with drowsiness, fast breathing or vomiting', () => {
    expectRuleFires('hyperglycaemic_crisis', ['my grandad is really drowsy and breathing fast, his sugar is reading HI on his meter', 'her meter just says HI and she keeps being sick']);
  });

  it('alerts for a limb bent out of shape after a crash or a fall', () => {
    expectRuleFires('limb_deformity', ['my husband got knocked off his motorbike and his thigh looks bent in the middle', 'she fell off the trampoline and her wrist is at a funny angle']);
  });

  it('alerts for cancer in the spine with weak legs', () => {
    expectRuleFires('spinal_cord_compression', ["my mum has cancer that's spread to her spine and now her legs have gone weak and she's struggling to walk"]);
  });

  it('not for a high reading told well, a joint that bends far, or cancer in the bones with tiredness', () => {
    expectAlerts(
      ['my sugar reading was high this morning, 14, feel fine', "my arm bends at an odd angle when I do yoga, I'm hypermobile", 'my mum has cancer in her bones and feels tired'],
      false,
    );
  });
});

describe('the mind', () => {
  it('alerts for hearing things with the belief that people mean to kill', () => {
    expectRuleFires('psychosis_with_danger', ["I'm hearing things that aren't there and I've not slept in 4 days, I think people are trying to kill me"]);
  });

  it('is for a doctor soon with either alone, and nothing for seeing clearly', () => {
    expectLevel(['I keep hearing voices at night'], 'non_emergency');
    expectAlerts(['I am seeing things clearly now with my new glasses', 'I think my neighbours are trying to get me evicted'], false);
  });
});

describe('chest tightness that anxiety brings on and that passes', () => {
  it('is a pattern for a doctor, not an ambulance', () => {
    expectLevel(["my chest feels tight when I'm anxious before presentations, it passes"], 'non_emergency');
  });

  it('still alerts when it is there now, hurts, or comes with sweating', () => {
    expectAlerts(
      [
        "my chest gets tight when I'm stressed and it's tight now and won't go away",
        "I get chest pain when I'm stressed at work, it passes after a while",
        "crushing chest tightness when I'm anxious, sweating and it goes away after 20 minutes",
      ],
      true,
    );
  });
});
