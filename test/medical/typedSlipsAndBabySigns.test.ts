import { describe, expect, it } from 'vitest';
import { expectAlerts, firedRules } from './urgencyHelpers.ts';

// Regression: a seizure misspelt "seasure", a face swollen after peanuts with wheezing ("wheezin"), and a
// baby's bulging soft spot with a high temperature got no alert. Phrasings are our own.
describe('typed slips and a baby\'s signs', () => {
  it('a seizure however it is spelt', () => {
    expectAlerts(['my son is having a seasure and its been 6 mins', 'she is having a seazure right now'], true);
  });

  it('wheezing after a food or sting is an allergic airway', () => {
    const messages = ['my daughters face is swolen after peanuts and shes wheezin', 'stung by a wasp and now im wheezing'];
    expectAlerts(messages, true);
    for (const m of messages) expect(firedRules(m), m).toContain('anaphylaxis');
  });

  it('a bulging soft spot with a fever or drowsiness', () => {
    expectAlerts(['my babys soft spot is bulging and she has a high temp and wont stop crying', 'his fontanelle looks tense and raised and hes really drowsy'], true);
  });

  it('look-alikes stay calm', () => {
    expectAlerts(
      [
        "my baby's soft spot bulges a bit when she cries, otherwise fine and feeding",
        'i have a bit of a wheeze with my cold',
        'my son wheezes when he runs, he has asthma',
        'i had a seizure 3 years ago and want to know if i can drive',
      ],
      false,
    );
  });
});
