/**
 * One sign of the FAST test (face, arms, speech) is a reason to call an ambulance: the knowledge base
 * marks slurred speech and a drooping face as decisive red flags of a stroke, so either alone raises
 * the turn, without a second finding or the word "sudden". A sign told as lasting months or years, or
 * as past, is not the event. Our own phrasings.
 */
import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

describe('one FAST sign', () => {
  it('alerts on slurred speech or a drooping face alone', () => {
    expectAlerts([
      'my speech is slurred',
      "Grandad's speech is slurred and he keeps repeating himself",
      'I feel dizzy and I am slurring my words',
      'the left side of her mouth is drooping',
      'his face has dropped on one side',
    ], true);
  });

  it('does not alert when the sign has lasted months or years, or is past', () => {
    expectAlerts([
      'my uncle has had slurred speech for years since his accident',
      'she has been slurring her words for the past six months and the neurologist is following it up',
      'I had slurred speech after my stroke in 2019 but it recovered',
    ], false);
  });
});
