/**
 * A Spanish or French verb form no glossary phrase holds is read from its ending and the infinitive's
 * English: gerunds, pasts, imperfects, participles and persons, with the spelling changes of the stem.
 */
import { describe, expect, it } from 'vitest';
import { inflectEnglishVerb } from '../../plugins/medical/language/inflectEnglishVerb.ts';
import { createVerbReader } from '../../plugins/medical/language/readConjugatedVerb.ts';

const irregular = new Map<string, readonly [string, string]>([
  ['swell', ['swelled', 'swollen']],
  ['tear', ['tore', 'torn']],
  ['throw up', ['threw up', 'thrown up']],
  ['sleep', ['slept', 'slept']],
  ['take', ['took', 'taken']],
]);

describe('English forms of a bare verb', () => {
  it('inflects regular verbs by the spelling rules and irregular ones from the table', () => {
    const forms = (verb: string) =>
      (['third', 'past', 'participle', 'ing'] as const).map((form) => inflectEnglishVerb(verb, form, irregular)).join(' ');
    expect(forms('sweat')).toBe('sweats sweated sweated sweating');
    expect(forms('stop')).toBe('stops stopped stopped stopping');
    expect(forms('choke')).toBe('chokes choked choked choking');
    expect(forms('itch')).toBe('itches itched itched itching');
    expect(forms('cry')).toBe('cries cried cried crying');
    expect(forms('die')).toBe('dies died died dying');
    expect(forms('swell')).toBe('swells swelled swollen swelling');
    expect(forms('throw up')).toBe('throws up threw up thrown up throwing up');
  });
});

describe('Spanish verb forms the glossary lacks', () => {
  const verbs = new Map([
    ['transpirar', 'sweat'],
    ['empapar', 'soak'],
    ['botar', 'throw up'],
    ['dormir', 'sleep'],
    ['temblar', 'shake'],
    ['toser', 'cough'],
    ['sacar', 'take out'],
    ['hinchar', 'swell'],
  ]);
  const reader = createVerbReader('es', verbs, irregular);
  const read = (word: string, accented = false) => reader.read(word, undefined, accented);

  it('reads persons, tenses and the gerund from the ending', () => {
    expect(read('transpirando')).toBe('sweating');
    expect(read('transpiro')).toBe('i sweat');
    expect(read('transpira')).toBe('sweats');
    expect(read('transpiran')).toBe('they sweat');
    expect(read('transpiraba')).toBe('was sweating');
    expect(read('transpiraban')).toBe('they were sweating');
    expect(read('transpiraron')).toBe('they sweated');
    expect(read('empapado')).toBe('soaked');
    expect(read('hinchadas')).toBe('swollen');
    expect(read('tosiendo')).toBe('coughing');
    expect(read('tose')).toBe('coughs');
    expect(read('botaba')).toBe('was throwing up');
  });

  it('tells the past by the accent folding removed: "empapó" is not "empapo"', () => {
    expect(read('empapo', true)).toBe('soaked');
    expect(read('empapo', false)).toBe('i soak');
    expect(read('transpire', true)).toBe('i sweated');
  });

  it('undoes the stem changes Spanish spells', () => {
    expect(read('duerme')).toBe('sleeps');
    expect(read('tiembla')).toBe('shakes');
    expect(read('saque')).toBe('i took out');
  });

  it('reads no noun or unknown stem as a verb', () => {
    for (const word of ['puntada', 'cabeza', 'marta', 'tornado', 'pain', 'dormitorio', 'temblor']) expect(read(word), word).toBeUndefined();
  });
});

describe('French verb forms the glossary lacks', () => {
  const verbs = new Map([
    ['dechirer', 'tear'],
    ['grogner', 'grunt'],
    ['transpirer', 'sweat'],
    ['gonfler', 'swell'],
    ['bleuir', 'turn blue'],
    ['fondre', 'melt'],
  ]);
  const reader = createVerbReader('fr', verbs, irregular);

  it('reads the person from the subject before it, past clitics and "ne"', () => {
    expect(reader.read('grogne', 'il', false)).toBe('grunts');
    expect(reader.read('transpire', 'je', false)).toBe('sweat');
    expect(reader.read('grognait', 'elle', false)).toBe('was grunting');
    expect(reader.read('transpirent', 'ils', false)).toBe('sweat');
    expect(reader.read('transpirant', 'en', false)).toBe('sweating');
  });

  it('reads a participle after an auxiliary or by its written accent', () => {
    expect(reader.read('dechire', 'a', false)).toBe('torn');
    expect(reader.read('dechiree', 'la', false)).toBe('torn');
    expect(reader.read('dechire', 'peau', true)).toBe('torn');
    expect(reader.read('gonfles', 'sont', false)).toBe('swollen');
    expect(reader.read('bleui', 'a', false)).toBe('turned blue');
    expect(reader.read('bleuit', 'il', false)).toBe('turns blue');
    expect(reader.read('fondu', 'a', false)).toBe('melted');
  });

  it('keeps an infinitive an infinitive after "pas" or an auxiliary', () => {
    expect(reader.read('transpirer', 'pas', false)).toBe('sweat');
  });
});
