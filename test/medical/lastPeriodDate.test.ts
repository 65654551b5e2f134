/**
 * A last period dated weeks back dates the current cycle, not a past episode: six weeks to three months
 * since it is a possible pregnancy, so one-sided pain with bleeding or faintness is an ectopic pregnancy
 * until shown otherwise. Our own phrasings.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { expectAlerts } from './urgencyHelpers.ts';

describe('a last period dated weeks back', () => {
  it('is not a past episode', () => {
    const clause = analyzeMessage('My last period was 8 weeks ago.').clauses[0];
    expect(clause?.historical).toBe(false);
  });

  it('with one-sided pain and bleeding or faintness, alerts', () => {
    expectAlerts([
      'A 27-year-old woman with right-sided lower abdominal pain and light bleeding. LMP 8 weeks ago. Dizzy on standing.',
      "I'm 31, my last period was 7 weeks ago and I have sharp pain low on my left side and some spotting",
    ], true);
  });

  it('long ago, or with nothing alarming, does not', () => {
    expectAlerts([
      'A 56-year-old woman with hot flushes and poor sleep. Her last menstrual period was 2 years ago.',
      'my last period was 6 weeks ago, I think I might be pregnant, no pain or bleeding, feel fine',
    ], false);
  });
});
