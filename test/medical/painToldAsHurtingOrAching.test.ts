import { describe, expect, it } from 'vitest';
import { tokenize } from '../../plugins/medical/knowledge/tokenize.ts';
import { expectAlerts } from './urgencyHelpers.ts';

// Acute glaucoma told in lay words ("my eye suddenly started really hurting, it's red, everything's
// blurry, rainbow rings round the lights, been sick") came out self-care: the knowledge base says "eye
// pain", and "hurting" never met "pain". Hurting, aching and painful now share the key of pain, in the
// knowledge base and in messages alike, so the words-apart matcher reads "eye ... hurting" as eye pain.
describe('a pain told as hurting, aching or painful', () => {
  it('shares the key of pain', () => {
    expect(new Set(tokenize('pain hurting hurts aching ache painful').map((t) => t.key))).toEqual(new Set(['pain']));
    expect(tokenize('sore')[0]?.key).not.toBe('pain');
  });

  it('lets a painful red eye with haloes and vomiting alert', () => {
    expectAlerts(
      [
        "my right eye started hurting badly an hour ago, it's red, my vision is blurred and I see coloured rings around lights, I've vomited",
        'Watching TV in the dark my eye began aching terribly, red, blurred vision with rainbow rings around lights, feel sick',
      ],
      true,
    );
  });

  it('leaves a sore, sticky pink eye alone', () => {
    expectAlerts(['both eyes pink and sticky in the mornings, a bit sore and gritty, vision fine'], false);
  });
});
