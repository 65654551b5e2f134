/**
 * "Stopped" is a resolution only when a symptom stopped (a bleed, a pain): a device or a body
 * function that stopped (an insulin pump, breathing, the heart) is a finding, and a bleed stopped by
 * pressure, or told as "it stopped" after the bleed, is reassuring. Our own phrasings.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { expectAlerts } from './urgencyHelpers.ts';

const clauseWith = (message: string, words: string) => analyzeMessage(message).clauses.find((c) => c.text.includes(words));

describe('what stopped', () => {
  it.each([
    ['my insulin pump has stopped working overnight', 'pump', false],
    ['the pump stopped delivering and I feel awful', 'pump', false],
    ['my oxygen concentrator stopped', 'concentrator', false],
    ['the throbbing stopped after an hour', 'throbbing', true],
    ['my knee stopped hurting', 'knee', true],
  ] as const)('a device that stopped is a finding, a symptom that stopped a resolution: %s', (message, words, resolved) => {
    expect(clauseWith(message, words)?.historical).toBe(resolved);
  });

  it('a pump that stopped, with signs of ketoacidosis, alerts', () => {
    expectAlerts([
      "I'm type 1 and my pump stopped working last night, I keep vomiting and my breath smells of pear drops",
      'insulin pump stopped delivering, ketones are high and I am being sick',
    ], true);
  });

  it('breathing or a heart that stopped stays an emergency', () => {
    expectAlerts(['my wife has stopped breathing', 'the baby stopped breathing and is limp', "his heart stopped and he isn't responding"], true);
  });

  it('a bleed that stopped with pressure, or "it stopped" after the bleed, reassures', () => {
    expectAlerts([
      'my nose was pouring with blood but it stopped with pressure',
      'gashed my palm on a tin, lots of blood, it stopped once I held a towel on it',
      'the nosebleed was heavy, it stopped when I pinched the soft part of my nose',
      "I'm on warfarin and my nose bled for 20 minutes but it has stopped now",
    ], false);
  });

  it('a bleed that will not stop still alerts', () => {
    expectAlerts([
      'my nose has been pouring blood for half an hour and pressure is not stopping it',
      'deep cut on my leg, blood soaking through the towel and it will not stop',
    ], true);
  });
});
