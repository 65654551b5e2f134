import { describe, expect, it } from 'vitest';
import { analyzeForSafety } from '../../plugins/medical/safety/analyzeForSafety.ts';
import { buildClinicalFacts } from '../../plugins/medical/safety/clinicalFacts.ts';
import { expectAlerts, expectLevel } from './urgencyHelpers.ts';

const pregnant = (message: string) => buildClinicalFacts([analyzeForSafety(message)], undefined).pregnant;

// Others' self-care vignettes alerted: haemorrhoids "the same problem in pregnancy three years ago"
// made the person pregnant now, and a baby "born at 40 weeks" was read as 40 weeks pregnant; "no poor
// feeding" was read as no poo ("poo\w*" took "poor"), a bowel obstruction with the baby's possetting.
describe('a pregnancy or a birth told as past', () => {
  it('is not a pregnancy now', () => {
    for (const message of [
      'Piles again, bright red blood on the paper. I had them in my last pregnancy two years ago.',
      'Past history: gestational diabetes in her first pregnancy. Now has a sore throat.',
      'I get migraines, worse during pregnancy 5 years ago.',
      'Baby born at 39 weeks, now 3 weeks old with a blocked nose.',
    ]) {
      expect(pregnant(message), message).toBe(false);
    }
  });

  it('a pregnancy told as now is still one', () => {
    for (const message of [
      "I'm 30 weeks pregnant with a headache",
      'Past history: pre-eclampsia in this pregnancy. Bleeding since this morning.',
      'she is at 34 weeks with tummy pain',
    ]) {
      expect(pregnant(message), message).toBe(true);
    }
  });

  it('"no poor feeding" is not "no poo"', () => {
    expectAlerts(['4 week old bringing up a little milk after feeds. Negatives: no blood in stool, no poor feeding, no fever. Gaining weight.'], false);
    expectLevel(["my baby hasn't pooed for 4 days and is vomiting green"], 'emergency');
  });
});
