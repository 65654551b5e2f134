/**
 * Found by four sets written for session 35 and scored once before any change, with session 35's first
 * fixes in: 20 emergencies in the English of people still learning it ("he not wake up", "his right
 * hand no power", 13 alerted), 20 in Spanish as typed, accents often left out (13), 20 in French (15),
 * and 20 about babies and small children in parents' words (16; one of them was the set's own error,
 * a 3-month-old at 38.2 °C, which NICE does not make an emergency). The phrasings here are new ones,
 * each beside look-alikes.
 */
import { describe, expect, it } from 'vitest';
import { decide, expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

describe('English as its learners write it', () => {
  it('reads a limb with "no power", "strange words" and a face that "fall down" as stroke signs', () => {
    expectRuleFires('stroke_fast', ['suddenly my mother left leg no strength and she say wrong words', 'his one side of face fall down since 20 minute']);
    expectAlerts(['my grandmother hand has no power to open bottles for many years, she has arthritis'], false);
  });

  it('reads "not wake up" and "not answer" without an auxiliary after a fall or pills', () => {
    expectRuleFires('unresponsive', ['my brother fall from the ladder and he not wake up']);
    expectAlerts(['I fell asleep on the train and did not wake up until the last stop'], false);
  });

  it('reads base-form verbs with an amount of pills, and breathing "with noise" after a food', () => {
    expect(decide('my cousin take a lot of tablets of her father and now she not answer').level).toBe('emergency');
    expectRuleFires('anaphylaxis', ['my daughter eat shrimp and now she breath with noise']);
    expectAlerts(['my father takes many tablets for his blood pressure, is it safe?', 'my baby has noisy breathing when she sleeps with her cold'], false);
  });

  it('reads a strong headache with "seeing stars" in pregnancy as pre-eclampsia, and ribs that "go in" as recession', () => {
    expectRuleFires('preeclampsia', ['I am pregnant 8 month and I have strong headache and I see sparks']);
    expect(decide('my son have difficult breath and his skin between ribs go in').level).toBe('emergency');
    expectAlerts(['I see stars when I stand up fast', 'my tummy goes in and out when I breathe'], false);
  });
});

describe('Spanish and French, accents or not', () => {
  it('alerts on emergencies told in Spanish', () => {
    expectAlerts(
      [
        'estoy embarazada de 30 semanas, tengo un dolor de cabeza muy fuerte y veo puntitos',
        'a mi papa se le durmio la mitad del cuerpo de repente',
        'mi mama es diabetica, esta temblando y habla sin sentido',
        'me corte con un vidrio y la sangre sale a borbotones',
      ],
      true,
    );
    expectAlerts(['me desgarre un musculo de la espalda jugando tenis', 'tengo un desgarro muscular en el muslo, me duele muchisimo', 'mi hijo respira rapido despues de correr pero esta bien'], false);
  });

  it('alerts on emergencies told in French', () => {
    expectAlerts(
      [
        "enceinte de 7 mois, j'ai un violent mal de tête et je vois des éclairs",
        'ma tante ne sent plus son bras droit et sa jambe droite',
        'le bébé respire trop vite et on voit le tirage',
        "mon père s'est coupé à la jambe et le sang jaillit",
      ],
      true,
    );
    expectRuleFires('aortic_dissection', ['une douleur déchirante entre les omoplates, venue brutalement']);
    expectAlerts(['je me suis déchiré un muscle du mollet au foot', 'une déchirure musculaire à la cuisse, douleur très forte', 'je vois des étoiles quand je me lève trop vite'], false);
  });

  it('reads an arm and a leg of one side gone numb or weak as half the body, not both hurt in a fall', () => {
    expectRuleFires('stroke_fast', ['my left hand and my left foot feel numb since an hour']);
    expectAlerts(['I grazed my right arm and my right leg when I fell off my bike'], false);
  });
});

describe("babies' and small children's signs in parents' words", () => {
  it('reads a cry like a shriek, grunting in a daughter of untold age, and pinprick spots with a fever', () => {
    expectRuleFires('child_red_features', ["his crying is odd, like a shriek, he's floppy", 'my son makes a grunting sound with every breath out']);
    expectRuleFires('meningitis', ['she has a temperature and a rash of little pin prick dots on her tummy']);
    expectAlerts(['after being sick I have tiny pinprick red spots around my eyes, no temperature', 'my daughter grunts when she strains to poo'], false);
  });
});
