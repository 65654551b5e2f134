import { describe, expect, it } from 'vitest';
import { expectAlerts, firedRules } from './urgencyHelpers.ts';

// Regressions, phrasings our own: emergencies that follow an event (a birth, a blow to the tummy,
// a medicine, a wild meal) or that are told as a state that will not settle, with no rule that read
// them: a fever days after a birth with tummy pain; a handlebar in the tummy then pallor; a racing heart
// for hours with faintness; type 1 diabetes with vomiting that keeps fluids out; foraged mushrooms;
// "better off without me" with goodbyes (the "without" read as a denial).
describe('emergencies that follow an event or will not settle', () => {
  it('each alerts with its rule', () => {
    const cases: [string, string][] = [
      ['gave birth 10 days ago, temperature of 38.6 and my lower tummy is really sore, the discharge smells awful', 'postpartum_infection'],
      ['my daughter went over the handlebars of her bike onto her stomach, she is white as a sheet and her tummy hurts', 'abdominal_blow'],
      ['my heart has been pounding at 180 for the last 3 hours and will not slow down, I feel lightheaded', 'palpitations_ongoing'],
      ['type 1 diabetic, been throwing up all night and cannot keep water down', 'type1_vomiting'],
      ['we had foraged mushrooms for tea and now we are both vomiting with stomach cramps', 'overdose_poisoning'],
      ['my son keeps telling us we would be better off without him and he has written goodbye letters', 'suicidal_intent'],
    ];
    for (const [m, rule] of cases) expect(firedRules(m), m).toContain(rule);
  });

  it('the look-alikes do not', () => {
    expectAlerts(
      [
        'gave birth 3 weeks ago, a bit tired and my stitches are sore, no fever',
        'the baby kicked me hard in the tummy and I said ouch',
        'my heart races for a minute after coffee then settles',
        'type 2 diabetic, had a tummy bug yesterday, sick once, drinking fine today',
        'we had mushrooms from the supermarket in a risotto, I feel a bit bloated',
        "I'm better off without my ex, honestly I feel great",
      ],
      false,
    );
  });
});
