import { describe, expect, it } from 'vitest';
import { expectAlerts, firedRules } from './urgencyHelpers.ts';

// Regression: pregnancy emergencies told in everyday words got no alert: the baby "moving less" or
// "gone quiet", "haven't felt the baby move" (typed without an apostrophe it was read as a denial), a
// missed period with one-sided pain and faintness, a face "puffed up" with a headache late in
// pregnancy, the waters broken before 37 weeks. Phrasings are our own.
describe('pregnancy emergencies in lay words', () => {
  it('fewer baby movements', () => {
    const messages = [
      'pregnant and my baby hasnt kicked all day',
      'im 31 weeks and my baby has gone really quiet since yesterday',
      'she is 35 weeks and cant feel the baby kicking today',
      '38 weeks, baby moving much less than normal',
    ];
    expectAlerts(messages, true);
    for (const m of messages) expect(firedRules(m), m).toContain('reduced_fetal_movement');
  });

  it('a missed period with one-sided pain and faintness (possible ectopic)', () => {
    expectAlerts(['i missed my period and have a sharp pain low on my right side and feel like fainting', 'period is 3 weeks late, really bad pain on one side low down, i feel faint'], true);
  });

  it('headache with a puffed-up face or hands late in pregnancy', () => {
    expectAlerts(['pregnant 30 weeks, bad headache that wont go and my feet and face have puffed up'], true);
  });

  it('waters broken before 37 weeks', () => {
    expectAlerts(['my waters went at 34 weeks', 'i think my waters are leaking, im 29+3'], true);
    expect(firedRules('my waters went at 34 weeks')).toContain('preterm_waters');
  });

  it('look-alikes stay calm', () => {
    expectAlerts(
      [
        'im 20 weeks pregnant and the baby is kicking loads',
        'my baby is quiet and sleeping well, 3 months old',
        'i missed my period, could it be stress, no pain',
        '20 weeks pregnant feet a bit puffy in the evening',
        'i did 30 weeks of physio for my knee',
      ],
      false,
    );
  });
});
