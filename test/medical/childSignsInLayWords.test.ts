import { describe, expect, it } from 'vitest';
import { expectAlerts, firedRules } from './urgencyHelpers.ts';

// Regression: a baby's vomit "a bit green" or "greenish", a child's ribs or tummy "sucking in" with each
// breath (recession), and undiagnosed diabetes told as peeing and drinking loads, then being sick, got no
// alert. Phrasings are our own.
describe("a child's warning signs in lay words", () => {
  it('green vomit with a qualifier', () => {
    const messages = ['my baby is throwing up and its a bit green', 'my 3 week old keeps vomiting greenish stuff', 'the baby has been sick again and it looked kind of dark green'];
    expectAlerts(messages, true);
    for (const m of messages) expect(firedRules(m), m).toContain('bilious_vomiting');
  });

  it('recession: the skin at the ribs or tummy pulled in with each breath', () => {
    expectAlerts(
      [
        "my baby's breathing is fast and her ribs are sucking in",
        'my daughter is wheezing and her tummy is sucking in under her ribs',
        'my 2 year old has a cough and you can see the skin between his ribs pulling in',
      ],
      true,
    );
  });

  it('peeing and drinking loads, then being sick or drowsy (ketoacidosis before the diagnosis)', () => {
    const messages = ['my daughter has been peeing loads, drinking loads, lost weight and now shes throwing up', 'my son is weeing all the time and always thirsty, now hes very drowsy'];
    expectAlerts(messages, true);
    for (const m of messages) expect(firedRules(m), m).toContain('new_diabetes_ketoacidosis');
  });

  it('look-alikes stay calm', () => {
    expectAlerts(
      [
        'my baby brought up some milk, it looks a bit yellow',
        'my son has a cold and a green runny nose',
        'i was sucking in my tummy for photos and my ribs hurt',
        'i am drinking loads in this heat and peeing a lot, feel fine',
      ],
      false,
    );
  });
});
