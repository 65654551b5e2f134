import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../plugins/medical/language/detectLanguage.ts';
import { normalizeText } from '../../plugins/medical/language/normalizeText.ts';
import { expectAlerts } from './urgencyHelpers.ts';

// Regression: terse clinical English ("Headache. Negatives: no neck stiffness, no rash.") was read as
// French: the French stop-word vote matched "ne", "de" and "le" at the start of any word ("negatives",
// "denies", "left"), and English shorthand has few English stop words. The English negation triggers
// then never ran, so every denial read as a finding: "no chest pain" alerted for chest pain, "no neck
// stiffness" for meningitis. Phrasings are our own.
describe('clinical shorthand is English, and its denials deny', () => {
  it('detects terse English notes as English, and Spanish and French as before', () => {
    for (const text of ['Headache. Negatives: no fever.', 'Denies fever.', 'Cough. Denies dyspnoea, no haemoptysis.', 'Left knee pain, no trauma.', '45 year old male. Presenting complaints: cough. Negatives: no chest pain.']) {
      expect(detectLanguage(normalizeText(text)), text).toBe('en');
    }
    expect(detectLanguage(normalizeText("j'ai mal à la poitrine depuis ce matin"))).toBe('fr');
    expect(detectLanguage(normalizeText('le bébé ne respire pas'))).toBe('fr');
    expect(detectLanguage(normalizeText('no puedo respirar'))).toBe('es');
  });

  it('denials in shorthand notes do not alert', () => {
    expectAlerts(
      [
        '45 year old male. Presenting complaints: cough. Negatives: no chest pain, no fever.',
        'Headache. Negatives: no neck stiffness, no rash.',
        'Cough for 5 days. Denies chest pain, denies haemoptysis.',
        '38 year old female. Presenting complaints: sore throat. Negatives: no difficulty breathing, no drooling.',
        'Low back pain. Denies saddle numbness, denies bladder or bowel incontinence.',
      ],
      false,
    );
  });

  it('findings told in the same shorthand still alert', () => {
    expectAlerts(
      [
        '58 year old male. Presenting complaints: central chest pain, sweating. Negatives: no fever.',
        'Headache, fever, neck stiffness. Negatives: no trauma.',
        'Low back pain, saddle numbness, urinary retention. Denies fever.',
      ],
      true,
    );
  });
});
