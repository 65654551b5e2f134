/**
 * Emergencies told in lay words the concepts missed: lips gone "blueish", struggling to get air (not a
 * breath) in, a racing heart with "nearly fainting", empty medicine packets beside someone drowsy, and a
 * child whose age is told by a pronoun ("she's 3") after swallowing someone's tablets. Found by probes
 * of our own; the phrasings below are new ones.
 */
import { describe, expect, it } from 'vitest';
import { extractAgeMonths } from '../../plugins/medical/language/extractAge.ts';
import { expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

describe('a colour and a struggle for air', () => {
  it('alerts for blueish or bluey lips and for air that will not go in', () => {
    expectAlerts(
      [
        "her lips look bluey and she's breathing oddly",
        'my face has gone a sort of blueish grey',
        "I can't get enough air and my chest is heaving",
        'grandpa is struggling to draw air in and keeps stopping to rest',
      ],
      true,
    );
  });

  it('does not for blue paint, a blue mood or fresh air', () => {
    expectAlerts(['my son painted his face blueish for the match', 'I feel a bit blue today', 'I went out to get some air and feel better'], false);
  });
});

describe('a racing heart and nearly fainting', () => {
  it('alerts when the person almost passed out with it', () => {
    expectRuleFires('palpitations_ongoing', [
      'my heart is pounding really fast and I almost passed out twice',
      'heart going crazy fast and I keep nearly blacking out',
    ]);
  });

  it('does not for a faint feeling told as a past scare without the heart', () => {
    expectAlerts(['I nearly fainted at the sight of the needle at my blood test last week'], false);
  });
});

describe('empty medicine packets', () => {
  it('alert beside someone drowsy or unresponsive', () => {
    expectRuleFires('drug_toxicity', [
      "my brother is really drowsy and there are empty boxes of codeine in his room",
      'found my mum barely responding with empty pill packets on the bedside table',
    ]);
  });

  it('do not alone', () => {
    expectAlerts(['I need to buy more, I only have an empty packet of ibuprofen left'], false);
  });
});

describe("a child's age told by a pronoun", () => {
  it('is read once a child is named, under eighteen and with nothing after the number', () => {
    expect(extractAgeMonths("my son swallowed two of my blood pressure pills, he's 2")).toBe(24);
    expect(extractAgeMonths('my daughter is off school, she is 9 and has a cough')).toBe(108);
    // A temperature, a unit or no child named: not an age.
    expect(extractAgeMonths("my son is burning up, he's 39.5")).toBeUndefined();
    expect(extractAgeMonths("my daughter says she's 3 weeks late")).toBeUndefined();
    expect(extractAgeMonths("she's 4")).toBeUndefined();
  });

  it("alerts when that child swallowed someone's tablets", () => {
    expectRuleFires('overdose_poisoning', ["my son swallowed two of my blood pressure pills, he's 2"]);
  });
});
