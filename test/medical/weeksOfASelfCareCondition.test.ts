import { describe, expect, it } from 'vitest';
import { decide } from './urgencyHelpers.ts';

const rules = (message: string) => decide(message).rules.map((r) => r.rule);

// Others' self-care vignettes (a sprain, tennis elbow, pityriasis rosea told over weeks) were raised to
// see-a-doctor for lasting more than ten days, though every condition they pointed to is a self-care
// one whose course is weeks. Four weeks or more, or a picture with anything that needs a doctor, still raises.
describe('weeks of a condition that is self-care', () => {
  it('do not raise for their duration', () => {
    for (const message of [
      'Outer elbow pain for 3 weeks since I started painting the fence, worse gripping and lifting the kettle, no injury, no swelling',
      "itchy cracked peeling skin between my toes for two weeks, I think it is athlete's foot",
    ]) {
      expect(rules(message), message).not.toContain('duration');
    }
  });

  it('four weeks or more still raise', () => {
    const message = 'Outer elbow pain for 2 months since I started painting the fence, worse gripping and lifting the kettle, no injury, no swelling';
    expect(rules(message)).toContain('duration');
  });
});
