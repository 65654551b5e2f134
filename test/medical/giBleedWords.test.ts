import { describe, expect, it } from 'vitest';
import { decide, expectAlerts, firedRules } from './urgencyHelpers.ts';

// Regression: stools "black and sticky like tar" without faintness, vomit "like coffee granules",
// "being sick with blood in it" and "loads of blood from my back passage" got no alert. Phrasings are our own.
describe('bleeding from the gut in everyday words', () => {
  it('tar-like stools alert on their own (urgent)', () => {
    const messages = ['my poo has gone black and sticky like tar', 'stools like black tar since this morning', 'i think i have melena, really dark tarry stools'];
    expectAlerts(messages, true);
    for (const m of messages) expect(firedRules(m), m).toContain('melaena');
  });

  it('blood in vomit however it is worded', () => {
    expectAlerts(['my dad has been sick and it looked like coffee granules', 'keeps being sick with bright red blood in it', 'she was sick twice with blood in the sick'], true);
  });

  it('a lot of blood from the back passage', () => {
    expectAlerts(['passing loads of dark red blood from my back passage', 'lots of blood coming out of his bottom with clots'], true);
  });

  it('black stools on iron, dark stools after beetroot, a streak on the paper, a cold do not alert', () => {
    expectAlerts(
      [
        'i started iron tablets and my stools are black, i feel fine',
        'my poo was dark red after eating beetroot salad',
        'a streak of blood on the paper when i wiped, i have piles',
        'been sick with a cold all week and feel rubbish',
      ],
      false,
    );
    expect(decide('i started iron tablets and my stools are black, i feel fine').level).not.toBe('emergency');
  });
});
