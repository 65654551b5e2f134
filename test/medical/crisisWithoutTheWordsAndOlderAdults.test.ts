/**
 * Found by two sets written for session 35 and scored once before any change, with the session's
 * earlier fixes in: 10 mental health crises told without the words "suicide" or "overdose" ("taken
 * everything in the cupboard", "do something stupid tonight", voices telling him to hurt himself), of
 * which 2 alerted, and 15 emergencies of older adults told by their families and carers (12). The
 * phrasings here are new ones, each beside look-alikes.
 */
import { describe, expect, it } from 'vitest';
import { decide, expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

describe('a crisis told without its name', () => {
  it('reads an overdose told by what was there: everything in the cabinet, a bottle of someone else\'s pills', () => {
    expectRuleFires('overdose_poisoning', [
      'she has swallowed all the tablets she could find and is very drowsy',
      "my dad took a box of my mum's sleeping tablets an hour ago",
    ]);
    expectAlerts(["I've taken everything in the medicine cabinet for this flu and nothing helps"], false);
  });

  it('reads cut wrists, a farewell posted and no way out, and a veiled plan with the means or a method', () => {
    expectRuleFires('suicidal_intent', [
      "my flatmate says she's cut her wrists and locked the door",
      "I've sent my goodbyes to everyone and I can't see a way out",
      "I'm going to do something stupid tonight, I've got my grandad's shotgun here",
      "I've planned how to do it and tonight's the night",
    ]);
    expectAlerts(['I cut my wrist on a tin lid, small cut, stopped bleeding', "I'm going to do something silly and dye my hair blue tonight", 'I just want this itching to stop'], false);
  });

  it('reads voices telling someone to harm, and mania with danger to life, as a mental health emergency', () => {
    expectRuleFires('mental_health_danger', [
      'my brother says the voices are ordering him to stab someone',
      "my wife hasn't slept for five nights, says she's invincible and keeps running into the road",
    ]);
    expectAlerts(['my son hears voices that tell him he is stupid, his care team is seeing him tomorrow', 'she was talking so fast after her birthday coffee'], false);
  });
});

describe("older adults' emergencies as families tell them", () => {
  it('reads an older person suddenly off their legs, and breathlessness worse lying flat', () => {
    expectRuleFires('older_off_legs', ['my grandma is 87 and since this morning she suddenly cannot stand up at all']);
    expectRuleFires('heart_failure_fluid', ["my uncle's breathless and has to sleep upright in his chair, he can't lie down"]);
    expectAlerts(['my grandad has not been able to walk since his stroke four years ago', 'I have to sleep sitting up because of my reflux'], false);
  });

  it('reads "hot and cold" as feverish, so confusion with it is sepsis, but not teeth sensitive to hot and cold', () => {
    expect(decide('my dad has a catheter, he keeps going hot and cold and is not making sense').level).toBe('emergency');
    expectAlerts(['my front tooth is sensitive to hot and cold drinks'], false);
  });
});
