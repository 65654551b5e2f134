import { describe, expect, it } from 'vitest';
import { findConcepts, type Concept } from '../../plugins/medical/safety/concepts.ts';
import { expectAlerts } from './urgencyHelpers.ts';

const finds = (text: string, concept: Concept) => findConcepts(text.toLowerCase()).has(concept);

// A gap between two words of a concept pattern could start inside a word: "burn" took "ing chest" as
// its gap (a burning chest read as a burn to the chest), "lif" (left iliac fossa) took "ted" from
// "lifted", "pain" took "killers". A gap now starts at a word's edge or after an ending that keeps
// the word (legs, bloody, painful, stiffness, lower). Phrasings are our own.
describe('a gap starts at a word edge or after a word ending', () => {
  it('does not start inside a word', () => {
    expect(finds('a burning feeling in my chest after dinner', 'largeBurn')).toBe(false);
    expect(finds('burning upper tummy pain', 'largeBurn')).toBe(false);
    expect(finds('I lifted a box and now the pain shoots down my leg', 'abdominalPain')).toBe(false);
    expect(finds('painkillers upset my stomach', 'abdominalPain')).toBe(false);
  });

  it('still starts after an ending that keeps the word', () => {
    expect(finds('boiling water burned his chest', 'largeBurn')).toBe(true);
    expect(finds('my legs are swollen and red', 'legDvt')).toBe(true);
    expect(finds('bloody stools since this morning', 'giBleed')).toBe(true);
    expect(finds('painful swollen scrotum', 'testicularPain')).toBe(true);
    expect(finds('stiffness of the neck and a fever', 'stiffNeck')).toBe(true);
    expect(finds('pain in my lower right tummy', 'oneSidedPelvic')).toBe(true);
    expect(finds('my heartbeat is irregular', 'palpitations')).toBe(true);
    expect(finds('me golpeé la cabeza', 'headInjury')).toBe(true);
  });

  it('keeps real burns alerting', () => {
    expectAlerts(['my toddler pulled a cup of hot tea over his chest, the burn is bigger than his hand'], true);
  });
});
