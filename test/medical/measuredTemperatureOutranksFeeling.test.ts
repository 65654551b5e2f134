import { describe, it } from 'vitest';
import { expectLevel } from './urgencyHelpers.ts';

// A cold "slightly feverish yesterday, 37.6 on my thermometer" was raised to see-a-doctor for a fever:
// a reading below 38 °C is no fever (NICE), whatever the person felt. A reading of 38 or more, or a
// fever told with no reading, still raises.
describe('a thermometer below 38 beside a feverish feeling', () => {
  it('is no fever for triage', () => {
    expectLevel(
      [
        'runny nose and a scratchy throat for 2 days, felt a bit feverish last night but the thermometer said 37.4, eating and drinking fine',
        'I feel hot and feverish with this cold but my temperature is 37.2',
      ],
      'self_care',
    );
  });

  it('a reading of 38 or more, or a fever with no reading, still raises', () => {
    expectLevel(['cold and sore throat, feverish, temperature 38.6 this morning', 'I have had a fever for 4 days with a cough'], 'non_emergency');
  });
});
