import { describe, expect, it } from 'vitest';
import { diagnose } from '../../plugins/medical/diagnose.ts';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { isLikely } from '../../plugins/medical/urgency/findLikelyEmergencies.ts';
import { alerts } from './urgencyHelpers.ts';

const ranking = (m: string) => diagnose({ analysis: analyzeMessage(m) }).possibilities;

// Regression: sciatica with a reduced ankle reflex ranked Guillain-Barré "more likely" and alerted,
// because "lost reflexes" was one of its hallmarks: a reflex alone, without the weakness that spreads,
// is not Guillain-Barré, and a reduced ankle reflex on one side is a trapped nerve's. Phrasings are our own.
describe('a reduced reflex with one-sided leg pain is sciatica; spreading weakness is Guillain-Barré', () => {
  it('one-sided leg pain from the back with a reduced reflex: sciatica first, no alert', () => {
    const messages = [
      'pain radiating down my right leg from my back for a week and the physio found a reduced ankle jerk',
      'low back pain shooting down the left leg, doctor said my knee reflex reduced on that side',
    ];
    for (const m of messages) {
      const top = ranking(m)[0];
      expect(top?.conditionId, m).toBe('sciatica');
      expect(ranking(m).some((p) => p.conditionId === 'guillain_barre_syndrome' && isLikely(p)), m).toBe(false);
      expect(alerts(m), m).toBe(false);
    }
  });

  it('weakness climbing from the legs with lost reflexes is still a likely Guillain-Barré emergency', () => {
    const m = 'over 4 days my legs are getting weaker and weaker, now I cannot get up from a chair, and the GP found absent reflexes';
    const gbs = ranking(m).find((p) => p.conditionId === 'guillain_barre_syndrome');
    expect(gbs && isLikely(gbs), m).toBe(true);
    expect(alerts(m), m).toBe(true);
  });
});
