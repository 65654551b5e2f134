import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// Found on our own phrasings (round 13): "I got hit hard in the left side of my ribs playing rugby and now
// I've got pain in my left shoulder and feel dizzy" (a torn spleen) got no alert: a blow counted only to
// the tummy. A blow to the side, the lower ribs or the flank, then faintness or paleness, now alerts
// (`side_blow_faint`); a sore rib with no faintness does not.
describe('a blow to the side, then faintness', () => {
  it('alerts', () => {
    expectAlerts(
      [
        "I got hit hard in the left side of my ribs playing rugby and now I've got pain in my left shoulder and feel dizzy",
        'My son was kicked in the side by a horse and now he looks pale and feels faint',
        '19M, tackled into the left lower ribs during football, now lightheaded and pale, HR 118',
      ],
      true,
    );
  });

  it('does not alert on a sore rib or a fall with no faintness', () => {
    expectAlerts(
      [
        "I got kicked in the ribs playing football, it's sore when I breathe in but otherwise fine",
        'I fell on my side yesterday and have a bruise on my hip',
        'My ribs ache on the left side after a coughing fit',
      ],
      false,
    );
  });
});
