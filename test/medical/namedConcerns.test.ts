import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// Emergencies named as a worry, from probes of our own ("I'm scared I have a clot in my lung"), and a
// clot risk told as "since my operation" or "after my flight". A worry about the future stays calm.
describe('an emergency named as a worry, and clot risks told as "since" or "after"', () => {
  it('alerts when the person fears they have it now', () => {
    expectAlerts(
      [
        "I'm scared I have a clot in my lung, I've been breathless since my operation",
        "I'm worried I have meningitis, I have a headache and a rash",
        'I might have a blood clot, my calf is swollen and painful after my long flight',
        'my left calf has been swollen and tender since my knee replacement',
      ],
      true,
    );
  });

  it('does not alert for a worry about the future or a fear that has passed', () => {
    expectAlerts(
      [
        "I'm worried about getting a blood clot on my flight next week, should I wear stockings?",
        'I was worried it was meningitis but the rash fades under a glass and she is playing happily',
      ],
      false,
    );
  });
});
