import { describe, expect, it } from 'vitest';
import { createKnowledgeIndex } from '../../plugins/medical/knowledge/createKnowledgeIndex.ts';
import { findAssertedFindings } from '../../plugins/medical/knowledge/findAssertedFindings.ts';
import { loadKnowledgeBase } from '../../plugins/medical/knowledge/loadKnowledgeBase.ts';
import { analyzeMessage, assertedText } from '../../plugins/medical/language/analyzeMessage.ts';
import { readEnglishWords } from '../../plugins/medical/language/readEnglishWords.ts';
import { analyzeForSafety } from '../../plugins/medical/safety/analyzeForSafety.ts';
import { buildClinicalFacts } from '../../plugins/medical/safety/clinicalFacts.ts';
import type { PatientProfile } from '../../plugins/sdk/index.ts';

const clauseWith = (text: string, needle: string) => {
  const c = analyzeMessage(text).clauses.find((cl) => cl.text.toLowerCase().includes(needle));
  if (c === undefined) throw new Error(`no clause with ${needle}`);
  return c;
};
const asserted = (text: string) => assertedText(analyzeMessage(text));
const negatedWords = (text: string) => (analyzeMessage(text).tokens ?? []).filter((t) => t.negated).map((t) => t.text);

describe('English words from wink-nlp', () => {
  it('gives lemmas that meet across inflections', () => {
    const lemmas = (s: string) => readEnglishWords(s).map((w) => w.lemma);
    expect(lemmas('he vomited twice and is still vomiting')).toEqual(expect.arrayContaining(['vomit']));
    expect(lemmas('he vomited').at(-1)).toBe(lemmas('she keeps vomiting').at(-1));
    expect(lemmas('both legs ache')).toContain('leg');
    expect(lemmas('she denies it')).toContain('deny');
  });

  it('keeps offsets into the normalized text', () => {
    const text = "i haven't slept, my knees hurt";
    for (const w of readEnglishWords(text)) expect(text.slice(w.start, w.end)).toBe(w.text);
  });
});

describe('negation scope', () => {
  it('flags every finding a negation governs, across a list', () => {
    expect(negatedWords('no headache, nausea or stiff neck')).toEqual(expect.arrayContaining(['headache', 'nausea', 'stiff', 'neck']));
    expect(negatedWords('she denies palpitations or dizziness')).toEqual(expect.arrayContaining(['palpitations', 'dizziness']));
  });

  it('ends where something present is named, not at the end of the clause', () => {
    expect(asserted('no temperature just an awful pressure on my chest')).toContain('pressure on my chest');
    expect(asserted('no cough my lips are going blue')).toContain('lips are going blue');
    expect(asserted('no rash I feel really faint')).toContain('i feel really faint');
    expect(negatedWords('no sore throat only a terrible headache')).not.toContain('headache');
    expect(asserted("he doesn't get breathless until he climbs stairs")).toContain('until he climbs stairs');
  });

  it('keeps what belongs to the denied finding inside it', () => {
    expect(clauseWith('no pain in my chest', 'chest').negated).toBe(true);
    expect(clauseWith('no pain when i breathe in', 'breathe').negated).toBe(true);
    expect(clauseWith("haven't been sick today", 'sick').negated).toBe(true);
    expect(clauseWith("i don't feel dizzy", 'dizzy').negated).toBe(true);
    expect(clauseWith("i haven't passed out", 'passed').negated).toBe(true);
  });

  it('keeps the present finding after a contrast', () => {
    expect(asserted('no temperature but my chest feels crushed')).toContain('my chest feels crushed');
    expect(asserted('denies fever though complains of severe back pain')).toContain('severe back pain');
  });
});

describe('negatively phrased findings that are present', () => {
  it('asserts a body function that stopped, however the negation is worded', () => {
    for (const text of [
      "he hasn't opened his bowels or passed any gas since friday",
      'not had a poo in four days and my belly is swollen',
      "she hasn't had a wet nappy since breakfast",
      'no wet diapers today',
      "i haven't felt the baby kick since last night",
      "he doesn't feel his legs at all",
      "haven't weed since this morning",
      'she has not resumed her periods since the birth',
    ]) {
      const a = analyzeMessage(text);
      expect(a.clauses.some((c) => c.absence === true && !c.negated), text).toBe(true);
    }
  });

  it('never reads inability as a denial', () => {
    expect(asserted("i can't feel my feet and my bum is numb")).toContain("can't feel my feet");
    expect(asserted('unable to pass urine since noon')).toContain('unable to pass urine');
  });

  it('passes the words, negation included, to the rules that read asserted text', () => {
    expect(asserted("haven't pooped or farted for two days")).toContain("haven't pooped");
    expect(asserted('no fever, but not passed urine all day')).toContain('not passed urine');
  });

  it('leaves true denials denied', () => {
    expect(asserted('no diarrhoea and no blood in my poo')).not.toContain('diarrhoea');
    expect(clauseWith("i haven't passed out once", 'passed').absence).toBe(false);
    expect(clauseWith("i don't feel sick", 'sick').negated).toBe(true);
  });
});

