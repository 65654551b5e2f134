import { describe, expect, it } from 'vitest';
import { phraseKeys } from '../../plugins/medical/knowledge/tokenize.ts';
import { expectAlerts } from './urgencyHelpers.ts';

// Found on our own phrasings (round 13): "I haven't been able to pee at all for 12 hours" matched no
// "can't pee" phrase, because "haven't" was keyed as a denial and a phrase with a negation never
// matches with its words apart. "Not able to", "wasn't able to", "haven't been able to" now read as
// "can't" does.
describe('"not able to" is inability, as "can\'t" is', () => {
  it('keys every spelling as the inability word', () => {
    const cant = phraseKeys("can't pee");
    for (const said of ["haven't been able to pee", "wasn't able to pee", 'not able to pee', "hasn't been able to pee", 'havent been able to pee']) {
      expect(phraseKeys(said), said).toEqual(cant);
    }
  });

  it('leaves a plain denial and "able" alone', () => {
    expect(phraseKeys("haven't peed")).not.toEqual(phraseKeys("can't pee"));
    expect(phraseKeys('I am able to pee')).not.toContain(phraseKeys("can't")[0]);
  });

  it('alerts on retention told with "not able to"', () => {
    expectAlerts(
      [
        "I haven't been able to pee at all since last night and my bladder is bursting",
        "He hasn't been able to pass urine for 14 hours and his lower tummy is swollen and sore",
        "I'm not able to wee at all and my bladder feels like it is bursting",
      ],
      true,
    );
  });

  it('does not alert when the person can pee or only finds it slow', () => {
    expectAlerts(
      [
        "I haven't been able to pee as often as usual because I've not been drinking much",
        'I was able to pee this morning but it stings a bit',
        "I can't pee when someone is standing next to me at the urinal",
      ],
      false,
    );
  });
});
