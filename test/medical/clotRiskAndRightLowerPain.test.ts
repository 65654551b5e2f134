import { describe, expect, it } from 'vitest';
import { expectAlerts, firedRules } from './urgencyHelpers.ts';

// Regression: sudden breathlessness after a birth (no swollen leg told) and a pain in "my lower belly on
// the right" getting worse with vomiting got no alert. Phrasings are our own.
describe('sudden breathlessness or pain on breathing in with a clot risk', () => {
  it('alerts', () => {
    const messages = ['sudden breathlessness 2 weeks after giving birth', 'on the pill and it suddenly hurts to breathe in on the left', 'since my operation on friday i suddenly cant get my breath'];
    expectAlerts(messages, true);
    for (const m of messages.slice(0, 2)) expect(firedRules(m), m).toContain('breathless_clot_risk');
  });

  it('breathlessness on effort long after a birth, or a little breathless after surgery, does not', () => {
    expectAlerts(['i gave birth 3 months ago and get out of breath running for the bus'], false);
  });
});

describe('right lower tummy pain told with the side after the part', () => {
  it('getting worse with vomiting is possible appendicitis', () => {
    expectAlerts(['pain in my lower belly on the right getting worse and vomiting', 'it hurts low down in my tummy on the right, getting worse and i have a fever'], true);
  });

  it('a mild ache after a meal is not', () => {
    expectAlerts(['mild ache low down in my tummy on the right after a big meal'], false);
  });
});