describe('a remark someone reports about the writer', () => {
  const profile: PatientProfile = { age: 71, immunosuppressed: true, chronicConditions: ['type 2 diabetes'] };
  const facts = (text: string) => buildClinicalFacts([analyzeForSafety(text)], profile);

  it('is about the writer, who keeps their own profile', () => {
    for (const text of [
      'my partner reckons I look very pale today',
      'my son said I was slurring my words',
      'the nurse told me my blood pressure was high',
      'my GP thinks I might have an infection',
      'my daughter keeps saying I seem muddled',
    ]) {
      const a = analyzeMessage(text);
      expect(a.clauses.every((c) => c.subject === 'self'), text).toBe(true);
      expect(facts(text).thirdParty, text).toBe(false);
      expect(facts(text).diabetic, text).toBe(true);
    }
    expect(clauseWith('my partner reckons I look very pale today', 'pale').reported).toBe(true);
  });

  it('is about the other person when the finding is theirs', () => {
    for (const text of ['my partner looks very pale today', 'my son said he was dizzy', 'my daughter thinks she broke her wrist']) {
      expect(facts(text).thirdParty, text).toBe(true);
    }
  });

  it('works in Spanish and French too, in the language itself and in its English gloss', () => {
    for (const text of ['mi esposa dice que estoy muy pálido', 'ma femme dit que je suis tout gris']) {
      const analysis = analyzeMessage(text);
      expect(analysis.clauses.every((c) => c.subject === 'self'), analysis.normalized).toBe(true);
      expect(analysis.native?.clauses.every((c) => c.subject === 'self'), text).toBe(true);
    }
  });
});

describe('knowledge-base findings through lemmas and absences', () => {
  const index = createKnowledgeIndex(loadKnowledgeBase());
  const found = (text: string) => findAssertedFindings(analyzeMessage(text), index).map((m) => m.conditionId);

  it('meets a phrase through the dictionary form of an irregular verb', () => {
    expect(found('his nose bled on and off all afternoon')).toContain('nosebleed');
    expect(found('she felt faint in the queue')).toEqual(expect.arrayContaining(['fainting']));
  });

  it('meets a phrase naming an absence however the negation is worded', () => {
    expect(found('my dad has not passed urine since breakfast')).toContain('urinary_retention');
    expect(found("i haven't passed any urine today")).toContain('urinary_retention');
  });

  it('does not read a negation elsewhere in the sentence as part of the phrase', () => {
    expect(found('it stings when i pee, no temperature')).not.toContain('urinary_retention');
  });
});

describe('absent functions in Spanish and French', () => {
  const texts = ["mon fils n'a pas uriné depuis ce matin", 'pas de couches mouillées aujourd’hui', 'je ne sens pas mes jambes', 'mi bebé no ha tenido ningún pañal mojado desde anoche', 'sin deposiciones ni gases desde el lunes'];

  it('asserts them on their own path', () => {
    for (const text of texts) expect(analyzeMessage(text).native?.clauses.some((c) => c.absence === true && !c.negated), text).toBe(true);
  });

  it('asserts them in the English gloss: no clause of them is read as denied', () => {
    for (const text of texts) {
      const analysis = analyzeMessage(text);
      expect(analysis.writtenIn, text).toBeDefined();
      expect(analysis.clauses.every((c) => !c.negated || c.absence === true), analysis.normalized).toBe(true);
    }
  });

  it('keeps their denials denied, in both readings', () => {
    for (const [text, word, english] of [["je n'ai pas de fièvre", 'fièvre', 'fever'], ['no tengo fiebre ni tos', 'fiebre', 'fever']] as const) {
      const analysis = analyzeMessage(text);
      expect(analysis.native?.clauses.find((c) => c.text.includes(word))?.negated, text).toBe(true);
      expect(analysis.clauses.find((c) => c.text.includes(english))?.negated, analysis.normalized).toBe(true);
    }
  });
});
