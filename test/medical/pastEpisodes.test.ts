/**
 * A finding dated weeks or months back ("last week", "a month ago", "three weeks ago") is a past
 * episode: history, not a current event, unless the writer carries it into the present ("since last
 * week", "started a month ago", "still", "again today", "it's back"). Our own phrasings.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { expectAlerts } from './urgencyHelpers.ts';

describe('a past episode weeks or months back', () => {
  it('does not alert when the present complaint is minor', () => {
    expectAlerts([
      'Had a tight chest for an evening last week which settled, now I have a blocked nose and sneezing',
      'I blacked out once about two months ago at a concert, today my throat is scratchy',
      'three weeks ago I brought up a little blood when coughing, that cleared up, and now I have a tickly cough',
      'a month ago I had a fit after missing sleep, since then fine, just asking about itchy eyes from pollen',
      'my chest hurt a couple of weeks ago but the GP said it was reflux; at the moment I have a runny nose',
      'last month I passed out in the heat. Now my problem is a sore ankle from a mild sprain.',
    ], false);
  });

  it('marks the dated clause historical and keeps the present clause current', () => {
    const analysis = analyzeMessage('I had chest pain two weeks ago, it went away, now just a cough');
    const dated = analysis.clauses.find((c) => c.text.includes('chest pain'));
    const present = analysis.clauses.find((c) => c.text.includes('cough'));
    expect(dated?.historical).toBe(true);
    expect(present?.historical).toBe(false);
  });

  it('stays current when the finding runs on from that date', () => {
    expectAlerts([
      'since last week I get crushing chest pain with sweating',
      'the chest pain started two weeks ago and is still there, and I am breathless',
      "pressure in my chest on and off since a month ago, today it is crushing",
      'I fainted last week and again this morning with chest pain',
      'had chest pain a month ago and it is back now, heavy and spreading to my left arm',
    ], true);
  });

  it('still reads a recent past event with what is happening now', () => {
    expectAlerts([
      'banged my head on a beam three weeks ago and now I am drowsy and keep being sick',
      'my grandad fell and hit his head last month, since yesterday he is confused',
      'I was diagnosed with a blood clot in my leg last week and now I am suddenly short of breath',
    ], true);
  });
});
