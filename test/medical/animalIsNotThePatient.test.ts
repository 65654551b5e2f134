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

  // Regression (found after round 13): a person named only by a pronoun or a kin word ("attacked
  // her", "bit him", "knocked grandad over") was read as the animal's story, and three emergencies
  // that alerted before the round no longer did.
  it('reads a person named by pronoun or kin word after the animal as the patient', () => {
    expectAlerts(
      [
        "the dog attacked her and she's bleeding a lot from her arm",
        "the horse kicked her in the head and she's not waking up",
        "the dog bit him on the face, there's a lot of blood",
        'a bull trampled grandad and he is not breathing',
        'our dog pulled mum over and she hit her head and is now confused and vomiting',
      ],
      true,
    );
    const a = analyzeMessage("The dog bit him on the face, there's a lot of blood");
    expect(a.clauses.map((c) => c.animal === true)).toEqual([false, false]);
  });

  it('marks only the animal clauses', () => {
    const a = analyzeMessage('My dog ate a dishwasher tablet and keeps being sick, but I have a crushing chest pain');
    expect(a.clauses.map((c) => c.animal)).toEqual([true, true, false]);
  });
});
