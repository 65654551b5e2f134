import { describe, expect, it } from 'vitest';
import { expectAlerts, firedRules } from './urgencyHelpers.ts';

// Regression: pain told with the verb "hurt" got no alert where "pain" would have: "it hurts in the
// middle of my chest", "my heart hurts" with sweating, "my leg hurts and it's swollen" with pain on
// breathing, "it hurts in my balls" that came on suddenly or woke him. Phrasings are our own.
describe('"hurts" as a pain word', () => {
  it('chest and heart', () => {
    expectAlerts(['it really hurts in the middle of my chest and my jaw aches too', 'my heart hurts and im dizzy and sweating loads', 'hurting across his chest for half an hour, he looks grey'], true);
  });

  it('a swollen leg with pain on breathing in (a clot in the lung)', () => {
    const messages = ['my leg hurts and its swollen and now it hurts to breathe', 'my calf is swollen and red and it hurts when i take a deep breath'];
    expectAlerts(messages, true);
    for (const m of messages) expect(firedRules(m), m).toContain('pulmonary_embolism');
  });

  it('testicular pain that came on suddenly, is awful, or woke him', () => {
    const messages = ['it hurts so much in my balls came on suddenly an hour ago', 'my teenage boy woke up with awful pain in his groin and one testicle', 'hurting in his testicle all of a sudden and he threw up'];
    expectAlerts(messages, true);
    for (const m of messages) expect(firedRules(m), m).toContain('testicular_torsion');
  });

  it('grief, a pressed sore chest wall, a bruised leg, a cold, an ache after cycling do not alert', () => {
    expectAlerts(
      [
        'my heart hurts since she left me',
        'my chest hurts a bit when i press on it after moving furniture',
        'my leg hurts after football and its a bit bruised',
        'my balls ache a bit after cycling',
        'it hurts to breathe in when i have a cold and cough',
      ],
      false,
    );
  });
});
