/**
 * Readings found by an eighth round of sets written by others (French as written in Africa, the Maghreb,
 * Haiti, Belgium and Switzerland; Spanish from Spain to the Andes and the Caribbean; teenagers and young
 * adults), pinned here in phrasings of our own, both sides of each line.
 */
import { describe, expect, it } from 'vitest';
import { extractVitals } from '../../plugins/medical/language/extractVitals.ts';
import { decide, expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

describe('French with the words of other languages people mix into it', () => {
  it('reads Haitian Creole, Wolof, Lingala and Moroccan words for family, time and amounts', () => {
    expectRuleFires('infant_fever', ['bebe mwen gen 5 semen et il a 38,3 de fievre depuis ce matin']);
    expectRuleFires('infant_dehydration', ['sama doom 6 mois vomit tout depuis hier, ses yeux sont enfoncés et il fait plus pipi']);
    expectRuleFires('head_injury', ['bnti 9 ans tahet mn le vélo sur la tête, elle a vomi 3 fois et on arrive à peine à la réveiller']);
  });

  it('reads Belgian "il sait plus" as "he can no longer"', () => {
    expectRuleFires('older_fall_cannot_stand', ['mon papa de 79 ans est tombé dans la cuisine, il sait plus se mettre debout et il a mal à la hanche']);
  });

  it('reads a late period given with "de" as a late period, not a baby’s age', () => {
    const decision = decide("elle a un retard de règles de 7 semaines, douleur violente à gauche en bas du ventre et elle a failli s'évanouir");
    expect(decision.emergency.rules.map((r) => r.rule)).toContain('pregnancy_bleeding_pain');
    expectRuleFires('infant_fever', ['mon bébé de 7 semaines a 38,4 de fièvre']);
  });

  it('reads a child’s recession and flaring nostrils, and a fit of laughter as no fit', () => {
    expectAlerts(['ma fille de 4 ans respire vite, les narines bougent et son ventre se creuse sous les côtes'], true);
    expectAlerts(["on a eu une crise de fou rire au bureau, j'ai mal aux abdos maintenant"], false);
  });

  it('reads packs bought and everything ready for tonight as a plan', () => {
    expectRuleFires('suicidal_intent', ["j'en peux plus, j'ai acheté 4 boîtes de doliprane et tout est prêt pour ce soir"]);
    expectAlerts(['tout est prêt pour ce soir, on fête les 40 ans de ma soeur, j ai juste un peu mal à la gorge'], false);
  });
});

describe('Spanish from Andalusia to the Andes', () => {
  it('reads dropped consonants, "tragao" and a snake that "picó"', () => {
    expectRuleFires('older_fall_cannot_stand', ['mi abuela se ha caío en la cocina y no se pue levantá, le duele la cadera']);
    expectRuleFires('button_battery', ['el niño se ha tragao una pila de botón del mando']);
    expectRuleFires('venomous_bite', ['a mi tío le picó una víbora en la mano cortando caña']);
  });

  it('reads an infant’s fever told as what she "has", and her age given with "de"', () => {
    expectRuleFires('infant_fever', ['mi niña de 6 semanas tiene 38.2 y está bien dormilona']);
  });

  it('reads a meter that shows "HI" as a very high sugar', () => {
    expectRuleFires('diabetic_ketoacidosis', ['mi hijo de 12 es diabético tipo 1, el glucómetro marca HI y vomita desde la mañana']);
    expect(extractVitals('my meter just says HI').glucoseMgDl).toEqual([600]);
    expect(extractVitals('my sugar is high today, about 14').glucoseMgDl).not.toContain(600);
  });
});

describe('young people’s ways of telling it', () => {
  it('reads a dive onto the bottom with both arms tingling as a spinal injury', () => {
    expectRuleFires('spinal_injury', ['jumped off the rocks into shallow water and whacked my head, neck is killing me and both arms have pins and needles']);
  });

  it('reads gym and party drugs with a racing heart, sweating, heat or confusion', () => {
    expectRuleFires('drug_toxicity', [
      'been taking clenbuterol to cut, heart going like 150 and I am drenched in sweat',
      'my mate took some pills at the rave and has stopped making sense, he is burning up',
    ]);
  });

  it('reads an oximeter named by what it is', () => {
    expectRuleFires('low_oxygen', ['short of breath since tuesday and the clip on my finger says 88%']);
  });

  it('reads an erection left hard for hours after an erection pill, without the word', () => {
    expectRuleFires('priapism', ['took a viagra 6 hours ago and it is still hard and really sore']);
  });

  it('reads a friend’s last messages', () => {
    expectRuleFires('suicidal_intent', ["my sister gave away her cat and texted me 'won't be a burden much longer'"]);
  });

  it('reads a fright told as a heart attack as a figure of speech', () => {
    expect(decide('nearly had a heart attack when my boss replied to my email, heart was pounding for a minute but fine now').level).not.toBe('emergency');
  });

  it('reads a temperature told as what someone has, but not one that is over', () => {
    expect(extractVitals('she has 38.6 and a cough').temperatureC).toEqual([38.6]);
    expect(extractVitals('she weighs 38.5 kg').temperatureC).toEqual([]);
    expectAlerts(["my son's chickenpox spots fade under a glass, he had 38.0 yesterday and is normal today, playing"], false);
  });
});
