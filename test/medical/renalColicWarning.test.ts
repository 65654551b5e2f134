import { describe, expect, it } from 'vitest';
import { expectAlerts, firedRules } from './urgencyHelpers.ts';

// Regression: kidney stone pain with a fever, with no urine, severe or not controlled by painkillers got
// no alert (NICE CKS renal colic: admit the same day). Phrasings are our own.
describe('renal colic with warning signs', () => {
  it('alerts (urgent)', () => {
    const messages = [
      'agonising pain in my side going down to my groin, cant keep still, being sick',
      'kidney stone pain and now i have a fever of 39 and shivering',
      'loin to groin pain came on suddenly and im rolling around',
      'renal colic again, vomiting and pain not controlled',
      'worst pain of my life in my flank coming in waves and theres blood in my pee',
      'severe pain on my left side under my ribs moving to my groin, cant pee',
    ];
    expectAlerts(messages, true);
    for (const m of messages) expect(firedRules(m), m).toContain('renal_colic_warning');
  });

  it('a past stone, a mild ache, and other pains that will not settle do not', () => {
    expectAlerts(
      [
        'i had a kidney stone last year, want to know how to stop another one',
        'i think i might have a small kidney stone, mild ache in my side, no fever',
        'my back pain is not settling after 2 weeks of physio',
        'my knee pain is not getting better',
      ],
      false,
    );
  });
});
