import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// Regression: suicidal intent told indirectly (the means made ready, looking up ways to die, wanting to
// sleep and not wake up, "wants to die" of someone else, "kms") got no crisis alert. Phrasings are our own.
describe('suicidal intent in indirect words', () => {
  it('plans, means and wishes alert', () => {
    expectAlerts(
      [
        'ive got all my tablets saved up for when i decide',
        'i keep looking up ways to die at night',
        'been searching how to kill myself',
        'honestly i just want to go to sleep and never wake up',
        'my daughter told me she wants to die',
        'i want to kms',
        'theres a noose in the garage i made',
      ],
      true,
    );
  });

  it('look-alikes do not', () => {
    expectAlerts(
      [
        'i want to go to sleep early and not wake up till noon tomorrow',
        'my tablets are ready to collect from the pharmacy',
        'i googled how to treat a sore throat',
        'that film made me want to die laughing',
        'my son doesnt want to die, hes just scared of the operation',
      ],
      false,
    );
  });
});
