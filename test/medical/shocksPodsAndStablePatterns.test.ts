/**
 * Found by batches written for session 32 and scored once before any change (lay batch 13, clinical set
 * C): an older relative's age told in brackets ("my husband (67)"), a French baby's age in weeks with a
 * decimal-comma temperature, a swelling belly with green vomit, a shock "off a 400V line", a dishwasher
 * tablet "found and bitten into" (batch 14, held back until batch 13's fixes), a chest pain that eases
 * "within 3 minutes of resting" read as going on for minutes now, redness that "has spread", and (noticed
 * in session 31) "doesn't remember anything" after "no bleeding," read as one more denied item; and from
 * batch 15 (emergencies in two to six words, scored after 13 and 14 were fixed): "isn't breathing", an
 * EpiPen used, a "sudden terrible" head pain and "severe burns"; from batch 16 (emergencies buried in
 * long, apologetic messages): confusion told as "saying odd things", a scald with words between the
 * water and the legs, a car running in a closed garage, a dive followed by aching joints, vomit that
 * smells like faeces. Each
 * beside look-alikes that must stay as they are.
 */
import { describe, expect, it } from 'vitest';
import { extractAgeMonths } from '../../plugins/medical/language/extractAge.ts';
import { extractVitals } from '../../plugins/medical/language/extractVitals.ts';
import { expectAlerts, expectLevel, expectRuleFires } from './urgencyHelpers.ts';

describe('ages and numbers written in other ways', () => {
  it("reads an adult relative's age in brackets or between commas", () => {
    expect(extractAgeMonths('my wife (58) has had a bad cough')).toBe(696);
    expect(extractAgeMonths('dad, 81, fell in the garden')).toBe(972);
    expect(extractAgeMonths('my husband, 2 days ago, started coughing')).toBeUndefined();
    expectRuleFires('cardiac_without_chest_pain', [
      'my dad (71) is grey and sweaty with a heavy feeling at the top of his stomach for the last half hour',
      'my wife (62) is clammy with a pressure in her upper tummy for 30 minutes',
    ]);
  });

  it('reads ages written as abbreviations, words, decades or after a relative', () => {
    const ages: readonly [string, number][] = [
      ['58 y.o. female with a cough', 58 * 12],
      ['grandad 91 has been very sleepy today', 91 * 12],
      ['my mother, who is 83, keeps falling', 83 * 12],
      ['my aunt is in her nineties and confused', 90 * 12],
      ['i am seventy-two and breathless', 72 * 12],
      ['female, 47, headache for a week', 47 * 12],
      ['age: 66, chest discomfort', 66 * 12],
      ['our 9mo daughter has a rash', 9],
    ];
    for (const [text, months] of ages) expect(extractAgeMonths(text), text).toBe(months);
    expect(extractAgeMonths('my sister 3 days ago was fine')).toBeUndefined();
    expect(extractAgeMonths("she's twenty minutes late")).toBeUndefined();
  });

  it("reads a baby's age in weeks or days in French and Spanish", () => {
    expect(extractAgeMonths('mon bébé de 5 semaines tousse beaucoup')).toBeCloseTo(1.2, 1);
    expect(extractAgeMonths('mi bebé de 10 días no quiere comer')).toBeCloseTo(0.3, 1);
    expect(extractAgeMonths('mon fils a de la fièvre depuis 3 semaines')).toBeUndefined();
  });

  it('reads a decimal comma as one number, not a list break', () => {
    expect(extractVitals('température 39,2 depuis ce matin').temperatureC).toContain(39.2);
    expect(extractVitals('tiene 38,7 de fiebre').temperatureC).toContain(38.7);
    expectRuleFires('infant_fever', ['ma fille de 4 semaines a 38,2 de fièvre', 'mi bebé de 3 semanas tiene 38,4 de fiebre']);
  });
});

describe('emergencies told in other words', () => {
  it('reads a belly that keeps swelling, with green vomit, as a blocked bowel', () => {
    expectRuleFires('bilious_vomiting', ["he's been sick green stuff all day and his tummy has swelled up"]);
    expectAlerts(['my stomach has been swelling a bit after meals lately, otherwise fine'], false);
  });

  it('reads a shock told by its voltage or its source as an electric shock', () => {
    expectRuleFires('electric_shock', [
      'took a 230 volt shock from a broken lamp and my arm still tingles',
      'my husband was zapped off a power line at work and has a burn on his foot',
    ]);
    expectAlerts(['got a tiny static shock off the car door, no harm done'], false);
  });

  it('reads a household chemical bitten or drunk in a clause of its own as a poisoning', () => {
    expectRuleFires('overdose_poisoning', ['my daughter grabbed a laundry capsule and bit it', 'he found the toilet cleaner under the sink and drank some']);
    expectAlerts(['I bought dishwasher tablets and ate some biscuits on the way home'], false);
  });
});

