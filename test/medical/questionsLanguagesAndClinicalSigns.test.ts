/**
 * Found by three sets written for session 33 and scored once before any change: emergencies asked as
 * questions ("should I be worried that...": 18 of 20 alerted, and one of 15 general questions alerted),
 * in Spanish and French (10 of 15), and clinical vignettes in the external set's style (10 of 15). The
 * phrasings here are new ones, each beside look-alikes that must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { extractAgeMonths } from '../../plugins/medical/language/extractAge.ts';
import { decide, expectAlerts, expectRuleFires, firedRules } from './urgencyHelpers.ts';

describe('emergencies asked as questions', () => {
  it('reads a general question about what causes a symptom as a question, unless the writer has it now', () => {
    expectAlerts(['Can stress cause chest pain?', 'Could dehydration trigger a seizure?', 'Does caffeine give you palpitations?'], false);
    expectAlerts(['Can stress cause chest pain? I have it now and it is crushing, going into my jaw.', 'could a panic attack cause this crushing chest pain going down my arm?'], true);
  });

  it('reads someone who has not come round after a faint, a fit or a blow as unresponsive', () => {
    expectRuleFires('unresponsive', ['my son fainted in the kitchen and still has not come round', 'is it normal that she had a seizure and hasn\'t woken up yet?']);
    expectAlerts(["I haven't woken up feeling refreshed for a week"], false);
  });

  it('reads one side of "your" body gone numb as a stroke sign', () => {
    expect(decide('why would the left side of your body suddenly go numb and heavy?').level).toBe('emergency');
  });
});

describe('emergencies in Spanish and French', () => {
  it('reads "me voy a matar" as suicidal intent', () => {
    expectRuleFires('suicidal_intent', ['me voy a matar esta noche', 'creo que me voy a suicidar']);
    expectAlerts(['me voy a duchar y luego a dormir'], false);
  });

  it('reads a chest pain with words between the pain and the chest, in French and Spanish', () => {
    expectAlerts(["j'ai une forte douleur qui serre dans la poitrine depuis une heure", 'tengo un dolor muy fuerte y opresivo en el pecho'], true);
  });

  it('reads a rash whose spots do not fade, in French and Spanish', () => {
    expectAlerts(["ma fille a de la fièvre et des taches rouges qui ne disparaissent pas quand j'appuie", 'mi hijo tiene fiebre y manchas que no desaparecen al apretar'], true);
  });

  it('reads an age in number words before the unit', () => {
    expect(extractAgeMonths('mi bebé de tres semanas tiene fiebre')).toBe(Math.round((3 * 12) / 52 * 10) / 10);
    expect(extractAgeMonths('mon fils de deux mois tousse')).toBe(2);
    expect(extractAgeMonths('mi hija de cinco años')).toBe(60);
  });

  it('reads heavy bleeding told in Spanish and French', () => {
    expectRuleFires('severe_bleeding', ['estoy embarazada de 10 semanas y sangro mucho', 'me sale mucha sangre de la herida']);
  });
});

describe('clinical signs in case notes', () => {
  it('reads ST depression on an ECG as a heart emergency, and not as low mood', () => {
    expectRuleFires('ecg_emergency', ['A 66-year-old man with 2 hours of breathlessness and nausea. ECG: ST depression in V4-V6.']);
    expect(firedRules('ECG showed ST-segment depression; otherwise well')).not.toContain('low_mood');
  });

  it('reads an ingested quantity of a medicine as an overdose', () => {
    expectRuleFires('overdose_poisoning', ['A 17-year-old brought in after ingesting an unknown quantity of her father\'s propranolol.']);
  });

  it('reads crackling in a painful, swollen perineum, wound or skin as gas in the tissues, not a joint\'s crepitus', () => {
    expectRuleFires('gas_in_tissue', ['A 60-year-old diabetic with fever and a swollen, exquisitely painful buttock with crepitus over the swelling.']);
    expectAlerts(['A 67-year-old with knee pain when climbing stairs; crepitus on flexion of the knee, no swelling.'], false);
  });

  it('reads a fever with a pulse over 115 after birth or an operation as sepsis', () => {
    expectRuleFires('fever_fast_pulse_after_birth_or_surgery', ['A 31-year-old, 6 days postpartum, with a fever of 38.6 and pulse 122.']);
    expectAlerts(['A 31-year-old, 6 days postpartum, with mild perineal soreness. Temperature 37.0, pulse 82.'], false);
  });

  it('reads belly or shoulder-tip pain after a crash or fall with a fast pulse or low pressure as bleeding inside', () => {
    expectRuleFires('trauma_abdomen_shock', ['A 40-year-old cyclist fell onto the handlebars, now left upper abdominal pain, heart rate 112.']);
    expectAlerts(['A 40-year-old fell off a bike yesterday, grazed knee, mild bruising, heart rate 76.'], false);
  });
});
