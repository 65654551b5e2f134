/**
 * Found by a fourth batch of probes of our own (session 29): half the body gone heavy, a named
 * emergency told of the part ("my appendix has burst"), overheating after a party drug, a known
 * aortic aneurysm with a bad tummy, and an ingestion that did not happen ("he licked a battery, he
 * didn't swallow anything"); beside their everyday look-alikes.
 */
import { describe, expect, it } from 'vitest';
import { alerts, expectAlerts, expectRuleFires, firedRules } from './urgencyHelpers.ts';

describe('half the body weak, heavy or numb', () => {
  it('is a stroke whatever the onset', () => {
    expectRuleFires('stroke_fast', [
      'woke up and one side of my body feels heavy and I cannot grip my cup',
      'my mum says the left side of her body has gone weak',
      "he's numb all down his right side",
    ]);
  });

  it('is not what an old stroke left, nor months of it, nor a limb lain on', () => {
    for (const message of ['one side of my body is still weak since my stroke', 'the right side of my body has been numb for 6 months']) {
      expect(firedRules(message), message).not.toContain('stroke_fast');
    }
    expectAlerts(['woke up with a dead arm from sleeping on it, fine after a few minutes'], false);
  });
});

describe('an emergency named by the state of the part', () => {
  it('alerts when the part is said to be burst, collapsed or twisted', () => {
    expectRuleFires('kb_named:appendicitis', ['i think my appendix has burst, the pain is everywhere now']);
    expectRuleFires('kb_named:pneumothorax', ['I think my lung has collapsed again, I can feel it']);
    expectRuleFires('kb_named:testicular_torsion', ['pretty sure my testicle is twisted, the pain is awful']);
  });

  it('not for a part named in the past or in a question about travel', () => {
    expectAlerts(['my appendix was removed years ago and now I have some tummy pain', 'my lung collapsed 5 years ago, should I worry about flying?'], false);
  });
});

describe('a party drug with overheating', () => {
  it('alerts', () => {
    expectRuleFires('drug_toxicity', [
      "my friend took some pills at a party and now he's really hot and his jaw is clenching",
      'took mdma at the festival and I am overheating and my heart is racing',
    ]);
  });

  it('not for the weather, a room, or a medicine taken for a fever', () => {
    expectAlerts(
      [
        'I had a couple of beers and smoked weed, the room was really hot',
        "it's really hot today and I took some paracetamol for my headache",
        'took ecstasy at a festival last night, today I feel tired and low',
      ],
      false,
    );
  });
});

describe('a known aortic aneurysm with a bad tummy or back', () => {
  it('alerts', () => {
    expectRuleFires('aortic_aneurysm', [
      "dad's got really bad belly pain and his pulse is racing, he has an aneurysm they've been watching",
      'I have a AAA and sudden back pain',
    ]);
  });

  it('not without the pain, nor for a brain aneurysm', () => {
    expectAlerts(['my dad has an AAA being monitored, is it safe for him to exercise?'], false);
    for (const message of ['I had a brain aneurysm coiled and now my back hurts badly', 'aaa my tummy hurts so bad']) {
      expect(firedRules(message), message).not.toContain('aortic_aneurysm');
    }
  });
});

describe('an ingestion that did not happen', () => {
  it('a denied swallow is no swallow, and a licked battery is not inside', () => {
    expectAlerts(["my toddler licked a AA battery, he didn't swallow anything and he's fine", 'she sucked on a battery but did not swallow it'], false);
  });

  // Regression: the denial was first read as any word ending in -nt before the verb, so "the patient
  // swallowed" and "my infant swallowed" lost their swallow.
  it('a word ending in -nt before the verb is not a denial', () => {
    expectRuleFires('button_battery', ['the patient swallowed a button battery', 'my infant swallowed a magnet', 'my parent swallowed two batteries by mistake']);
  });

  it('a swallowed battery or magnet still alerts', () => {
    for (const message of ['my son swallowed a battery', 'he swallowed one of those magnets', 'my toddler ate a button battery']) {
      expect(alerts(message), message).toBe(true);
    }
  });
});
