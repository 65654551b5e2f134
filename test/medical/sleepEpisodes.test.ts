/**
 * Breathing findings told of sleep episodes (snoring, pauses, gasping or choking "in his sleep",
 * "while asleep"), as a partner observes them, are a pattern to see a doctor about, not distress now:
 * the breathing rules do not fire on them unless there are current signs (the same finding told of
 * the day, "right now", an infant). Our own phrasings, both sides of the line.
 */
import { describe, expect, it } from 'vitest';
import { alerts, expectAlerts, expectLevel } from './urgencyHelpers.ts';

describe('breathing findings scoped to sleep', () => {
  it('do not alert when only told of sleep episodes', () => {
    expectLevel([
      'My girlfriend tells me I snore like a train and sometimes choke in my sleep.',
      'He makes gasping noises while asleep and seems to stop breathing for a few seconds, then snorts.',
      'I wake my partner with loud snoring and she says I gasp for breath during sleep. I am exhausted at work.',
      'apparently I stop breathing when asleep and then splutter awake',
    ], 'non_emergency');
  });

  it('still alert with current or daytime signs, or in an infant', () => {
    expectAlerts([
      'He chokes in his sleep every night. This morning he is fighting for breath and his lips are blue.',
      'She is gasping in her sleep right now and we cannot wake her.',
      'My 3 month old stopped breathing in his sleep and went floppy and blue.',
      'I snore a lot, but today I am struggling to breathe even sitting still.',
      'He keeps nodding off mid-sentence, snoring, and his lips look blue and he is confused.',
      'She is so drowsy she keeps falling asleep, and her breathing is laboured with grey lips.',
    ], true);
  });

  it('does not treat waking up with a symptom as a sleep pattern', () => {
    expect(alerts('I woke up at 4am struggling to breathe and I still cannot catch my breath.')).toBe(true);
    expect(alerts('Woke up choking and unable to breathe, lips going blue.')).toBe(true);
  });
});
