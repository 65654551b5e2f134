import { describe, expect, it } from 'vitest';
import { expectAlerts, firedRules } from './urgencyHelpers.ts';

// Regression: trouble speaking alone never alerted unless the word "sudden" came with it or a weak limb
// or confusion did, so speech trouble that began "since 9 this morning" or "since breakfast" came out
// non-urgent, and "difficulty finding words" was not read as speech trouble at all ("find" only, not
// "finding"). FAST's S alone is the emergency when it is new. Phrasings are our own.
describe('new trouble speaking is a possible stroke on its own', () => {
  it('speech trouble that started at a time today, or suddenly, alerts as a stroke', () => {
    const messages = [
      'my grandad has been struggling to get his words out since half 8 this morning',
      'since 07:30 she keeps mixing up her words and talking gibberish',
      'my husband has had trouble finding his words since lunchtime',
      'I have had difficulty speaking since I woke up, my words come out wrong',
      '67 year old man with dysphasia since 14:00',
      'abruptly unable to speak properly about 40 minutes ago',
    ];
    expectAlerts(messages, true);
    for (const m of messages) expect(firedRules(m), m).toContain('stroke_fast');
  });

  it('a lost or hoarse voice, a numb mouth after the dentist or long-standing word finding does not', () => {
    expectAlerts(
      [
        'laryngitis since this morning, I can barely talk',
        'my voice went croaky today and now I can hardly speak, sore throat',
        "can't talk properly since the dentist this morning, my mouth is still numb",
        'she has struggled to find words for two years and her memory is going',
        'my 2 year old has difficulty talking compared with his cousins',
      ],
      false,
    );
  });

  it('"since 3 days" is a duration, not a start time', () => {
    expect(firedRules('trouble speaking since 3 days, very hoarse voice')).not.toContain('stroke_fast');
  });
});
