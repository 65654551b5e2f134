import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// Found while reviewing round 13 on our own phrasings: "she fell down the stairs and isn't moving" and
// "my son is not moving" came out self_care. The words hold their own negation, so the language layer
// read the clause as denied; a person who does not move is now read as not responding
// (`personNotMoving`, a negatively phrased concept, raises the `unresponsive` rule). A part of the body
// that does not move, a baby in pregnancy, the bowels, a pain or a thing that stays put, the writer
// and "not moving much" are not this.
describe('a person who is not moving', () => {
  it('alerts', () => {
    expectAlerts(
      [
        'my son is not moving',
        "he's not moving after falling off the climbing frame",
        "she fell down the stairs and isn't moving",
        "the bookcase fell on my son and he's not moving",
        "grandad was in the bath and now he's not moving anymore",
        'my husband stopped moving and his lips are blue',
      ],
      true,
    );
  });

  it('does not alert on a body part, the bowels, a pain, a thing or the writer that does not move', () => {
    expectAlerts(
      [
        "I'm not moving much because my back hurts",
        "we're not moving house after all, the stress gave me a headache",
        'the pain is not moving, it stays in my lower back',
        'my bowels are not moving, constipated for 4 days',
        'my knee is stiff and not moving well',
        'the traffic was not moving so I was late for my appointment',
        "it's not moving, the splinter is stuck",
        "I'm not moving my neck much because it's stiff",
        'the clot is not moving according to the scan',
      ],
      false,
    );
  });
});
