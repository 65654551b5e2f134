/**
 * Two general causes of alarms on minor complaints: a word that names a finding in one of the
 * lexicons' languages and something ordinary in another (French "malaise" is a faint, English
 * "malaise" is feeling unwell; French "sue" is sweating, English "Sue" is a name), and "side" read as
 * the belly when another body part owns it ("left-sided chest pain"). Our own phrasings, both sides.
 */
import { describe, expect, it } from 'vitest';
import { buildClinicalFacts } from '../../plugins/medical/safety/clinicalFacts.ts';
import { analyzeForSafety } from '../../plugins/medical/safety/analyzeForSafety.ts';
import { alerts, decide } from './urgencyHelpers.ts';

const concepts = (message: string) => buildClinicalFacts([analyzeForSafety(message)], undefined).concepts;

describe('false friends across languages', () => {
  it('reads an English "malaise" or "Sue" as no faint and no sweat', () => {
    expect(concepts('General malaise and a runny nose for three days.').has('faint')).toBe(false);
    expect(concepts('Sue, my neighbour, thinks my chest ache is a pulled muscle.').has('cardiacFeature')).toBe(false);
    expect(alerts('Aching all over with malaise and a mild sore throat since the weekend.')).toBe(false);
  });

  it('still reads them in French, where they are findings', () => {
    expect(concepts("J'ai fait un malaise ce matin au travail.").has('faint')).toBe(true);
    expect(concepts("J'ai une douleur dans la poitrine et je sue beaucoup.").has('cardiacFeature')).toBe(true);
    expect(alerts("J'ai une douleur dans la poitrine qui serre et je sue beaucoup.")).toBe(true);
  });

  it('still reads the English words for a faint or sweating', () => {
    expect(concepts('I came over faint and light-headed in the queue.').has('faint')).toBe(true);
    expect(alerts('Heavy pressure in my chest, I am sweating buckets and feel sick.')).toBe(true);
  });
});

describe('"side" belongs to the body part that owns it', () => {
  it('is not the belly or pelvis in another part', () => {
    for (const message of ['a right-sided chest ache when I twist', 'pain on the left side of my neck', 'chest soreness on the right side after moving boxes']) {
      const found = concepts(message);
      expect(found.has('abdominalPain'), message).toBe(false);
      expect(found.has('oneSidedPelvic'), message).toBe(false);
    }
  });

  it('is the belly or pelvis on its own or with the belly named', () => {
    for (const message of ['a stabbing pain in my left side since this morning', 'cramping on the right side of my lower tummy', 'an ache in one side of my pelvis']) {
      expect(concepts(message).has('abdominalPain'), message).toBe(true);
    }
    expect(concepts('sharp pain low down on my right side').has('oneSidedPelvic')).toBe(true);
  });
});

describe('a discharge belongs to the part that owns it', () => {
  it('is not a urinary or genital finding from the eye, ear or nose', () => {
    for (const message of ['crusty discharge from my eye in the mornings', 'a runny nose with clear discharge', 'my eyes are red with a watery discharge']) {
      expect(decide(message).rules.map((r) => r.rule), message).not.toContain('urinary');
    }
  });

  it('is one when no other part owns it', () => {
    for (const message of ['an unusual discharge and itching down below', 'thick white discharge and soreness']) {
      expect(decide(message).rules.map((r) => r.rule), message).toContain('urinary');
    }
  });
});
