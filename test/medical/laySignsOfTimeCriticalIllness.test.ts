import { describe, expect, it } from 'vitest';
import { phraseKeys } from '../../plugins/medical/knowledge/tokenize.ts';
import { expectAlerts } from './urgencyHelpers.ts';

// Found on our own phrasings (round 13), each a sign told in words the engine did not read:
// - thirst with weight loss (not only with peeing a lot) before vomiting, heavy breathing or drowsiness
//   is how type 1 diabetes first shows as ketoacidosis (concept `weightLoss`, rule new_diabetes_ketoacidosis);
// - "nearly blacking out" is a near-faint, the symptom a pulse of 35 needs to alert (`faint`);
// - a case note's "epistaxis for 45 minutes despite pressure" is a bleed that will not stop;
// - red streaks running up a limb with a fever are an infection spreading (lymphangitis);
// - "I've been sick" is vomiting in British English (the tokenizer keys it so), so a stuck hernia with
//   vomiting now ranks bowel obstruction, which now knows the stuck hernia;
// - orbital cellulitis told as "it hurts when he moves his eye".
describe('lay and case-note signs of time-critical illness', () => {
  it('alerts on each', () => {
    expectAlerts(
      [
        "My teenage daughter has lost weight, is always thirsty, now she's vomiting, breathing heavily and very drowsy",
        'My son has been losing weight and drinking loads, and today he is being sick and very sleepy',
        "I'm 78 and my pulse is only 35, I keep nearly blacking out",
        '78M on warfarin, epistaxis for 45 minutes despite pressure, INR 5.2.',
        'A dog bit my hand deeply yesterday and now my hand is swollen and red streaks are spreading up my arm with a fever',
        'Scratch on my leg from gardening, now red lines are tracking up my thigh and I have a temperature of 38.6',
        "My hernia won't go back in, it's very painful and I've been sick",
        "My child's eyelid is red and swollen shut, he has a fever and it hurts when he moves his eye",
      ],
      true,
    );
  });

  it('does not alert on their everyday look-alikes', () => {
    expectAlerts(
      [
        "I'm trying to lose weight, I'm always thirsty at the gym and felt a bit sick after a protein shake",
        'I nearly blacked out after standing up too fast, it passed in seconds',
        'I cut my finger, it bled but stopped after I pressed on it',
        'My nose bled for a few minutes this morning and stopped with pinching',
        'I have a red line on my wrist from my watch strap',
        "I've been sick with a cold for a week, just a runny nose and cough now",
        'My hernia pops out when I cough but goes back in when I lie down',
      ],
      false,
    );
  });

  it('reads "been sick" as vomited and "sick with a cold" as ill', () => {
    expect(phraseKeys("I've been sick")).toEqual(phraseKeys('vomit'));
    expect(phraseKeys('been sick with a cold')).not.toContain(phraseKeys('vomit')[0]);
    expect(phraseKeys('I feel sick')).not.toContain(phraseKeys('vomit')[0]);
  });
});
