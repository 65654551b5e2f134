/**
 * Readings found by a fourteenth round of sets written by others (the heart, chest, lungs and blood;
 * skin, bones, kidneys and sugar; medicines, poisons, allergies and bites), pinned here in phrasings
 * of our own.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../plugins/medical/diagnose.ts';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { decide, expectAlerts, expectLevel, expectRuleFires, firedRules } from './urgencyHelpers.ts';

const clauses = (message: string): string[] => {
  const a = analyzeMessage(message);
  return a.clauses.map((c) => a.normalized.slice(c.start, c.end).trim());
};

describe('a bare adjective after "and" with a complement of its own', () => {
  it('stays with the subject before it ("pale and cold compared to the other one", "hot to the touch")', () => {
    expect(clauses('her foot is white and cold compared to her other foot')).toHaveLength(1);
    expect(clauses('my knee is swollen and hot to the touch')).toHaveLength(1);
  });

  it('not when the complement brings a verb or a subject of its own', () => {
    expect(clauses('my knee is swollen and hot since he kicked it').length).toBeGreaterThan(1);
  });

  it('so a limb told pale and cold beside the other alerts as a blocked artery', () => {
    expectRuleFires('limb_ischaemia', ['my right foot suddenly went agony this morning and it is white and cold compared to the left, toes numb']);
  });
});

describe('pain out of proportion, told in everyday words', () => {
  it('alerts for pain far more than a small wound looks, or worse now than when the bone broke', () => {
    expectRuleFires('pain_out_of_proportion', [
      'only a small graze on my calf from a bramble but the pain is unbearable and I feel rough',
      'a cat scratch on my hand, the pain is much more than it looks',
      'broke my wrist on monday, the pain is way worse than when I broke it',
    ]);
  });

  it('reads a limb "plastered" as in a cast', () => {
    expectRuleFires('cast_too_tight', ['his arm was plastered at the hospital last night and now his fingers are numb']);
  });

  it('does not alert for a graze that stings or a healing break that hurts less', () => {
    expectAlerts(['small graze on my knee from the pavement, stings a bit', 'broke my toe last week, it hurts less than when I broke it'], false);
  });
});

describe('coughing up blood by the spoonful', () => {
  it('alerts for tablespoons or mouthfuls coughed up, or blood that keeps coming', () => {
    expectRuleFires('large_haemoptysis', [
      'I coughed up about two tablespoons of blood this morning',
      'been coughing and there is blood, bright red, and more keeps coming',
    ]);
  });

  it('not for streaks in phlegm', () => {
    expect(firedRules('coughing a lot with a cold, a few streaks of blood in my phlegm')).not.toContain('large_haemoptysis');
  });
});

describe('a bleeding disorder', () => {
  it('counts as a blood thinner for a knock to the head', () => {
    expectRuleFires('head_injury_anticoagulated', ['I have von Willebrand disease and hit my head on a kitchen cupboard', 'my son is a haemophiliac and fell off his bike onto his head']);
  });
});

describe('a child who will not walk, with a fever', () => {
  it('alerts as a possible joint or bone infection', () => {
    expectRuleFires('hot_swollen_joint_fever', ['my 3 year old is refusing to stand on her left leg and has a temperature of 39.1']);
  });
});

describe('muscles gone hard with urine the colour of cola', () => {
  it('alerts as muscle breakdown', () => {
    expectRuleFires('muscle_breakdown_lay', ['after a marathon my calves are rock hard and my wee looks like cola']);
  });
});

describe('poisons and overdoses told by what followed', () => {
  it('alerts for a known food allergy, the food eaten, then a child floppy or grey and clammy', () => {
    expectRuleFires('anaphylaxis', ['she is allergic to egg and ate some cake at nursery, now she is really floppy']);
  });

  it('alerts for a child who drank or chewed something and is now floppy', () => {
    expectRuleFires('overdose_poisoning', ['my 2 year old drank from a little bottle in my bag and now she is floppy']);
  });

  it('alerts for a toddler who got hold of a cleaning product and is being sick', () => {
    expectRuleFires('overdose_poisoning', ['our toddler got hold of the oven cleaner, the top was off and he has vomited']);
  });

  it('alerts for an empty pack of a named medicine with a note left', () => {
    expectRuleFires('overdose_poisoning', ['my brother left a note and the strip of sertraline in his room is empty']);
  });

  it('alerts for two paracetamol taken more often than every four hours', () => {
    expectRuleFires('overdose_poisoning', ['been having 2 paracetamol every 2 hours since yesterday for my back']);
  });

  it('does not alert for two paracetamol every four to six hours, a question about the gap, or an empty pack alone', () => {
    expectAlerts([
      'I take 2 paracetamol every 4 to 6 hours for my period pain',
      'is it ok to take 2 paracetamol every 3 hours?',
      'my box of ibuprofen is empty, which is better to buy for a headache?',
    ], false);
  });
});

describe('a condition named as one the person is treated for', () => {
  const likelihood = (message: string, id: string) => diagnose({ analysis: analyzeMessage(message), profile: undefined }).possibilities.find((p) => p.conditionId === id)?.likelihood;

  it('is background, not what is happening now ("my thyroid tablet", "iron tablets for my anaemia", "well controlled")', () => {
    expect(likelihood('forgot my thyroid tablet this morning, do I take two tomorrow?', 'hypothyroidism')).not.toBe('more likely');
    expect(likelihood('been on iron tablets for my anaemia for a month, can I take them with tea?', 'iron_deficiency_anaemia')).not.toBe('more likely');
    expect(likelihood("my son's asthma is well controlled, how often should we wash the spacer?", 'asthma_flare')).not.toBe('more likely');
  });

  it('still reads a condition told as playing up now', () => {
    expect(likelihood('my asthma is playing up today, wheezy and tight chested', 'asthma_flare')).toBe('more likely');
  });
});

describe('words read as other words', () => {
  const ids = (message: string) => diagnose({ analysis: analyzeMessage(message), profile: undefined }).possibilities.map((p) => p.conditionId);

  it('reads "mums" as mothers, not mumps, and "painful" as a pain, not the aches of flu', () => {
    expect(ids('my mums 80 and her ankles are swollen')).not.toContain('mumps');
    expect(ids('my wrist is really painful since I fell on it')).not.toContain('influenza');
  });

  it('reads "can\'t breathe through my nose" as a blocked nose', () => {
    expectLevel(['streaming cold, I just cannot breathe through my nose at night'], 'self_care');
  });

  it('reads white spots on a baby\'s nose as skin, and a spider\'s bite as an insect\'s', () => {
    expect(decide('my 3 week old has little white spots on her nose and cheeks, feeding well').reasons.join(' ')).not.toMatch(/throat/i);
    expect(decide('bitten by what looked like a spider in the garden, small itchy bump').reasons.join(' ')).not.toMatch(/bites often need/i);
  });
});

describe('a cause told for a finding', () => {
  it('does not send to a doctor for drowsiness the medicine is said to cause, or a cold sore\'s tingle', () => {
    expectLevel(['these antihistamine tablets make me so sleepy, is there a non drowsy one?', 'that tingling on my lip again, a cold sore coming'], 'self_care');
  });

  it('does not send to a doctor for a heart that raced in a workout and settled within minutes', () => {
    expect(decide('my heart was racing after a spin class but it settled down in a few minutes').reasons.join(' ')).not.toMatch(/palpitations/i);
  });

  it('still sends drowsiness with no such cause, and a racing heart at rest', () => {
    expect(decide('my dad has been very drowsy since this morning').level).not.toBe('self_care');
    expect(decide('my heart keeps racing when I am sitting on the sofa').level).not.toBe('self_care');
  });
});

describe('findings that ask for a doctor within days', () => {
  it('sends bruises nobody knows the cause of, a fluttering in the chest, long morning stiffness and nosebleeds most days', () => {
    expectLevel(
      [
        'big bruises on my thighs and I have no idea how I got them, 3 weeks now',
        'odd flutter in my chest now and then for a few weeks, lasts seconds',
        'my fingers are stiff for about two hours every morning and the knuckles are swollen, 2 months now',
        'my son gets nosebleeds every other day, they stop with pressure',
      ],
      'non_emergency',
    );
  });

  it('sends a red patch that has got bigger, a red hot toe joint, and a low pressure with dizziness', () => {
    expectLevel(
      [
        'warm red patch on my forearm, got a little bigger since yesterday, no fever',
        'my big toe joint is hot and red and agony since last night, no fever',
        'since the new water tablet my BP is 92/60 and I feel woozy on getting up',
      ],
      'non_emergency',
    );
  });

  it('sends bleeding gums or easy bruising on a blood thinner, not one bruise from a knock', () => {
    expectLevel(['on rivaroxaban and I bruise really easily now, gums bleed when I floss'], 'non_emergency');
    expect(decide('on aspirin, bumped my shin on the bed, one small bruise, feel fine').reasons.join(' ')).not.toMatch(/blood thinner/i);
  });

  it('judges a blood pressure taken again after a rest by the second reading', () => {
    expect(decide('BP was 148/92 after rushing in, rested ten minutes and rechecked it, 124/80').reasons.join(' ')).not.toMatch(/raised blood pressure/i);
    expect(decide('BP 150/96 and when I took it again 152/98').reasons.join(' ')).toMatch(/raised blood pressure/i);
  });
});
