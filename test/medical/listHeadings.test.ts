import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { expectAlerts } from './urgencyHelpers.ts';

const negatedText = (text: string) => {
  const a = analyzeMessage(text);
  return a.clauses.filter((c) => c.negated).map((c) => a.normalized.slice(c.start, c.end).trim());
};

// Found by rendering knowledge-base conditions as notes of our own with their red flags denied: a
// "Negatives:" list whose items carry no "no" of their own was read as findings, and "no one-sided
// pain" read "no one" as nobody, so a denied ectopic-pregnancy warning list alerted.
describe('list headings: a negatives list is denied, a complaints list is not', () => {
  it('denies the items of a negatives list that name findings only', () => {
    expect(negatedText('Negatives: shoulder tip pain, heavy bleeding or fainting.')).toEqual(['negatives: shoulder tip pain', 'heavy bleeding or fainting']);
    expect(negatedText('Pertinent negatives: fever, neck stiffness, rash. Headache for two days.')).toEqual(['pertinent negatives: fever', 'neck stiffness', 'rash']);
  });

  it('leaves an item that states its own polarity, and the next sentence, as they are', () => {
    // The pain is there; only its spread is denied. "Normal power" reassures and is not a finding.
    expect(negatedText('Negatives: the chest pain not radiating anywhere. Cough.')).toEqual(['not radiating anywhere']);
    expect(negatedText('Negatives: normal power and sensation.')).toEqual([]);
    expect(negatedText('Negatives: vomiting. She has chest pain.')).toEqual(['negatives: vomiting']);
  });

  it('reads "no one-sided" as a denial and "no one" as nobody', () => {
    expect(negatedText('I have no one-sided weakness or numbness.')).toEqual(['no one-sided weakness or numbness']);
    expect(negatedText('No one sided pain.')).toEqual(['no one sided pain']);
    expect(negatedText('No one helped me and I have chest pain.')).toEqual([]);
  });

  it('denied warning signs do not alert; the same signs asserted do', () => {
    expectAlerts(
      [
        '31 year old female. Presenting complaints: positive pregnancy test, missed period, tender breasts. Negatives: one-sided pain, shoulder tip pain, heavy bleeding or fainting.',
        '31 year old female. Missed period, positive test. Negatives: no one-sided pain, shoulder tip pain, heavy bleeding or fainting.',
        'I am 8 weeks pregnant with morning sickness. I have no one-sided pain, heavy bleeding or fainting.',
        '52 year old male. Presenting complaints: cough for a week. Pertinent negatives: chest pain, coughing up blood, shortness of breath.',
      ],
      false,
    );
    expectAlerts(
      [
        '31 year old female. Presenting complaints: missed period, one-sided pain, shoulder tip pain. Negatives: heavy bleeding.',
        '52 year old male. Presenting complaints: crushing chest pain, sweating. Negatives: cough, fever.',
      ],
      true,
    );
  });

  // Found the same way: a denied test result at the head of a complaints list denied every complaint after it.
  it('keeps each item of a complaints list on its own: a "no" in one does not deny the next', () => {
    expect(negatedText('Presenting complaints: scan shows no blood flow to the ovary, sudden severe one-sided lower tummy pain, vomiting.')).toEqual(['no blood flow to the ovary']);
    expect(negatedText('Presenting complaints: cough, no fever, chest pain.')).toEqual(['no fever']);
    // Outside a complaints list a denial still runs on over its list.
    expect(negatedText('Cough for a week. I have no fever, rash or chest pain.')).toEqual(['no fever', 'rash or chest pain']);
    expectAlerts(
      [
        '35 year old female. Presenting complaints: ultrasound shows no blood flow to the right ovary, sudden severe one-sided lower tummy pain, vomiting.',
        '60 year old male. Symptoms: no fever, crushing central chest pain, sweating.',
      ],
      true,
    );
  });
});
