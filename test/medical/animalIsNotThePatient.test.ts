import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { expectAlerts } from './urgencyHelpers.ts';

// Round 13: a pet's story got human emergency advice ("my dog ate a dishwasher tablet" alerted as a
// poisoning, "my horse collapsed" as an unresponsive person). A clause whose subject is an animal is
// now marked `animal` by the language layer (language/animalSubject.ts) and, like a relative's
// history, is never the person's finding; the person's own findings around it still count.
describe('an animal is not the patient', () => {
  it('does not alert on what happened to a pet', () => {
    expectAlerts(
      [
        'my dog ate a dishwasher tablet',
        'The cat got into the lilies and licked the pollen',
        'I think my dog ate rat poison',
        'our puppy swallowed a sock and keeps being sick',
        'My horse collapsed in the field',
        'my dog ate my sleeping pills',
        "My cat isn't breathing properly",
      ],
      false,
    );
  });

  it("still alerts on the person's own findings beside an animal", () => {
    expectAlerts(
      [
        'my dog bit me and my hand is swelling, red streaks going up my arm and I have a fever',
        'I was walking my dog and suddenly collapsed',
        'My dog ate chocolate and now my son has swallowed a button battery',
        "The dog bit my son's face and it's bleeding heavily and won't stop",
        'My dog ate a dishwasher tablet and I drank some bleach by mistake',
        'My dog and I were in the garden and now I have crushing chest pain going down my left arm',
      ],
      true,
    );
  });

  it('marks only the animal clauses', () => {
    const a = analyzeMessage('My dog ate a dishwasher tablet and keeps being sick, but I have a crushing chest pain');
    expect(a.clauses.map((c) => c.animal)).toEqual([true, true, false]);
  });
});
