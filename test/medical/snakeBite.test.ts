import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// Found while reviewing round 13: "a snake bit me on the ankle an hour ago and my leg is swelling" came
// out non_emergency; the knowledge base had no snake bite. `snake_bite` is now an emergency entry whose
// red flag (bitten by a snake) is decisive: the bite alone is the emergency, as the NHS and WHO advise.
// A question about a bite that has not happened, one long ago, a snake only seen, and a pet's bite
// (not the person's finding, even when decisive) do not alert.
describe('a snake bite', () => {
  it('alerts', () => {
    expectAlerts(
      [
        'a snake bit me on the ankle an hour ago and my leg is swelling',
        'a snake bit him and his leg is swelling fast',
        'I think I was bitten by an adder while walking, there are two puncture marks on my foot',
        'my son was bitten by a snake at the campsite',
        '34M, bitten by a rattlesnake on the hand 30 min ago, swelling to the forearm, HR 110',
      ],
      true,
    );
  });

  it('does not alert on a bite that has not happened, one long ago, a snake seen, or a pet bitten', () => {
    expectAlerts(
      [
        'what should I do if I get bitten by a snake while hiking?',
        "I was bitten by a snake as a child and I'm still scared of them, how do I get over it",
        'we saw a snake in the garden today, is it dangerous for the kids?',
        'my dog was bitten by a snake',
      ],
      false,
    );
  });
});
