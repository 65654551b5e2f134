/**
 * A finding phrased with its own negation ("hasn't peed since Monday", "the baby hasn't moved") is read
 * in the clause its negation opens; the same finding named plainly ("urinary retention", "reduced
 * fetal movements") in a list of denials is denied. An inability to pass something is a finding, and
 * what is listed after it is not denied with it. Our own phrasings.
 */
import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

describe('negation inside the finding', () => {
  it('a plainly named finding in a list of denials is denied', () => {
    expectAlerts([
      'A 48-year-old man with lower back ache after lifting a wardrobe, no saddle numbness, no urinary retention, no leg weakness.',
      'She is 34 weeks pregnant with heartburn. She denies headache, visual disturbance or reduced fetal movements.',
      'back pain for a week after gardening, denies retention of urine or weakness',
    ], false);
  });

  it('a finding that carries its negation still alerts', () => {
    expectAlerts([
      "my back has been agony since yesterday and I haven't peed since last night",
      "I'm 35 weeks and I haven't felt the baby kick since this morning",
    ], true);
  });

  it('an inability to pass something is a finding, and what follows it is not denied', () => {
    expectAlerts([
      'not been able to pass any wind for two days, belly bloated and being sick',
      'no bowel movement since Thursday and vomiting everything',
      'not able to poo for four days and my tummy is swollen',
    ], true);
  });
});
