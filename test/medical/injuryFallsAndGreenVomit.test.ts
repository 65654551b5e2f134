import { describe, expect, it } from 'vitest';
import { expectAlerts, firedRules } from './urgencyHelpers.ts';
import { extractAgeMonths } from '../../plugins/medical/language/extractAge.ts';

// Regressions found by trying phrasings by hand (eval:probe): a stabbing, a pedestrian hit by a car,
// an 80-year-old who fell and could not stand, a newborn too sleepy to feed and a child's green vomit
// all came out self_care or non_emergency with no alert.
describe('injuries named by their mechanism alert', () => {
  it('a blade or a bullet', () => {
    expectAlerts(['my brother got knifed in the side outside the pub', 'someone has been shot in the leg on our street', 'she fell onto the fence and got impaled through her thigh'], true);
    expect(firedRules('my brother got knifed in the side outside the pub')).toContain('penetrating_injury');
  });

  it('a vehicle or a height', () => {
    expectAlerts(['my son was struck by a car on the crossing, he is walking but his hip hurts', 'dad fell off the roof while fixing the gutter', 'she was thrown from her horse and is lying still'], true);
    expect(firedRules('dad fell off the roof while fixing the gutter')).toContain('high_energy_injury');
  });

  it('an old stab wound, a car that drove past, or a fall from a step are not', () => {
    expectAlerts(['I was stabbed 3 years ago and the scar itches sometimes', 'a car drove past me in the rain and I got soaked, now I have a cold', 'I tripped on the kerb and grazed my palm'], false);
  });
});

describe('an older person who fell and cannot get up alerts', () => {
  it('by age in years or by a relative of stated age', () => {
    expectAlerts(['my grandma is 91, she slipped in the kitchen and cannot stand up', 'mum (aged 78) had a fall last night and she is unable to put weight on her leg'], true);
    expect(firedRules('my grandma is 91, she slipped in the kitchen and cannot stand up')).toContain('older_fall_cannot_stand');
  });

  it('a young adult who twisted an ankle, or an older one who fell asleep, does not', () => {
    expect(firedRules('I am 25 and tripped running, I cannot put weight on my ankle')).not.toContain('older_fall_cannot_stand');
    expect(firedRules('my 72 year old husband fell asleep in his chair and now cannot stand up straight, his back is stiff')).not.toContain('older_fall_cannot_stand');
  });

  it('reads the age of a relative told as "my dad is 80", never a temperature or a pregnancy', () => {
    expect(extractAgeMonths('my grandad is 84 and has a cough')).toBe(84 * 12);
    expect(extractAgeMonths('my son is 39.5 tonight')).toBeUndefined();
    expect(extractAgeMonths('my wife is 36 weeks pregnant')).toBeUndefined();
  });
});

describe('a baby too sleepy to feed, and green vomit in a child, alert', () => {
  it('a baby who will not wake for feeds', () => {
    expectAlerts(['my 3 week old daughter is yellowish and hardly wakes up for her feeds', 'our baby is too sleepy to feed and feels cold'], true);
  });

  it('green or bile vomit in a child, or with a swollen tummy', () => {
    expectAlerts(['my 2 year old has been sick twice and it is bright green', 'toddler vomiting bile since lunchtime', 'vomiting green stuff and my belly is really bloated and tight'], true);
    expect(firedRules('toddler vomiting bile since lunchtime')).toContain('bilious_vomiting');
  });

  it('an adult bringing up bile after a night of vomiting does not', () => {
    expect(firedRules("I've been throwing up all night and now it's just green bile")).not.toContain('bilious_vomiting');
  });
});
