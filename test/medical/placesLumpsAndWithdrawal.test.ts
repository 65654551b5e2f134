/**
 * Found by two batches of messages written for session 31 and scored once before any change: a finding
 * told at two places ("pain in my tummy and back") lost its second place; a belly's size told as
 * "massive", magnets told as "magnetic", a battery in the nose, unequal pupils told with "is", sudden
 * double vision with a veering walk, an erection that will not go down, a stuck hernia, delirium after
 * stopping drinking, and French or Spanish speech that is no longer right each had no path to an alert,
 * while a smile that has always been uneven alerted as a stroke. Clinical vignettes of the same session found
 * a tearing pain between the shoulder blades, a fever with pain under the right ribs and very little urine
 * with drowsiness without an alert, and a denied "spots that don't fade" that alerted. Each beside look-alikes that must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { analyzeForSafety } from '../../plugins/medical/safety/analyzeForSafety.ts';
import { buildClinicalFacts } from '../../plugins/medical/safety/clinicalFacts.ts';
import { expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

describe('a finding told at two places', () => {
  it('keeps a bare second place in the clause of the first', () => {
    const { clauses, normalized } = analyzeForSafety('a sharp pain in my belly and back and I feel faint');
    expect(clauses.map((c) => normalized.slice(c.start, c.end).trim())).toEqual(['a sharp pain in my belly and back', 'i feel faint']);
  });

  it('reads belly and back pain with faintness in an older person as a bleeding aneurysm', () => {
    expectRuleFires('aortic_aneurysm', ["I'm 67 with a sharp pain in my belly and back and I feel faint", 'dad is 74, aching in his stomach and lower back and he nearly passed out']);
  });

  it('does not join a second thing that is not a place', () => {
    const { clauses, normalized } = analyzeForSafety('pain in my knee and my ankle is swollen');
    expect(clauses.map((c) => normalized.slice(c.start, c.end).trim())).toEqual(['pain in my knee', 'my ankle is swollen']);
  });
});

describe('emergencies told in other words', () => {
  it('alerts for swallowed magnetic balls or beads', () => {
    expectRuleFires('button_battery', ['she swallowed a couple of magnetic beads off a fidget toy', 'he ate some of the magnetic balls from the desk toy']);
    expectAlerts(['he licked one of the magnetic balls from the desk toy', 'my son plays with magnetic building tiles, are they safe?'], false);
  });

  it('alerts for green vomit with a belly told as massive or enormous', () => {
    expectRuleFires('bilious_vomiting', ['keeps vomiting green bile and his tummy has gone enormous', 'been sick green stuff twice and my stomach is massive']);
    expectAlerts(['had a massive stomach ache after the curry, fine now'], false);
  });

  it('alerts for sudden double vision with a walk that veers, with or without dizziness', () => {
    expectRuleFires('stroke_balance_eyes', [
      'all of a sudden everything is double and I keep veering to the left when I walk',
      'suddenly the room is tilting and I am seeing double',
    ]);
    expectAlerts(['I get double vision when I am very tired at night, walking is fine'], false);
  });

  it('alerts for an erection that lasts hours or will not go down', () => {
    expectRuleFires('priapism', ['my erection will not go down, it has been 5 hours since I took viagra', 'his penis has been hard and sore all night, he has sickle cell']);
    expectAlerts(['I cannot get an erection even after hours of trying', 'I have a hard lump on the side of my penis', 'my morning erection went down after a few minutes'], false);
  });

  it('alerts for a battery or magnet in a nose or an ear', () => {
    expectRuleFires('battery_nose_ear', ['my daughter pushed a button battery into her ear', 'there is a little magnet stuck in his nostril']);
    expectAlerts(['my ear hurts and my phone battery is dead so I cannot call the GP'], false);
  });

  it('alerts for unequal pupils told with a verb, with drowsiness or confusion', () => {
    expectRuleFires('exam_pupils', ['after the fall one pupil looks bigger than the other and she is drowsy', 'he hit his head and one pupil is much larger than the other']);
  });

  it('alerts for a hernia or groin lump that is stuck or hard and painful, or with vomiting', () => {
    expectRuleFires('strangulated_hernia', ["my hernia won't go back in and it's really sore", "the bulge by my belly button has gone hard and I've been vomiting"]);
    expectAlerts(['I have a small hernia that pops back in when I lie down, no pain', 'I have a hiatus hernia and was sick after a big meal with heartburn pain'], false);
  });

  it('alerts for hallucinations, confusion or a fit in the days after stopping drinking', () => {
    expectRuleFires('alcohol_withdrawal_delirium', ["since I gave up alcohol on Monday I'm hearing voices that aren't there", 'he stopped drinking two days ago and now he is confused and sweating']);
    expectAlerts(['I stopped drinking a month ago and feel great, sleeping better'], false);
  });

  it('reads French and Spanish speech that is no longer right as a stroke sign', () => {
    expectRuleFires('stroke_fast', ['mon mari ne parle plus normalement et sa main gauche est faible', 'mi abuelo ya no habla bien y tiene el brazo izquierdo débil']);
  });
});

describe('found by clinical vignettes written for session 31', () => {
  it('alerts for a sudden severe pain between the shoulder blades past 50, or a pain described as tearing', () => {
    expectRuleFires('aortic_dissection', [
      'I am 63 and out of nowhere I have a sudden severe pain between my shoulder blades',
      '58 year old man. Sudden severe pain in the upper back, described as ripping, 20 minutes ago.',
    ]);
    expectAlerts(['I am 30 and pulled something lifting weights, a sore spot between my shoulder blades since yesterday'], false);
    // Regression (found reviewing the session's diff): "feels like tearing" had also read watering eyes as a tearing pain.
    expectAlerts(['severe hay fever, my eyes feel like tearing all the time'], false);
  });

  it('alerts for pain under the right ribs with a fever and vomiting, not with a chest infection\'s cough', () => {
    expectRuleFires('acute_cholecystitis', ['my gallbladder is playing up again, temperature 38.6 and I keep throwing up', 'RUQ pain since last night, T 38.9, vomited twice.']);
    expectAlerts(['pain under my right ribs when I cough, fever 38.3 and green phlegm, I was sick once'], false);
  });

  it('alerts for very little urine with drowsiness or confusion', () => {
    expectRuleFires('little_urine_drowsy', ['mum has hardly weed at all since yesterday and she is muddled', 'Reduced urine output for 24 hours, now drowsy. Known CKD.']);
    expectAlerts(["I've been weeing hardly at all in this heat, otherwise I feel fine"], false);
  });

  it('reads a negatively phrased finding in an item of a denied list as denied', () => {
    expectAlerts(
      [
        'My son has chickenpox spots and a temperature of 38. He does not have a stiff neck, drowsiness or spots that do not fade.',
        'Itchy blisters and a fever of 38.2. Negatives: no breathing difficulty, no spots that don\'t fade.',
      ],
      false,
    );
    expectRuleFires('meningitis', ['she has a fever and the spots do not fade when I press a glass on them']);
  });
});

describe('a face told as always having looked so', () => {
  it('is the person\'s own face, not a stroke', () => {
    expectAlerts(['my smile has always been lopsided, is that normal?', 'her mouth has drooped on one side all her life'], false);
  });

  it('still alerts when something new comes with it', () => {
    expectRuleFires('stroke_fast', ['her smile has always been crooked but today it dropped suddenly and she cannot lift her arm', 'my face has been lopsided like this for an hour']);
  });

  it('regression: a baby\'s birthmark "since birth" was read as a mother after giving birth', () => {
    const facts = (m: string) => buildClinicalFacts([analyzeForSafety(m)], undefined).concepts;
    expect(facts('my baby has had a red birthmark since birth and it bled a little').has('postpartum')).toBe(false);
    expect(facts('heavy bleeding with clots since the birth last week').has('postpartum')).toBe(true);
  });
});
