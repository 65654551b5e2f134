/**
 * A "not" contraction typed without its apostrophe is given it back once, by the text normaliser, so
 * no pattern spells both forms. French "dont" is a word and stays; a clause's text is still the
 * writer's own. Our own phrasings.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { normalizeText } from '../../plugins/medical/language/normalizeText.ts';
import { expectAlerts } from './urgencyHelpers.ts';

describe('apostrophes restored in English contractions', () => {
  it('normalises each contraction to its apostrophe form', () => {
    expect(normalizeText('I DONT know, he doesnt, she didnt, we havent, it hasnt, I cant, it wont, it isnt')).toBe(
      "i don't know, he doesn't, she didn't, we haven't, it hasn't, i can't, it won't, it isn't",
    );
    expect(normalizeText('le médicament dont je parle')).toBe('le médicament dont je parle');
  });

  it('keeps the clause text as written', () => {
    const clause = analyzeMessage('My chest HURTS and I CANT breathe').clauses.find((c) => c.text.includes('CANT'));
    expect(clause?.text.trim()).toBe('I CANT breathe');
  });

  it('reads the same either way', () => {
    expectAlerts([
      'my grandad isnt responding and his lips look blue',
      'the spots on her legs dont fade when i press a glass on them',
      'my back is agony and i cant feel my bum and cant wee',
      'shes 36 weeks and the baby hasnt moved since yesterday',
      'inhaler doesnt help and i cant get a sentence out',
    ], true);
    expectAlerts(['i dont have a fever and its just a runny nose', 'havent got any chest pain, just a cough for 2 days'], false);
  });
});
