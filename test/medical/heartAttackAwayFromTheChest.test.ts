import { describe, expect, it } from 'vitest';
import { expectAlerts, firedRules } from './urgencyHelpers.ts';

// Regression: an older or diabetic person's heart attack told as an ache in the upper back, between the
// shoulder blades, or in the jaw "and" somewhere else, with feeling sick or exhausted and no sweating,
// did not alert: the jaw rule wanted "jaw pain" word for word and a sweat or breathlessness beside it.
// Phrasings are our own.
describe('a heart attack felt away from the chest, over 50 or with diabetes', () => {
  it('a recent ache at a heart-attack site with sickness or exhaustion alerts', () => {
    const messages = [
      'my mum is 74, since lunch she has had a heavy feeling between her shoulder blades and feels queasy',
      'type 2 diabetic, woke up at 5am with pressure in my upper back, I feel completely drained',
      '61 year old man, aching in both arms for the last 2 hours and he feels sick',
      'I am 57 and there is a tightness in my jaw and left arm since this afternoon, I feel really weak',
      "I'm 69, my right arm has ached since this morning and I feel exhausted and sick",
    ];
    expectAlerts(messages, true);
    for (const m of messages) expect(firedRules(m).join(), m).toMatch(/cardiac/);
  });

  it('a strain, a tooth, a jab, an old ache, a fever or a young adult does not', () => {
    expectAlerts(
      [
        'I am 63 and my upper back aches when I twist since this morning after moving boxes, a bit tired',
        '58, my jaw has ached since this morning, I think it is a wisdom tooth, and I feel a bit sick',
        "I'm 71 and have had aches between my shoulder blades on and off for years",
        '56 year old with flu since yesterday, fever, exhausted, aching back and arms',
        "I'm 24, my upper back has ached since this morning and I'm tired after a late night",
        "I'm 67, my left arm is sore since the flu jab this morning and I feel exhausted",
      ],
      false,
    );
  });
});
