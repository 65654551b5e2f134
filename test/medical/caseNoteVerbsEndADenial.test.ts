/**
 * A case note's reporting verb starts a statement: "not on anticoagulation, presents with sudden severe
 * abdominal pain" denied the pain, as a list item of the denial before it. A list of what is absent still
 * carries its denial ("no fever, cough or rash").
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { expectAlerts } from './urgencyHelpers.ts';

const negated = (message: string) => analyzeMessage(message).clauses.map((c) => c.negated);

describe('a reporting verb after a denial', () => {
  it('ends the denial', () => {
    expect(negated('Not diabetic, complains of sudden loss of vision in one eye.')).toEqual([true, false]);
    expect(negated('No fever, describes a tearing pain through to the back')).toEqual([true, false]);
    expect(negated('no known allergies, developed a swollen tongue after the injection')).toEqual([true, false]);
  });

  it('is not a list item, which stays denied', () => {
    expect(negated('no fever, cough or rash')).toEqual([true, true]);
  });

  it('is not a past participle after the finding, which is part of the denied item', () => {
    expect(negated('No fever, any bleeding reported or rash described.')).toEqual([true, true]);
    expect(negated('No fever, developed a cough yesterday.')).toEqual([true, false]);
  });

  it('lets the finding after it alert', () => {
    expectAlerts(
      [
        'A 69-year-old man, not on any blood thinners, presents with sudden crushing chest pain and sweating.',
        'A 54-year-old woman with no past history, reports the worst headache of her life that began suddenly an hour ago.',
      ],
      true,
    );
  });
});
