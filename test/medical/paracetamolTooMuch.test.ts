import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// "I took too much paracetamol by mistake" got non_emergency in a probe of our own: the overdose
// concept knew "too many tablets" but not "too much" of a medicine. More paracetamol than the daily
// maximum is an A&E matter however well one feels (NHS); drinking too much, or a question about a
// dose, is not.
describe('too much paracetamol, even by mistake', () => {
  it('alerts', () => {
    expectAlerts(
      [
        'I took too much paracetamol by mistake, 12 tablets today',
        "she's taken more than the maximum daily dose of paracetamol over 3 days for toothache",
        'I had too much tylenol yesterday for my back',
      ],
      true,
    );
  });

  it('does not alert for drink, a dose question or a normal dose', () => {
    expectAlerts(
      [
        'I drank too much last night and have a hangover',
        'how much paracetamol can I take for my cold?',
        'I took paracetamol for my headache and it helped',
      ],
      false,
    );
  });
});
