/**
 * Found by four sets written for session 35 and scored once before any change: 25 emergencies in
 * Filipino and Singaporean English (21 alerted), 20 typed as in a chat box ("cnt breathe", "she gna kms
 * tonite", 17 alerted), 12 told beside a past illness (11) and 15 told over three messages (14). The
 * phrasings here are new ones, each beside look-alikes.
 */
import { describe, expect, it } from 'vitest';
import { readChatSpelling } from '../../plugins/medical/language/chatSpelling.ts';
import { correctTypos } from '../../plugins/medical/language/correctTypos.ts';
import { decideUrgency } from '../../plugins/medical/urgency/decideUrgency.ts';
import { SAFETY, decide, expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

describe('chat spellings, read as a second reading', () => {
  it('reads short forms, a dropped final g and "ma" before what is owned', () => {
    expect(correctTypos('ma daughter cnt stop coughin n shes wheezin tonite')).toBe("my daughter can't stop coughing and shes wheezing tonight");
    expect(readChatSpelling('ma', ' is poorly')).toBeUndefined();
    // Words that end in "in" and are words already stay as they are.
    expect(correctTypos('my cousin has a cut on her shin')).toBe('my cousin has a cut on her shin');
  });

  it('alerts on emergencies typed in chat spellings', () => {
    expectAlerts(
      [
        'bro cnt breathe after a bee sting his lips r swellin up',
        'my bf keeps sayin he gna kms 2morrow n he has a rope',
        'ma dad is clutchin his chest n sweatin buckets',
      ],
      true,
    );
    expectAlerts(['lil cough n a runny nose, feelin ok otherwise', 'ma back is achin after the gym'], false);
  });
});

describe('lay words for breathing, colour, fits, burns and poisons', () => {
  it('reads "difficulty of/to breathe" and "a hard time breathing" as breathlessness, and violet lips as cyanosis', () => {
    expectRuleFires('anaphylaxis', ['she ate crab and her tongue swelled, now she has a hard time to breathe']);
    expect(decide('my grandfather has difficulty of breathing and his lips became violet').level).toBe('emergency');
    expectAlerts(['I painted my lips violet for the party'], false);
  });

  it('reads the whole body shaking as a seizure only in someone who collapsed or does not respond', () => {
    expectRuleFires('seizure', ['the old man collapsed at the bus stop and his arms and legs were jerking uncontrollably']);
    expectAlerts(['I have a high temperature and I keep shaking all over under the duvet', 'before my exam my whole body was shaking with nerves'], false);
  });

  it('reads a corrosive acid drunk as a poisoning', () => {
    expectRuleFires('overdose_poisoning', ['my nephew swallowed some hydrochloric acid from the garage']);
    expectAlerts(['I drank orange juice and now I have acid reflux'], false);
  });

  it('reads a burn spanning two landmarks, or white and leathery, as a large burn', () => {
    expectRuleFires('large_burn', ['she scalded her leg with the kettle, it is red and blistered from knee to ankle']);
    expectRuleFires('large_burn', ['he touched the exhaust, the burn on his calf looks charred and feels numb']);
    expectAlerts(['I caught my finger on the iron, a little red mark, no blister'], false);
  });

  it('does not read a burn blister or a shoe blister as a blistering rash', () => {
    for (const message of ['I burned my thumb on a pan, there is a small blister on it', 'my new boots gave me blisters on both heels']) {
      expect(decide(message).rules.map((r) => r.rule)).not.toContain('blisters');
    }
    expect(decide('I have a painful band of blisters around my waist on one side').rules.map((r) => r.rule)).toContain('blisters');
  });

  it('reads a decision to "end it" as suicidal with low mood or the means at hand, not a relationship ended', () => {
    expectRuleFires('suicidal_intent', ["I've felt hopeless for months and I'm ready to end it, I've got the pills next to me"]);
    expectAlerts(["I'm depressed about my marriage and I'm going to end it with my husband"], false);
  });
});

describe('a poison found with a child', () => {
  it('alerts when a child found with an open poison shows a sign of it, over messages', () => {
    const first = decideUrgency({ message: 'my 2 year old was in the shed, there was a bottle of white spirit with the lid off beside her', history: [], profile: undefined, sessionState: undefined, safety: SAFETY });
    const second = decideUrgency({
      message: "she's coughing and very drowsy now",
      history: ['my 2 year old was in the shed, there was a bottle of white spirit with the lid off beside her'],
      profile: undefined,
      sessionState: first.nextState,
      safety: SAFETY,
    });
    expect([first.decision.level, second.decision.level]).toContain('emergency');
    expectAlerts(['my toddler found an empty bottle of bleach in the recycling, he is fine and playing'], false);
  });
});
