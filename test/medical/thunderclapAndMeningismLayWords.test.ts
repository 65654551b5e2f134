import { describe, expect, it } from 'vitest';
import { expectAlerts, firedRules } from './urgencyHelpers.ts';

// Regression: a thunderclap headache told without the word ("worst ever", "came on in seconds", "like
// being hit with a bat", "exploded"), a neck that "hurts, can't bend it", "can't bear the light" and
// "has a temp" got no alert. Phrasings are our own.
describe('a sudden worst-ever headache in lay words', () => {
  it('alerts as a thunderclap headache', () => {
    const messages = [
      'sudden headache like being hit with a bat, worst ever',
      'the headache is the worst i have ever had, came on in seconds',
      'my head hurts worse than ever it came on all at once',
      'pain in my head came on in a second like being kicked, never had anything like it',
      'headache exploded out of nowhere during sex and now im being sick',
    ];
    expectAlerts(messages, true);
    for (const m of messages) expect(firedRules(m), m).toContain('thunderclap_headache');
  });

  it('a familiar, gradual or passing headache does not', () => {
    expectAlerts(
      [
        'i get the worst headaches ever with my period, same as always',
        'headache after a long day at work, not too bad',
        'had a sudden headache yesterday when i stood up, gone after a minute',
        'my head is pounding from the hangover',
      ],
      false,
    );
  });
});

describe('meningism in lay words', () => {
  it('a stiff neck told as "can\'t bend it", light that cannot be borne, "has a temp"', () => {
    expectAlerts(
      [
        'my neck hurts i cant bend it and the light hurts my eyes and ive got a rash',
        'my teenager has a terrible headache and cant bear light and has a temp and is vomiting',
      ],
      true,
    );
  });

  it('a migraine like the usual ones, a neck sore from sleeping, a temperature with a number below fever', () => {
    expectAlerts(
      [
        'i cant bear the light when i have a migraine, like my usual ones',
        'my neck is sore from sleeping funny, i cant turn it to the left',
        'headache and i have a temperature of 37.1, is that a fever',
      ],
      false,
    );
  });
});
