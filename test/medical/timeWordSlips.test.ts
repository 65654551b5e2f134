import { describe, expect, it } from 'vitest';
import { readTimeWords } from '../../plugins/medical/language/readTimeWords.ts';
import { expectAlerts } from './urgencyHelpers.ts';

// A typing slip or an abbreviation in the unit before "ago" ("a stroke yeasr ago", "3 yrs ago") left
// the clause current, so a stroke long past alerted beside a cold. Stroke signs now, beside such a
// history, still alert. Phrasings are our own.
describe('time words with a slip or an abbreviation', () => {
  it('are read as the unit before "ago" or "back" only', () => {
    expect(readTimeWords('a stroke yeasr ago')).toBe('a stroke years ago');
    expect(readTimeWords('two monhts ago')).toBe('two months ago');
    expect(readTimeWords('3 yrs ago and 6 wks back')).toBe('3 years ago and 6 weeks back');
    expect(readTimeWords('yeasr of pain')).toBe('yeasr of pain');
    expect(readTimeWords('a long time ago')).toBe('a long time ago');
  });

  it('keep a past illness in the past', () => {
    expectAlerts(
      [
        'Sore throat and runny nose. I had a stroke yeasr ago but fully recovered.',
        'I have a cold and a cough. I had a stroke 3 yrs ago, no problems since.',
        '66 year old male. Presenting complaints: sneezing, blocked nose. Past episodes: had a mini stroke a few yaers ago.',
      ],
      false,
    );
  });

  it('leave stroke signs now alerting beside such a history', () => {
    expectAlerts(
      [
        'my dad had a stroke 2 yrs ago and now his face is drooping again and his speech is slurred',
        'I had a stroke yeasr ago and since this morning my right arm is suddenly weak',
      ],
      true,
    );
  });
});
