import { describe, expect, it } from 'vitest';
import { analyzeForSafety } from '../../plugins/medical/safety/analyzeForSafety.ts';
import { buildClinicalFacts } from '../../plugins/medical/safety/clinicalFacts.ts';
import { findConcepts } from '../../plugins/medical/safety/concepts.ts';
import { ALLERGY_CLASSES, ANTICOAGULANT, DIABETES, PREGNANCY } from '../../plugins/medical/safety/drugClasses.ts';

const facts = (message: string) => buildClinicalFacts([analyzeForSafety(message)], undefined);

describe('lexicons match whole words', () => {
  it('does not find a weakened immune system inside other words', () => {
    expect(facts('I keep shivering and my temperature is 38.4').immunosuppressed).toBe(false);
    expect(facts('my hearing aids whistle and my ear aches').immunosuppressed).toBe(false);
    expect(facts('chills, archive work all week, a sore throat').immunosuppressed).toBe(false);
  });

  it('still finds it where the words are whole, whatever their ending', () => {
    expect(facts('I am HIV positive and have had a fever for two days').immunosuppressed).toBe(true);
    expect(facts('I had chemotherapy last week and now I feel hot').immunosuppressed).toBe(true);
    expect(facts('kidney transplant in March, now a cough').immunosuppressed).toBe(true);
    expect(facts('I am on prednisolone for my lungs').immunosuppressed).toBe(true);
  });

  it('holds for diabetes, anticoagulants, pregnancy and allergy classes', () => {
    expect(DIABETES.test("I'm diabetic")).toBe(true);
    expect(DIABETES.test('je suis diabétique')).toBe(true);
    expect(DIABETES.test('my prediabetes')).toBe(false);
    expect(ANTICOAGULANT.test('I take blood thinners')).toBe(true);
    expect(ANTICOAGULANT.test('apixabanana')).toBe(false);
    expect(PREGNANCY.test('she is pregnant')).toBe(true);
    expect(PREGNANCY.test('impregnated fabric')).toBe(false);
    const sulfa = ALLERGY_CLASSES.find((c) => c.id === 'sulfa');
    expect(sulfa?.allergy.test('Sulfonamides')).toBe(true);
    expect(sulfa?.allergy.test('insulfated')).toBe(false);
  });

  it('builds concept patterns that neither start nor end inside a word', () => {
    expect(findConcepts('a headache since this morning').has('headache')).toBe(true);
    expect(findConcepts('these headaches keep coming back').has('headache')).toBe(true);
    expect(findConcepts('my testicle is painful').has('testicularPain')).toBe(true);
    // Alternatives spelled without a closing boundary ("shoulder tip", "glass test") end at a word's end.
    expect(findConcepts('pain in my shoulder tip').has('oneSidedPelvic')).toBe(true);
    expect(findConcepts('my shoulder tipped the vase over').has('oneSidedPelvic')).toBe(false);
    expect(findConcepts('a glass testimonial from a patient').has('nonBlanchingRash')).toBe(false);
  });
});
