import { describe, expect, it } from 'vitest';
import { phraseKeys } from '../../plugins/medical/knowledge/tokenize.ts';
import { expectAlerts } from './urgencyHelpers.ts';

// Found on our own phrasings (round 13): "I've had a hernia for years but now it's hard, very painful,
// and won't go back in" matched nothing of a stuck hernia: the findings were told of "it". A clause that
// opens on "it" with a verb of state goes on telling the thing named before it in the sentence (a lump,
// a part of the body, a pain), so the tokenizer keys that "it" as the thing.
describe('"it" tells of the thing named before it', () => {
  it('keys an opening "it" as the thing', () => {
    expect(phraseKeys("a hernia for years but now it won't go back in")).toEqual(
      phraseKeys("a hernia for years but now hernia won't go back in"),
    );
    // Not across a sentence, and not an "it" that opens no clause.
    expect(phraseKeys('I have a hernia. It is sunny today')).not.toContain(phraseKeys('hernia')[0] + '_');
    expect(phraseKeys('my knee makes it hard to walk').filter((k) => k === phraseKeys('knee')[0])).toHaveLength(1);
  });

  it('alerts on a stuck hernia told as "it"', () => {
    expectAlerts(
      [
        "I've had a hernia for years but now it's hard, very painful, and won't go back in, and I've been sick",
        "My groin hernia came out this morning and it won't go back in, it's really painful and I keep being sick",
      ],
      true,
    );
  });

  it('does not alert on a harmless thing told as "it"', () => {
    expectAlerts(
      [
        "I've had a lump on my arm for years and it's soft and painless",
        'My hernia came out when I lifted the shopping but it went back in when I lay down',
        'I cut my finger and it hurts a bit',
        "My knee swelled after football and it's a bit stiff",
      ],
      false,
    );
  });
});
