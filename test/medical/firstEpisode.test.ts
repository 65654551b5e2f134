import { describe, expect, it } from 'vitest';
import { diagnose } from '../../plugins/medical/diagnose.ts';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { expectAlerts, firedRules } from './urgencyHelpers.ts';

// Found by a probe of our own: "my son has never had a fit before and just had one" came out
// self_care. "Never ... before" denied the clause that names the fit, and "just had one" names nothing.
// A denial of an earlier time that a later clause answers with "one" is a first episode, now
// (language/firstEpisode.ts): the clause is not negated and its "never" does not deny its finding.
describe('"never had one before, and now I have one"', () => {
  it('asserts the first episode', () => {
    expectAlerts(
      [
        'my son has never had a fit before and just had one',
        "she's never had a seizure before but she just had one lasting 5 minutes",
        "he's never had an asthma attack before but he's having one now and can't talk",
        "I've never had a nosebleed before and now I have one that won't stop after 30 minutes",
      ],
      true,
    );
    const message = 'my son has never had a fit before and just had one';
    const clause = analyzeMessage(message).clauses.find((c) => c.text.includes('fit'));
    expect(clause).toMatchObject({ negated: false, firstEpisode: true });
    expect(diagnose({ analysis: analyzeMessage(message), profile: undefined, history: [] }).possibilities[0]?.conditionId).toBe('seizure');
  });

  it('keeps the denial when nothing answers it, the answer is denied, asked, or someone else has one', () => {
    expectAlerts(
      [
        "I've never had a seizure before and I don't want one",
        'I have never had a stroke before, my dad had one last year',
        "I've never had a heart attack before, how would I know if I had one?",
        "I've never had a panic attack before and I'm not having one now, just feeling a bit stressed",
        "i had a fit once years ago and haven't had one since",
      ],
      false,
    );
    expect(analyzeMessage('I have never had a stroke before, my dad had one last year').clauses.some((c) => c.firstEpisode === true)).toBe(false);
    expect(firedRules("she's never had chickenpox before and her brother has one")).toEqual([]);
  });
});
