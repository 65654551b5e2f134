import { describe, expect, it } from 'vitest';
import { alerts, firedRules } from './urgencyHelpers.ts';

describe('naming an emergency about oneself or someone present', () => {
  it.each([
    'pretty sure this is a heart attack, my dad is on the floor',
    'I reckon my husband is having a stroke right now',
    'my mum thinks she might be having a heart attack',
    'help, I think my friend is in the middle of a seizure',
    'it feels like sepsis, she is getting worse by the hour',
  ])('alerts through the knowledge base names: %s', (message) => {
    expect(alerts(message)).toBe(true);
    expect(firedRules(message).some((r) => r.startsWith('kb_named:') || !r.startsWith('kb_'))).toBe(true);
  });

  it('names come from the knowledge base, not a sentence list (a bracketed name part counts)', () => {
    expect(firedRules('I think I am going into anaphylaxis')).toContain('kb_named:anaphylaxis');
    expect(firedRules("I think it's a collapsed lung, sharp pain on one side")).toContain('kb_named:pneumothorax');
  });

  it.each([
    'what are the early signs of a heart attack?',
    'how would I know if someone was having a stroke',
    'my grandfather had a stroke in 2015, now I have a runny nose',
    'I am worried about my risk of a heart attack because it runs in the family',
    'what is sepsis and how do you get it?',
    "I'm fit and well, just want to know about flu jabs",
  ])('a question or history about a condition does not alert: %s', (message) => {
    expect(alerts(message)).toBe(false);
  });
});