describe('emergencies told in a few words (batch 15, scored after batches 13 and 14 were fixed)', () => {
  it('reads "isn\'t breathing" as not breathing', () => {
    expectRuleFires('severe_breathing', ["my husband isn't breathing", 'the baby wasnt breathing when I picked her up']);
  });

  it('alerts once an adrenaline auto-injector has been used, not for carrying one', () => {
    expectRuleFires('adrenaline_given', ['gave my son his epipen 5 minutes ago and he seems better', 'I had to use my adrenaline pen after eating a prawn']);
    expectAlerts(['I always carry an EpiPen for my peanut allergy, can I fly with it?'], false);
  });

  it('reads a headache told sudden and severe as a thunderclap headache', () => {
    expectRuleFires('thunderclap_headache', ['suddenly got an excruciating pain in my head while lifting weights', 'abrupt severe headache an hour ago']);
    expectAlerts(['I have a bad headache that came on gradually over the afternoon'], false);
  });

  it('reads burns told severe or deep as large burns', () => {
    expectRuleFires('large_burn', ['she was badly burnt by the bonfire', 'deep burns on his leg from the exhaust']);
    expectAlerts(['a small burn on my finger from the oven, no blister'], false);
  });
});

describe('emergencies buried in long messages (batch 16, scored after batches 13 to 15 were fixed)', () => {
  it('reads odd talk or a relative not recognised as confusion', () => {
    expectRuleFires('new_confusion_older_adult', ['my grandad is 84 and since this morning he keeps saying strange things and did not recognise my mum']);
  });

  it('reads a scald told with words between the liquid and the limb as a large burn', () => {
    expectRuleFires('large_burn', ['she tipped boiling bath water over her little brother, his back and legs are red raw']);
  });

  it('reads a car running in a closed garage, or a goodbye letter from someone depressed, as a suicide risk', () => {
    expectRuleFires('suicidal_intent', ["my son is sitting in the car in the garage with the engine running and won't open the door", "my wife has been depressed and left a note saying goodbye"]);
    expectAlerts(['I left the engine running in the car park while I ran into the shop'], false);
  });

  it('reads joint pain, tingling or a rash after a scuba dive as decompression illness', () => {
    expectRuleFires('decompression_illness', ['went scuba diving in the morning and now my elbow aches and my fingers are numb', 'after our dive to 30m my husband has a blotchy rash and feels breathless']);
    expectAlerts(['my ears feel blocked after diving yesterday'], false);
  });

  it('reads vomit that looks or smells like faeces as a blocked bowel', () => {
    expectRuleFires('bilious_vomiting', ["he's throwing up brown stuff and it smells like poo", 'vomiting what looks like faeces since last night']);
  });
});

describe('a chest pain pattern that is stable is not an event now', () => {
  it('does not alert for exertional chest pain that rest eases, unchanged for months', () => {
    expectAlerts(
      [
        'for the last 3 months I get chest tightness walking to the bus stop that goes off when I stop, same as always',
        'I have had a pressure in my chest when I climb hills for 6 months, it eases within 2 minutes of resting',
      ],
      false,
    );
  });

  it('still alerts when the pattern is new, at rest, going on now or getting worse', () => {
    expectAlerts(
      [
        'chest tightness on walking for 2 months but since yesterday it comes on when resting',
        'for 6 weeks chest pain when I climb stairs that eases with rest, today it has lasted 30 minutes',
        'chest pain when I walk uphill for 2 months that goes when I stop, but it is getting worse',
        'chest tightness when I walk that eases with rest, it started 5 days ago',
      ],
      true,
    );
  });
});

describe('a finding phrased negatively after a denial', () => {
  it('keeps "doesn\'t remember" or "won\'t wake" after a list of denials as a finding', () => {
    expectRuleFires('head_injury', ["my mum slipped and banged her head, no cut, doesn't remember any of it"]);
    expectRuleFires('unresponsive', ["no fever, no rash, he won't wake up properly"]);
    expectAlerts(["no fever, doesn't have a cough or a runny nose"], false);
  });

  it("regression: a denied item with a negative inside it ('sores that won't heal') does not end the denial", () => {
    expectAlerts(["I don't have a fever, sores that won't heal, chest pain, shortness of breath or a cough"], false);
  });
});

describe('a skin infection that spreads', () => {
  it('sends spreading redness to a doctor', () => {
    expectLevel(['a red warm patch on my forearm has spread since yesterday'], 'non_emergency');
  });
});
