import { describe, expect, it } from 'vitest';
import { getKnowledgeIndex } from '../../plugins/medical/knowledge/createKnowledgeIndex.ts';
import { expectAlerts, firedRules } from './urgencyHelpers.ts';

// Regressions found with eval:probe: oven cleaner in an eye, fingers hanging off after a machine
// accident, and a confused man with a racing heart after pills at a party came out self_care or
// non_emergency with no alert. Phrasings are our own.
describe('poisoning shown by the body after drugs or pills alerts', () => {
  it('drugs or pills, then confusion, a fit, collapse or chest pain', () => {
    expectAlerts(['she took something at the festival and now she is fitting', 'he snorted coke an hour ago and has crushing chest pain', 'my flatmate swallowed a few pills from a stranger and is talking nonsense'], true);
    expect(firedRules('she took something at the festival and now she is fitting')).toContain('drug_toxicity');
  });

  it('drugs or pills with no sign of harm do not', () => {
    expect(firedRules('I took two paracetamol for my headache and feel a bit better')).not.toContain('drug_toxicity');
  });
});

describe('a part cut off or caught in machinery alerts', () => {
  it('severed, hanging off, or trapped in a machine', () => {
    expectAlerts(['I sliced off the tip of my thumb with the mandoline', 'his arm got trapped in the conveyor at the factory', 'her toe is hanging by a bit of skin after the lawnmower'], true);
    expect(firedRules('I sliced off the tip of my thumb with the mandoline')).toContain('amputation_or_crush');
  });

  it('a hangnail or a machine mentioned in passing does not', () => {
    expectAlerts(['a hangnail on my finger came off and it stings a bit', 'the washing machine broke and I hurt my back carrying the laundry'], false);
  });
});

describe('a chemical in the eye alerts', () => {
  it('bleach, drain cleaner or cement in an eye', () => {
    expectAlerts(['some drain cleaner splashed into my left eye', 'wet cement got in his eyes at work, they are red and streaming', 'my daughter sprayed bleach in her eye by accident'], true);
    expect(firedRules('some drain cleaner splashed into my left eye')).toContain('chemical_eye');
  });

  it('shampoo or dust in an eye does not', () => {
    expectAlerts(['I got shampoo in my eye in the shower and it stings', 'a bit of dust blew into my eye on the bike'], false);
  });
});

// Regression: "I cut myself shaving" ranked a suicidal crisis among the possibilities: the knowledge
// base's self-harm wording was a bare "cutting myself".
describe('an accidental cut is not self-harm; a habit or an intent is', () => {
  it('ranks no suicidal crisis for a shaving cut, and keeps self-harm for one told as a habit', () => {
    const found = (text: string) => getKnowledgeIndex().matchSymptoms(text).filter((m) => m.conditionId === 'suicidal_crisis').map((m) => m.term);
    expect(found('I cut myself shaving and it bled for a minute')).toEqual([]);
    expect(found("I've been cutting myself to cope with the stress")).toContain('self-harm');
  });
});
