/**
 * Found by a batch of messages written for session 31 (batch 11) and scored once before any change:
 * "can't stand up without nearly fainting" read the fainting as denied; "she's 88" gave no age; "e" in
 * "e-cigarette" was read as the Spanish "and" and cut the clause; a leg turned out and shorter after a
 * fall, a child vomiting again and again after a fall, fewer kicks, a long nosebleed, going through the
 * ice, leaking water in a preterm pregnancy and a heart "beating really slowly, about 35" each had no
 * path to an alert; so had an older person confused weeks after a fall (found checking an answer by hand).
 * Each beside look-alikes that must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { extractAgeMonths as extractAge } from '../../plugins/medical/language/extractAge.ts';
import { analyzeForSafety } from '../../plugins/medical/safety/analyzeForSafety.ts';
import { expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

const clauseTexts = (message: string): string[] => {
  const { clauses, normalized } = analyzeForSafety(message);
  return clauses.map((c) => normalized.slice(c.start, c.end).trim());
};

describe('the language under the findings', () => {
  it('reads "can\'t do X without Y" as telling Y, and "can do X without Y" as denying it', () => {
    expect(clauseTexts("he can't get up without almost passing out")).toEqual(["he can't get up without almost passing out"]);
    expect(analyzeForSafety('I can walk without getting breathless').clauses.at(-1)?.negated).toBe(true);
  });

  it('reads an adult age told with a pronoun where no temperature could be meant', () => {
    expect(extractAge("she's 88 and very frail")).toBe(88 * 12);
    expect(extractAge('he is 67, diabetic')).toBe(67 * 12);
    expect(extractAge("he's 39 and shivering")).toBeUndefined();
    expect(extractAge('she is 100 and sweating')).toBeUndefined();
  });

  it('regression: "e" in an English message is a letter, not the Spanish "and"', () => {
    expect(clauseTexts('he drank e-cigarette liquid')).toEqual(['he drank e-cigarette liquid']);
    expect(clauseTexts('I take vitamin e every day')).toEqual(['i take vitamin e every day']);
  });
});

describe('emergencies told in other words', () => {
  it('alerts for fluid loss in an older person who nearly faints or faints', () => {
    expectRuleFires('older_fluid_loss_faint', [
      "my grandad is 80 and has had the runs for two days, he can't get up without almost passing out",
      "Dad's 79, been vomiting since yesterday and he fainted when he stood up",
    ]);
    expectAlerts(["I'm 30, had diarrhoea since last night and felt a bit dizzy when I stood up"], false);
  });

  it('alerts for a leg turned out or shorter after a fall', () => {
    expectRuleFires('older_fall_cannot_stand', ['my nan slipped in the kitchen, her foot is pointing outwards and that leg looks shorter']);
  });

  it('alerts for a child who vomits again and again after a fall, not once', () => {
    expectRuleFires('head_injury', ['my 3 year old fell down the stairs and has been sick four times', 'our 10 month old rolled off the bed and keeps being sick']);
    expectAlerts(['my toddler fell off the sofa and was sick once, now playing happily'], false);
  });

  it('alerts for fewer or slower kicks told with the movements', () => {
    expectRuleFires('reduced_fetal_movement', ["at 33 weeks I've noticed the baby's kicks are fewer today"]);
  });

  it('alerts for a nosebleed of half an hour or more, or with faintness on blood thinners', () => {
    expectRuleFires('nosebleed_prolonged', ['nosebleed for 45 minutes now and still going', "I'm on warfarin, my nose is bleeding and I feel faint"]);
    expectAlerts(['nosebleed for 10 minutes, it stopped with pressure', "I've had nosebleeds on and off for two weeks, each lasts 5 minutes"], false);
  });

  it('alerts for swallowed nicotine liquid', () => {
    expectRuleFires('overdose_poisoning', ['my son swallowed some nicotine liquid from my vape refill']);
    expectAlerts(["my 2 year old put an e-cigarette in his mouth but didn't get any liquid"], false);
  });

  it('alerts for going through ice with shivering or numb hands', () => {
    expectRuleFires('near_drowning', ['I went through the ice pulling the dog out of the pond and now I am shivering uncontrollably']);
    expectAlerts(['I love cold water swimming in the icy lake, felt great afterwards'], false);
  });

  it('alerts for waters leaking in a preterm pregnancy told as water or fluid', () => {
    expectRuleFires('preterm_waters', ["34 weeks and there's a trickle of clear fluid running down my legs"]);
    expectAlerts(["I'm 28 weeks pregnant and have a bit more white discharge than usual"], false);
  });

  it('alerts for an older person who fell weeks ago and is now confused, or whose confusion grows', () => {
    expectRuleFires('head_injury', ['my 85 year old mum had a fall last month and now she seems confused']);
    expectRuleFires('new_confusion_older_adult', ['grandad is 78 and has been getting more and more confused and it is getting worse']);
    expectAlerts(["I'm 70, my knee pain is getting worse"], false);
  });

  it('reads a heart "beating really slowly, about 35" as a rate', () => {
    expectRuleFires('heart_rate', ["mum's heart is going really slowly, only 38, and she feels faint"]);
  });
});
