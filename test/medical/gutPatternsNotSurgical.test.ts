/**
 * Diarrhoea with vomiting after a named meal ("after a buffet", "after a takeaway") is the food's, in an
 * adult under 65 without a surgical sign: gastroenteritis, not an acute abdomen. Dehydration after
 * diarrhoea still alerts when the person is barely passing urine. Found by clinical vignettes of our own
 * in the external set's style; the phrasings below are new ones. Tried and not kept (session 27): the
 * same for diarrhoea with vomiting without a food source, and a reflux pattern for a burning chest under
 * 50; each lowered sensitivity with no measured gain on data we did not write.
 */
import { describe, it } from 'vitest';
import { expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

describe('diarrhoea with vomiting after a named meal', () => {
  it('is gastroenteritis in an adult without surgical signs', () => {
    expectAlerts(['I am 34, sudden diarrhoea and vomiting with bad cramps since the barbecue yesterday, after the barbecue I felt rough'], false);
    expectAlerts(['I am 41, abrupt onset of loose stools and vomiting with cramping tummy pain after a takeaway'], false);
  });

  it('still alerts with a surgical sign or dehydration', () => {
    expectAlerts(['I am 30, sudden diarrhoea and vomiting after a buffet and now the pain has moved to my lower right side'], true);
    expectRuleFires('dehydration_no_urine', ['I am 29, diarrhoea and vomiting for three days, barely peeing and I feel faint when I stand']);
  });
});
