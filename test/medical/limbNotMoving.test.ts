import { describe, expect, it } from 'vitest';
import { expectAlerts, expectRuleFires, firedRules } from './urgencyHelpers.ts';

// Found while probing session 22's open misses with phrasings of our own: "his arm is not moving
// properly since this morning" came out self_care. A limb that does not move or work, told negatively,
// was read as denied (its own "not"), and a limb gone weak since a time today only alerted when the
// word "sudden" was used. Now `limbNotMoving` (a negatively phrased concept) reads as weakness, and a
// weak limb (not only a numb one) since a time today with no pain, injury, exertion or a night lain on it
// in the story raises stroke_fast.
describe('a limb that has stopped moving or working', () => {
  it('raises stroke_fast when it started today and nothing hurts', () => {
    expectRuleFires('stroke_fast', [
      'his arm is not moving properly since this morning',
      "my dad's arm is not moving properly since this morning",
      "I can't lift my right arm since I woke up",
      'my hand stopped working an hour ago',
      "her leg won't move since she woke up",
      "my dad can't lift his arm since lunch, no pain, he's 74",
      'my husband suddenly can\'t move his leg',
    ]);
  });

  it('does not alert when pain, an injury, exercise or an old event explains it', () => {
    expectAlerts(
      [
        "my arm is not moving properly after the gym, it's sore",
        'my arm is not moving as well since the stroke two years ago',
        "his leg isn't moving much since the knee operation",
        "I woke up and my arm was dead, it came back after a few minutes of shaking it",
        'my laptop stopped working since this morning',
        // Numbness alone, or a limb slept on, is not read as a stroke's weakness from a time of day.
        'my hand has been numb since I woke up',
        "my arm won't move properly since I woke up, I think I slept on it",
      ],
      false,
    );
    expect(firedRules("I can't move my arm since this morning, my shoulder is really sore")).not.toContain('stroke_fast');
    expect(firedRules("she can't lift her arm above her head since the shoulder injury last month")).not.toContain('stroke_fast');
  });
});

// "our dog knocked grandad over and he can't get up, his hip looks twisted" came out self_care: a fall
// was only read from fell/tripped/slipped. Knocked over by someone or something is a fall; a glass is not.
describe('knocked over is a fall', () => {
  it('an older person knocked over who cannot get up alerts', () => {
    expect(firedRules("our dog knocked grandad over and he can't get up, his hip looks twisted")).toContain('older_fall_cannot_stand');
    expect(firedRules("my dog knocked me over and I can't get up, I'm 80 and my hip hurts")).toContain('older_fall_cannot_stand');
    expect(firedRules("nan was knocked down in the shop and can't stand, she's 85")).toContain('older_fall_cannot_stand');
  });

  it('a thing knocked over is not a fall', () => {
    expectAlerts(['the dog knocked my glass over', 'I knocked over a cup of tea and my hand is a bit red', 'my son knocked the vase over'], false);
  });
});
