import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// Found on our own phrasings (round 13):
// - "just vomited and there's blood in it": the clause after "and" points back with "in it", so it stays
//   one clause with the vomit it tells of (language/splitClauses.ts), and vomited blood is read;
// - "I'm standing on the bridge and I'm going to jump": a height and a stated jump are suicidal intent;
// - "my waters broke and I can feel the cord": cord prolapse, read only in a pregnancy or after the
//   waters broke ("the cord of my earphones" is not one).
describe('a pointer back, a stated jump and a felt cord', () => {
  it('alerts on each', () => {
    expectAlerts(
      [
        "My 5 year old just vomited and there's blood in it, quite a lot",
        "I was sick twice and there's a lot of blood in it",
        "I'm standing on the bridge and I'm going to jump",
        "I'm up on the roof of the car park and I want to jump",
        'My waters broke and I can feel the cord',
        "I'm 36 weeks pregnant and I can see the cord coming out",
      ],
      true,
    );
  });

  it('does not alert on their look-alikes', () => {
    expectAlerts(
      [
        "I had a glass of juice and there's a fly in it",
        "I'm on the diving board and I'm going to jump, is it safe with an ear infection?",
        'I can feel the cord of my earphones rubbing my neck',
        "I'm 30 weeks pregnant and I have a sore throat, my vocal cords feel strained",
        'I made a smoothie and there are bits of strawberry in it, then I had mild heartburn',
      ],
      false,
    );
  });
});
