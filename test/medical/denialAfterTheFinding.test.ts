import { describe, expect, it } from 'vitest';
import { findPostDenials } from '../../plugins/medical/language/postNegation.ts';
import { decide, expectAlerts } from './urgencyHelpers.ts';

// Checklists and templates write the denial after the finding ("Chest pain: nil", "SOB neg"); a
// trigger-first negation reader took the finding as asserted, so "Chest pain: nil" called an
// ambulance. Phrasings are our own.
describe('a denial written after its finding', () => {
  const labels = (s: string) => findPostDenials(s.toLowerCase()).map((l) => s.toLowerCase().slice(l.start, l.end).trim());

  it('finds the label it denies, and only a closing denial', () => {
    expect(labels('Chest pain: nil. Haemoptysis - denied, SOB neg')).toEqual(['chest pain', 'haemoptysis', 'sob']);
    expect(labels('ROS: rash none, fever pos')).toEqual(['rash']);
    expect(labels('Any chest pain? No.')).toEqual(['any chest pain']);
    expect(labels('Chest pain (-), fever (+)')).toEqual(['chest pain']);
    expect(labels('Chest pain: N. Fever: Y')).toEqual(['chest pain']);
    expect(labels('Chest pain? Not at all.')).toEqual(['chest pain']);
    // Not closing its item, or not a label.
    expect(labels('chest pain, none of the painkillers help')).toEqual([]);
    expect(labels('chest pain: none at rest, comes on when I walk')).toEqual([]);
    expect(labels('my chest hurts - no idea why')).toEqual([]);
    expect(labels('I have chest pain and no, it is not from the gym')).toEqual([]);
    expect(labels('chest pain no')).toEqual([]);
    expect(labels('pain in my chest n')).toEqual([]);
  });

  it('does not alert on findings the template denies', () => {
    expectAlerts(
      [
        '52 year old woman, cough for 6 days. Chest pain: nil. Breathlessness: none. Temperature 37.9.',
        'Sore throat since Monday. Chest pain - denied. Difficulty swallowing - denied.',
        'cold symptoms for 3 days, chest pain none, trouble breathing none',
        'Headache 2/7. Neck stiffness: negative. Photophobia: negative. Rash: nil.',
        'Cough 5 days. Chest pain? No. Short of breath? No. Coughing blood? No.',
        'PC: cough. Systems review: chest pain neg, SOB neg, haemoptysis neg, fever pos',
        'Cough for five days. Chest pain (-), breathlessness (-), fever (+)',
        'Tick list from the nurse: chest pain: N, short of breath: N, cough: Y',
      ],
      false,
    );
  });

  it('keeps the findings told beside them, and the denial does not carry on to the next item', () => {
    expectAlerts(
      [
        'Chest pain: yes, crushing, with sweating. Nausea: nil.',
        'rash: none, fever: 39.4, neck stiffness: present, light hurts my eyes',
        'Vomiting: nil, crushing chest pain spreading to my left arm',
        'Chest pain: none at rest, but crushing when I walk up the stairs, sweaty',
      ],
      true,
    );
    expect(decide('Nausea: nil, chest pain: severe and crushing').emergency.fired).toBe(true);
  });
});
