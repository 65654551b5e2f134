/**
 * Where the clause splitter used to separate a finding from what is said of it, the rules matched
 * across the clause separator. Now the splitter keeps them together, and the rules stay inside a
 * clause: "it" going on about the thing just named, adjectives listed before one noun, and findings
 * that carry their own negation read where the negation opened its clause. Our own phrasings.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { CONCEPTS } from '../../plugins/medical/safety/concepts.ts';
import { expectAlerts, firedRules } from './urgencyHelpers.ts';

describe('clauses that belong together', () => {
  it('no concept pattern reads across the clause separator', () => {
    for (const [name, re] of Object.entries(CONCEPTS)) expect(re.source.includes('\\|'), name).toBe(false);
  });

  it('keeps "it" with the thing named before it, but not after a denial', () => {
    expect(analyzeMessage('my toddler keeps vomiting and it has turned green').clauses).toHaveLength(1);
    expect(analyzeMessage('no rash, it is just itchy').clauses.length).toBeGreaterThan(1);
  });

  it('green vomit told of "it"', () => {
    expectAlerts([
      'my 2 year old has thrown up three times and it was bright green',
      'baby is being sick, it looks greenish and her tummy is swollen',
      'my 4 year old vomited again and its gone a dark green colour',
    ], true);
  });

  it('a painful leg, then "it" swollen, with breathlessness', () => {
    expectAlerts(['my calf is really painful, it is swollen and hot and I am out of breath', 'the back of my leg aches and its puffy, now I get breathless on the stairs'], true);
  });

  it('a baby that has not moved, and a pain that is not easing', () => {
    expectAlerts([
      "I'm 33 weeks pregnant and the baby hasn't moved since last night",
      '30 weeks along and my baby is not kicking like she normally does',
    ], true);
    for (const message of ['kidney stone pain on my left side and the pain is not easing with co-codamol', 'I have a kidney stone, the pain is not settling at all']) {
      expect(firedRules(message), message).toContain('renal_colic_warning');
    }
  });

  it('a severity word listed before another adjective still qualifies the pain', () => {
    for (const message of ['I have excruciating, constant tummy pain and keep being sick', 'terrible, constant belly pain since lunch with vomiting']) {
      expect(firedRules(message), message).toContain('acute_abdomen');
    }
  });

  it('a wish not to wake up', () => {
    expectAlerts(['some nights I want to go to sleep and not wake up', 'I wish I could just sleep forever and never wake up'], true);
  });
});

describe('"while" before eating or chewing', () => {
  it('keeps the mouth\'s activity with the pain it brings on; a contrast still cuts', () => {
    expect(analyzeMessage('an ache in my jaw while I chew').clauses).toHaveLength(1);
    expect(analyzeMessage('it hurts while swallowing').clauses).toHaveLength(1);
    expect(analyzeMessage('my chest hurts while my arm is fine').clauses.length).toBeGreaterThan(1);
  });
});
