import { describe, it } from 'vitest';
import { decide, expectAlerts } from './urgencyHelpers.ts';
import { expect } from 'vitest';

// Found on our own probes (a known weak spot of round 6): "confused about how much paracetamol I can
// take" alerted as an overdose with confusion. "Confused" about a question (how much, whether, the
// dosing) is unsure; confused about where one is, or confused alone, is the mind and still counts.
describe('"confused about" a question', () => {
  it('is being unsure, not confusion', () => {
    expectAlerts(["I'm confused about how much paracetamol I can take for my back pain", "I'm confused by the dosing instructions on my son's antibiotics"], false);
    expect(decide("I'm confused about whether to take ibuprofen with my cold").level).toBe('self_care');
  });

  it('still counts when the mind is what is confused', () => {
    expectAlerts(['My grandad is confused and drowsy since this morning', 'He is 80 and suddenly confused', "Took 30 paracetamol last night and now I'm confused"], true);
    expect(decide('She is 84 and since yesterday confused about where she is and what day it is').level).toBe('emergency');
  });
});
