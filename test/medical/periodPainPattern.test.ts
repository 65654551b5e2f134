import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// Found on our own period-pain vignette in the external set's clinical style: "severe cramping pain on
// the first day of her period with vomiting and feeling faint, every month since age 14" alerted as an
// acute abdomen. Pain told with its monthly pattern is the period's; a late period, a first time, a
// fever, or signs of peritonism still alert.
describe('period pain told with its monthly pattern', () => {
  it('is not an acute abdomen', () => {
    expectAlerts(
      [
        '22 year old female. Severe cramping lower abdominal pain on the first day of her period with vomiting once and feeling faint, every month since age 14.',
        "I get severe period pain with vomiting every month, it's on the first day of my period",
      ],
      false,
    );
  });

  it('still alerts when the pain is new or the period is late', () => {
    expectAlerts(
      [
        'Sudden severe lower tummy pain and vomiting, my period is 2 weeks late',
        'Severe lower abdominal pain with vomiting and fever during my period, it has never been like this before',
        'Severe pain on the first day of my period every month, but today the pain is in the lower right with vomiting and my tummy is rigid',
      ],
      true,
    );
  });
});
