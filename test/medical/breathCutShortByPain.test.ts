import { describe, expect, it } from 'vitest';
import { decide, expectAlerts } from './urgencyHelpers.ts';

// Regression: "he feels he can't take a full breath because of the pain", a chest-wall strain after a
// game of rugby, tender to touch, alerted as severe difficulty breathing: the pattern for "can't
// breathe" read a deep breath the pain cuts short. That is pain on breathing in (pleuritic), which a
// doctor should see; "can't breathe", "can't take a deep breath" alone, struggling to breathe, or the
// same pain with a sudden start, breathlessness or sweating still alert. Phrasings are our own.
describe('a deep breath cut short by pain is not severe breathlessness', () => {
  const benign = [
    "33 year old male. Presenting complaints: chest pain, pain on breathing. The patient has sharp pain in the left side of the chest, worse on taking a deep breath and twisting, since a game of rugby 3 days ago. He feels he can't take a full breath because of the pain. The area is tender to touch. Negatives: no cough, no fever, no haemoptysis, no leg swelling.",
    "I hurt my ribs playing rugby, it's tender to touch and I can't take a full breath because of the pain, no shortness of breath",
  ];

  it('is not an emergency, but sees a doctor', () => {
    expectAlerts(benign, false);
    for (const m of benign) expect(decide(m).level, m).toBe('non_emergency');
  });

  it('true breathing trouble, or the same pain with an alarm sign, still alerts', () => {
    expectAlerts(
      [
        "sudden sharp chest pain and I can't take a deep breath because of the pain",
        "I can't take a full breath because of the pain in my chest, and I'm short of breath and sweating",
        "I can't breathe",
        "I can't take a deep breath",
        "I'm struggling to breathe and can't take a full breath because of the pain",
      ],
      true,
    );
  });
});
