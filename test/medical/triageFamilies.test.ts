/** Round-2 "see a doctor" findings, profile raises and the language helpers they rely on. */
import { describe, expect, it } from 'vitest';
import { assessEmergency } from '../../plugins/medical/assessEmergency.ts';
import { assessTriage } from '../../plugins/medical/assessTriage.ts';
import { detectLanguage } from '../../plugins/medical/language/detectLanguage.ts';
import { extractAgeMonths } from '../../plugins/medical/language/extractAge.ts';
import { extractVitals } from '../../plugins/medical/language/extractVitals.ts';
import { normalizeText } from '../../plugins/medical/language/normalizeText.ts';
import type { PatientProfile } from '../../plugins/sdk/index.ts';

const safety = { emergencyNumber: '911', crisisLine: '988' };
const level = (message: string, profile?: PatientProfile) => {
  const { assessment } = assessEmergency({ message, history: [], profile, sessionState: undefined, safety });
  return assessTriage({ message, history: [], profile, emergency: assessment, conditionHints: [] }).level;
};

describe('see-a-doctor findings', () => {
  it.each([
    'lost consciousness for a few seconds after standing up, feel ok now',
    'me desmayé en la ducha esta mañana, ya estoy bien',
    "je me suis évanouie hier soir, ça va mieux",
    'my poo has been black for two days',
    'got bitten by the neighbour’s dog, small puncture wound',
    'I slipped on the stairs and my wrist is swollen and very tender',
    'it hurts to walk since I landed badly on my foot',
    'my stools are pale and my eyes look yellow',
    'the doctor started me on amoxicillin and now I have a rash',
    'mi lunar ha cambiado de color',
    'palpitaciones varias veces esta semana',
    // Gapped patterns ("dog ... bit", "vision ... changed") that once held a literal "${...}".
    'a stray dog bit me on the calf',
    'my near vision keeps changing when I read',
  ])('non_emergency: %s', (message) => {
    expect(level(message)).toBe('non_emergency');
  });

  it('asks for a doctor after a medicine from an allergy class, even with a mild rash', () => {
    expect(level('took amoxicillin this morning, a few itchy spots now', { allergies: { drug: ['penicillin'] } })).toBe('non_emergency');
  });

  it('raises a faint in pregnancy, on a blood thinner or with a head injury to emergency', () => {
    expect(level('I fainted in the kitchen this morning', { pregnant: true, age: 30 })).toBe('emergency');
    expect(level('passed out and hit my head on the table')).toBe('emergency');
  });

  it('checks infections early with a weakened immune system, and falls in older adults', () => {
    // Session 35: on methotrexate a sore throat with mouth ulcers is a sign of bone-marrow suppression to report
    // at once (BNF, NHS medicines A-Z), not within a day or two: the drug table's neutropenia_risk makes it urgent.
    expect(level('I have a sore throat and mouth ulcers', { currentMedications: [{ name: 'methotrexate' }] })).toBe('emergency');
    expect(level('I have a sore throat and a blocked nose', { currentMedications: [{ name: 'prednisolone' }] })).toBe('non_emergency');
    expect(level('I have a sore throat')).toBe('self_care');
    expect(level("I'm 82 and had a fall yesterday, my hip aches")).toBe('non_emergency');
  });

  it('keeps minor complaints at self_care', () => {
    expect(level('I have hay fever and itchy eyes')).toBe('self_care');
    expect(level('mild chest ache when I cough with my cold')).toBe('self_care');
    expect(level('I bruised my knee, it is sore but I can walk on it')).toBe('self_care');
    expect(level('Tengo un poco de tos y mocos desde ayer')).toBe('self_care');
  });
});

describe('language helpers', () => {
  it('detects short Spanish and French messages', () => {
    expect(detectLanguage(normalizeText('la herida no para de sangrar'))).toBe('es');
    expect(detectLanguage(normalizeText('mi abuela no reacciona'))).toBe('es');
    expect(detectLanguage(normalizeText('il ne respire plus'))).toBe('fr');
    expect(detectLanguage(normalizeText('no vomiting, diarrhoea or rash'))).toBe('en');
  });

  it('reads ages written "de 4 años", "de 3 ans" and "son (8)", but not durations', () => {
    expect(extractAgeMonths(normalizeText('mi hijo de 4 años'))).toBe(48);
    expect(extractAgeMonths(normalizeText('ma fille de 3 ans'))).toBe(36);
    expect(extractAgeMonths(normalizeText('my son (8) fell off his bike'))).toBe(96);
    expect(extractAgeMonths(normalizeText('tos desde hace más de 3 años'))).toBeUndefined();
  });

  it('reads the clinical temperature shorthand "T 38.2"', () => {
    expect(extractVitals(normalizeText('22M, RIF pain, T 38.2')).temperatureC).toEqual([38.2]);
    expect(extractVitals(normalizeText('seen at 10 pm')).temperatureC).toEqual([]);
  });
});
