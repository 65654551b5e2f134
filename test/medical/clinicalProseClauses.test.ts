/**
 * Clinical prose read as past history. Fault it stands for: "presents with a 3-day history of cough",
 * "a previously healthy man presents with..." and "pain that is better when I lean forward" marked the
 * whole clause historical, so the findings of a current illness were thrown away.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage, assertedText } from '../../plugins/medical/language/analyzeMessage.ts';

const asserted = (message: string) => assertedText(analyzeMessage(message));

describe('clinical prose that dates or qualifies a current illness is asserted', () => {
  it('an N-day/week history of a symptom is the current illness', () => {
    expect(asserted('Presents with a two week history of night sweats and weight loss.')).toContain('night sweats');
    expect(asserted('She gives a 5-day history of painful urination.')).toContain('painful urination');
    expect(asserted('A long-standing cough, with a 3 month history of haemoptysis.')).toContain('haemoptysis');
  });

  it('"previously healthy/well" introduces the current illness', () => {
    expect(asserted('A previously healthy 40 year old man presents with sudden tearing back pain.')).toContain('tearing back pain');
    expect(asserted('Previously well, now has a stiff neck and a rash.')).toContain('stiff neck');
  });

  it('"better when/with/after..." is a modifying factor of a current pain, not its resolution', () => {
    expect(asserted('The chest pain is better when I sit up and lean forward.')).toContain('chest pain');
    expect(asserted('My knee pain is better with rest.')).toContain('knee pain');
  });

  it('past history and resolved symptoms still are not asserted', () => {
    expect(asserted('He has a history of asthma.')).not.toContain('asthma');
    expect(asserted('I previously had a stroke.')).not.toContain('stroke');
    expect(asserted('The headache was better by the evening.')).not.toContain('headache');
    expect(asserted('My rash is gone now.')).not.toContain('rash');
  });
});
