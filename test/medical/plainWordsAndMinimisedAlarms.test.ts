/**
 * Found by two batches written for session 32 and scored once before any change: batch 17, emergencies
 * told in the English of people who learnt it later ("he eat peanut and his face is big", "my father
 * fall down, he not talk now"; 14 of 25 alerted), and batch 18, emergencies told with reassurance ("it's
 * probably a sprain but his ankle is pointing the wrong way"; 15 of 20). Then two clinical sets in the
 * external format: subtle emergencies (an older woman's heart attack told as sudden exhaustion) and
 * self-care cases whose patient rendering reads out a long checklist of denials with an intensity word
 * in it ("I don't have ... severe abdominal pain, dizziness, fainting, confusion or ..."). Each beside
 * look-alikes that must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { extractAgeMonths } from '../../plugins/medical/language/extractAge.ts';
import { expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

describe('emergencies told in plain or learner English', () => {
  it('reads a face or lips told big or fat after a food as swelling', () => {
    expectRuleFires('anaphylaxis', ['my daughter eat shrimp and now her lips is very fat and she cough and cough']);
    expectAlerts(['my face looks fat in photos lately'], false);
  });

  it('reads someone who stopped talking after a fall as a head injury', () => {
    expectRuleFires('head_injury', ['grandpa fall on the stairs and now he is not talking, just lying there']);
    expectAlerts(["my son fell out with his friend and isn't talking to him"], false);
  });

  it('reads a baby not drinking milk as not feeding', () => {
    expectRuleFires('infant_dehydration', ['my 3 week old is not drinking her milk since this morning']);
  });

  it('reads the right bottom of the belly and painful walking as the appendix picture', () => {
    expectRuleFires('acute_abdomen', ['sharp pain low down on the bottom right side of my belly and walking is painful']);
  });

  it('reads a household chemical drunk in the present tense as a poisoning', () => {
    expectRuleFires('overdose_poisoning', ['my grandson drink the toilet cleaner, he is crying']);
  });

  it('reads blood coughed up "so much" as a large amount', () => {
    expectRuleFires('large_haemoptysis', ['my father is coughing up so much blood']);
    expectAlerts(['a little streak of blood when I cough with this cold'], false);
  });

  it('reads a child who drowned in the pool for a moment as a near drowning', () => {
    expectRuleFires('near_drowning', ['my daughter drowned in the pool for a few seconds, she is coughing now']);
  });

  it('reads a fall and a hip that hurts in French, and a parent\'s age told with "a"', () => {
    expect(extractAgeMonths('mon père a 84 ans et tousse')).toBe(84 * 12);
    expectRuleFires('older_fall_cannot_stand', ["mon père a 84 ans, il est tombé, il ne peut plus marcher et a mal à la hanche"]);
  });

  it('reads "many tablets" of a medicine as an overdose', () => {
    expectRuleFires('overdose_poisoning', ['my friend took many pills of her sleeping medicine']);
  });

  it('reads clear water from the nose after a blow to the head as a skull base sign', () => {
    expectRuleFires('head_injury_skull_base', ['she fell and hit her head, now clear water is dripping from her nose']);
  });

  it('reads a red, oozing wound after an operation with a fever as an infection to see today', () => {
    expectRuleFires('post_operative_infection', ['since my surgery 5 days ago the wound is hot and has pus, temperature 38.6']);
    expectAlerts(['my wound after the operation is healing nicely, a bit itchy'], false);
  });
});

describe('emergencies told with reassurance', () => {
  it('reads an older person seen on the floor as a collapse or a long lie', () => {
    expectRuleFires('found_on_floor', ["my nan is 86 and I found her lying on the floor this morning, she says she's ok"]);
    expectAlerts(['my toddler is lying on the floor having a tantrum'], false);
  });

  it('reads skin signs with tummy pain after a food eaten by someone allergic as anaphylaxis', () => {
    expectRuleFires('anaphylaxis', ['my son is allergic to egg, he ate a cake, now blotches round his mouth and he is vomiting']);
    expectAlerts(['my son has hay fever allergy and a bit of a tummy ache today'], false);
  });

  it('reads vomiting and drowsiness after a fall as a head injury, told or not', () => {
    expectRuleFires('head_injury', ['she slipped down the steps last night, this morning she has been sick and is very drowsy']);
  });

  it('reads a headache that came on like a bang as a thunderclap headache', () => {
    expectRuleFires('thunderclap_headache', ['a headache hit me like a bolt an hour ago']);
  });

  it('reads a limb pointing the wrong way with a cold foot as an emergency', () => {
    expectRuleFires('limb_deformity', ['my knee is pointing the wrong way and my foot has gone numb']);
  });
});

describe('from the clinical sets', () => {
  it('reads sudden exhaustion with breathlessness and sickness in an older person as a possible heart attack', () => {
    expectRuleFires('cardiac_without_chest_pain', ['my mother is 81, since this morning she is suddenly exhausted, breathless walking to the kitchen and feels sick']);
    expectAlerts(['my mother is 81 and has felt tired since a busy week of visitors, she is eating and sleeping well'], false);
  });

  it('regression: an intensity word in a checklist read out after "I don\'t have" stays denied', () => {
    expectAlerts(["I've got diarrhoea since yesterday. I don't have blood in it, high fever, severe stomach pain, dizziness, confusion or dark urine."], false);
    expectAlerts(["I don't have vomiting, fever, the worst headache of my life, sudden onset, confusion or fits."], false);
  });

  it('still reads an intensity item after a bare "no" as asserted', () => {
    expectAlerts(['no fever, crushing chest pain, I can hardly breathe or talk'], true);
  });
});

describe('batch 19 (children, pregnancy and families; 16 of 20 before)', () => {
  it('reads a sedative mixed with alcohol and a collapse or gurgling breath as poisoning', () => {
    expectRuleFires('drug_toxicity', ['he took valium with a lot of beer and now he has collapsed']);
    expectRuleFires('severe_breathing', ["she's unconscious and making gurgling sounds when she breathes"]);
    expectAlerts(["my baby's tummy keeps making gurgling noises after feeds"], false);
  });

  it('reads something swallowed followed by gagging or no voice as stuck', () => {
    expectRuleFires('swallowed_object_stuck', ['my daughter swallowed a coin and keeps retching', 'he swallowed a piece of lego and now he cannot talk']);
    expectAlerts(['my son swallowed a grape seed, he is fine and talking'], false);
  });

  it("reads a blistering scald in a child under five as needing care now", () => {
    expectRuleFires('large_burn', ['my 3 year old spilt hot coffee on his arm and it is blistering']);
    expectAlerts(['my 3 year old touched the oven door, a blister the size of a pea on her finger'], false);
  });

  it('reads seeing yellow on digoxin as a sign of too much', () => {
    expectRuleFires('medicine_danger:digoxin', ["I'm on digoxin and everything looks yellow and I feel sick"]);
  });
});

