import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { foldForGloss, glossToEnglish } from '../../plugins/medical/language/glossToEnglish.ts';
import { loadGlossary } from '../../plugins/medical/language/loadGlossary.ts';
import { expectAlerts, expectLevel } from './urgencyHelpers.ts';

// Session 40: two sets of Spanish and French chat written by others alerted on 17/32 and 16/32 of their
// emergencies with the languages' own thin lexicons. Both languages are now read through an English
// gloss (language/glossToEnglish.ts), so everything the English reader knows applies to them.
describe('the gloss', () => {
  it('folds accents but keeps ñ, so "año" is never "ano"', () => {
    expect(foldForGloss('Año, Pâté, ÇA, cœur, l’œil')).toBe("año, pate, ca, coeur, l'oeil");
  });

  it('turns a decimal comma into a point and keeps punctuation on its word', () => {
    const gloss = glossToEnglish('fiebre de 38,7, dolor de cabeza.', 'es');
    expect(gloss).toContain('38.7');
    expect(gloss).toMatch(/38\.7,/);
    expect(gloss).not.toMatch(/ [.,]/);
  });

  it('keeps a word the glossary lacks as it was written', () => {
    expect(glossToEnglish('zzqx', 'fr')).toBe('zzqx');
  });

  it('loads both glossaries, each with thousands of folded phrases', () => {
    for (const language of ['es', 'fr'] as const) {
      const { phrases } = loadGlossary(language);
      expect(Object.keys(phrases).length).toBeGreaterThan(2000);
      for (const key of Object.keys(phrases)) expect(foldForGloss(key)).toBe(key);
    }
  });

  it('reads the clauses in English and keeps the reading in the language itself beside them', () => {
    const analysis = analyzeMessage('Mi hijo tiene fiebre y no quiere comer');
    expect(analysis.writtenIn).toBe('es');
    expect(analysis.language).toBe('en');
    expect(analysis.original).toBe('Mi hijo tiene fiebre y no quiere comer');
    expect(analysis.native?.language).toBe('es');
    expect(analysis.clauses.every((c) => c.subject === 'third_party')).toBe(true);
  });
});

describe('Spanish emergencies told in everyday words', () => {
  it('alerts on a grandmother whose arm will not lift and whose speech is strange', () => {
    expectAlerts(['mi abuela no puede levantar el brazo izquierdo y habla rarísimo desde hace una hora'], true);
  });

  it('alerts on heavy chest pain with a cold sweat in a man of sixty', () => {
    expectAlerts(['mi esposo tiene 61 años, le aprieta el pecho muy fuerte y está sudando, se ve pálido'], true);
  });

  it('alerts on a plan to take every pill tonight', () => {
    expectAlerts(['ya no quiero vivir, tengo juntadas las pastillas para dormir y me las voy a tomar esta noche'], true);
  });

  it('alerts on a swollen tongue and throat after a shrimp', () => {
    expectAlerts(['comí camarones y se me hinchó la lengua, siento la garganta cerrada y me cuesta respirar'], true);
  });

  it('does not alert on a fever fit long ago or on a cold with every danger sign denied', () => {
    expectAlerts(['de niño tuve una convulsión por fiebre, ahora solo tengo un resfriado con mocos'], false);
    expectAlerts(['tengo tos y mocos hace dos días, sin fiebre, respiro bien, sin dolor de pecho'], false);
  });
});

describe('French emergencies told in everyday words', () => {
  it('alerts on a sudden, violent headache like never before', () => {
    expectAlerts(["j'ai eu d'un coup un mal de tête horrible, le pire de ma vie, et je vomis"], true);
  });

  it('alerts on a baby of five weeks with a fever who will not feed', () => {
    expectAlerts(['mon bébé a 5 semaines, il a 38,5 de fièvre et il ne veut plus boire son biberon'], true);
  });

  it('alerts on black stools with a faint in someone on blood thinners', () => {
    expectAlerts(["je prends de l'eliquis, mes selles sont noires depuis hier et j'ai failli tomber dans les pommes"], true);
  });

  it('alerts on a man who says goodbye to everyone and has the means', () => {
    expectAlerts(["mon père a dit au revoir à tout le monde, il a un fusil à la maison et il dit qu'il veut en finir"], true);
  });

  it('does not alert on a mild sore throat with no fever, nor on a grandmother\'s stroke years ago', () => {
    expectAlerts(["j'ai un peu mal à la gorge depuis hier, pas de fièvre, je mange et je bois bien"], false);
    expectAlerts(["ma grand-mère a fait un AVC il y a dix ans, moi j'ai juste le nez qui coule"], false);
  });

  it('sends a lasting urinary burning to a doctor, not to an ambulance', () => {
    expectLevel(["ça me brûle quand je fais pipi depuis 4 jours et j'ai un peu de fièvre"], 'non_emergency');
  });
});
