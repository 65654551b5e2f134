import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// Found on our own phrasings (round 13): a finding that is the emergency on its own alerted only with a
// second finding beside it. A swallowed button battery (A&E straight away, even with no symptoms), a
// sudden loss of sight in one eye (an eye stroke), and a shadow spreading over the sight (a retinal
// detachment) are now `decisive` red flags in the knowledge base, with their case-note wording
// ("witnessed ingestion of a coin cell", "transient monocular visual loss").
describe('findings that are the emergency on their own', () => {
  it('alerts on a swallowed button battery with no symptoms yet', () => {
    expectAlerts(
      [
        'My 3 year old swallowed a button battery from a toy about 20 minutes ago, he seems fine',
        '2yo witnessed ingestion of a coin cell battery 30 minutes ago, currently asymptomatic.',
        'I think my toddler might have swallowed a battery from the remote, one is missing',
        'My son has just swallowed one of those small round flat batteries from the car key',
      ],
      true,
    );
  });

  it('alerts on a sudden loss of sight in one eye, painless or passing', () => {
    expectAlerts(
      [
        "I woke up and couldn't see out of my right eye at all, it doesn't hurt",
        'Suddenly lost the sight in my left eye an hour ago, no pain',
        '68M, transient monocular visual loss right eye lasting 5 minutes today, now resolved.',
        '55M myopic, flashes then a shadow coming across the vision of the right eye since this morning',
      ],
      true,
    );
  });

  it('does not alert on everyday batteries, old floaters or blur', () => {
    expectAlerts(
      [
        'The battery in my watch died so I swapped the coin cell',
        'How do I dispose of button batteries safely?',
        "I've got a few floaters in my eye that I've had for years",
        "I can't see out of my glasses properly, they are scratched",
        'My eyes are tired and blurry after reading all day',
      ],
      false,
    );
  });
});
