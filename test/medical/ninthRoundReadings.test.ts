/**
 * Readings found by a ninth round of sets written by others (Spanish and French questions about
 * medicines and devices, Spanish and French of many countries), pinned here in phrasings of our own.
 */
import { describe, expect, it } from 'vitest';
import { extractLabs } from '../../plugins/medical/clinical/extractLabs.ts';
import { extractVitals } from '../../plugins/medical/language/extractVitals.ts';
import { expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

describe('Spanish words the glossary lacked', () => {
  it('reads a stabbing chest pain that goes to the left arm with sweating', () => {
    expectRuleFires('cardiac_chest_pain', ['mi tía tiene una puntada en el pecho que le agarra el brazo izq y está transpirando mucho']);
  });

  it('reads a whole box taken, a voice message saying goodbye, and "tonight it all ends"', () => {
    expectRuleFires('overdose_poisoning', ['mi novio se tomó una caja entera de ibuprofeno hace una hora']);
    expectRuleFires('suicidal_intent', ['mi hermana me mandó un audio despidiéndose de todos y dice que esta noche se termina todo']);
  });

  it('reads a baby who is not wetting the diaper, a belly hard as a board, bleeding in pregnancy and a noisy choke', () => {
    expectRuleFires('infant_dehydration', ['mi bebé de 5 meses no moja el pañal desde anoche, tiene la mollerita hundida y está decaidito']);
    expectRuleFires('acute_abdomen', ['mi marido lleva un día con dolor de barriga y vómitos, ahora la tiene dura como una tabla y fiebre de 38.9']);
    expectAlerts(['tengo 31 semanas y estoy botando sangre, ya empapé una toalla'], true);
    expectRuleFires('inhaled_foreign_body', ['mi hijo de 4 se atoró con una uva y hace un ruido raro al respirar']);
  });
});

describe('French words the glossary lacked', () => {
  it('reads a brazier in the bedroom with the household unwell', () => {
    expectRuleFires('carbon_monoxide', ['on a mis un brasero dans la chambre cette nuit, on a tous mal à la tête et envie de vomir']);
  });

  it('reads "une bourse", a lethal-dose question and a scald with the skin coming off', () => {
    expectRuleFires('testicular_torsion', ["mon fils de 15 ans a une douleur d'un coup dans une bourse depuis une heure et il a vomi"]);
    expectRuleFires('suicidal_intent', ['combien de zolpidem il faut prendre pour ne plus se réveiller, la boite a cote de moi']);
    expectRuleFires('large_burn', ["mon fils de 2 ans a renversé la marmite d'eau bouillante sur ses jambes, la peau part"]);
  });

  it('reads ribs that "rentrent", a grunting baby and a tearing pain', () => {
    expectAlerts(['mon bébé de 6 mois respire vite, on voit les côtes qui rentrent et il grogne'], true);
    expectRuleFires('aortic_dissection', ["d'un coup une douleur atroce entre les omoplates, comme si on me déchirait, j'ai 70 ans"]);
  });
});

describe('English mechanisms the glosses showed', () => {
  it('reads pressures far apart in the two arms with a chest or back pain', () => {
    expectRuleFires('aortic_dissection', ['BP 182/100 in my left arm and 135/80 in the right arm, and a sharp pain in my upper back']);
    expectAlerts(['BP 128/80 in the left arm and 124/78 in the right arm, no pain, just checking'], false);
  });

  it('does not read the hours after a meal as a blood sugar', () => {
    expect(extractLabs('blood sugar 2 hours after dinner was 8.1 mmol/l').glucoseMmol).not.toContain(2);
    expect(extractVitals('sugar 2 hours after lunch 7.9').glucoseMgDl).not.toContain(36);
    expect(extractLabs('sugar 2.4 mmol/l and shaky').glucoseMmol).toEqual([2.4]);
  });

  it('reads a noise made when breathing after a choke, and a colour around the lips', () => {
    expectRuleFires('severe_breathing', ['my toddler choked on a grape and is struggling, going a bit grey around the lips']);
    expectRuleFires('inhaled_foreign_body', ['choked on a piece of apple, now making a strange noise when breathing']);
  });
});
