import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// Found on our own stroke vignettes in the external set's clinical style: "he could not find his
// words and his right hand was clumsy" got no alert. Inability has many spellings ("could not", "was
// not able to", "can not"), and the patterns only knew some of them ("can't", "cannot", "unable to");
// "could not" also opened a negated clause as if something were denied. Every spelling now reads as
// "can't", and "could not" / "can not" are not denials. A hand gone clumsy is weakness in lay words.
describe('inability however it is spelt', () => {
  it('alerts on stroke signs told with "could not", "was not able to" or a clumsy hand', () => {
    expectAlerts(
      [
        'She suddenly could not lift her arm',
        'He suddenly was not able to move his leg',
        'My dad suddenly could not speak and his face looked odd',
        'She could not find her words this morning and her arm was weak',
        "My dad suddenly couldn't get his words out and his left hand went clumsy",
        '75 year old male. His wife noticed he could not find his words and his right hand was clumsy when he woke up this morning. Past history: atrial fibrillation.',
        'He could not walk straight and suddenly the room was spinning and he saw double',
      ],
      true,
    );
  });

  it('does not alert on clumsiness or lost words without a stroke picture', () => {
    expectAlerts(
      [
        "I've been a bit clumsy lately, keep bumping into things",
        "My hand is clumsy when I type after a long day, I think it's carpal tunnel",
        "I couldn't find the words in my presentation today, I was so nervous",
        'I could not sleep last night because of the noise, and I have a mild headache today.',
        'He was not able to attend school for two days with a cold and a runny nose.',
      ],
      false,
    );
  });
});
