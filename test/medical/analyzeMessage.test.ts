import { describe, expect, it } from 'vitest';
import { analyzeMessage, assertedText, isAssertedClause } from '../../plugins/medical/language/analyzeMessage.ts';

const clauseWith = (text: string, needle: string) => {
  const c = analyzeMessage(text).clauses.find((cl) => cl.text.toLowerCase().includes(needle));
  if (c === undefined) throw new Error(`no clause with ${needle}`);
  return c;
};

describe('analyzeMessage', () => {
  it('keeps offsets pointing at the original text', () => {
    const a = analyzeMessage('My Chest HURTS, no fever');
    for (const c of a.clauses) expect(a.original.slice(c.start, c.end)).toBe(c.text);
  });

  it('scopes negation to its clause and ends it at "but"/"and"', () => {
    expect(clauseWith('no fever but my neck is stiff', 'fever').negated).toBe(true);
    expect(clauseWith('no fever but my neck is stiff', 'neck').negated).toBe(false);
    expect(clauseWith('She denies shortness of breath and says her ankle hurts', 'breath').negated).toBe(true);
    expect(clauseWith('She denies shortness of breath and says her ankle hurts', 'ankle').negated).toBe(false);
  });

  it('carries negation across a short list', () => {
    const a = analyzeMessage('no vomiting, diarrhoea or rash');
    expect(a.clauses.every((c) => c.negated)).toBe(true);
  });

  it('does not treat inability as negation', () => {
    expect(isAssertedClause(clauseWith("I can't breathe", 'breathe'))).toBe(true);
    expect(isAssertedClause(clauseWith('the bleeding will not stop', 'bleeding'))).toBe(true);
    expect(isAssertedClause(clauseWith("he isn't responding to us", 'responding'))).toBe(true);
    expect(clauseWith("I'm not dizzy at all", 'dizzy').negated).toBe(true);
  });

  it('marks history and resolution', () => {
    expect(clauseWith('I had a kidney stone in 2019', 'kidney').historical).toBe(true);
    expect(clauseWith('the rash I used to get', 'rash').historical).toBe(true);
    expect(clauseWith('the swelling has gone', 'swelling').historical).toBe(true);
    expect(clauseWith('the bleeding has stopped now', 'bleeding').historical).toBe(true);
    expect(clauseWith("the bleeding hasn't stopped", 'bleeding').historical).toBe(false);
    expect(clauseWith('my back pain started 2 hours ago', 'back').historical).toBe(false);
  });

  it('marks hypothetical questions and conditionals, not the report after them', () => {
    const a = analyzeMessage('How would I know if I was having a heart attack? My jaw aches.');
    expect(a.clauses.find((c) => c.text.includes('heart attack'))?.hypothetical).toBe(true);
    expect(a.clauses.find((c) => c.text.includes('jaw'))?.hypothetical).toBe(false);
    expect(clauseWith('what are the early signs of sepsis', 'sepsis').hypothetical).toBe(true);
    expect(clauseWith('what if my baby gets a fever tonight', 'fever').hypothetical).toBe(true);
  });

  it('tracks whose findings they are', () => {
    expect(clauseWith('My husband is sweating and grey', 'sweating').subject).toBe('third_party');
    expect(clauseWith('A 70-year-old woman presents with fever', 'fever').subject).toBe('third_party');
    expect(clauseWith('72F, cough for a week', 'cough').subject).toBe('third_party');
    expect(clauseWith('I have a cough', 'cough').subject).toBe('self');
  });

  it('detects Spanish and French, with their negations, in the language itself and in its English gloss', () => {
    const es = analyzeMessage('No tengo fiebre pero me duele la garganta');
    expect(es.writtenIn).toBe('es');
    expect(es.native?.clauses.find((c) => c.text.includes('fiebre'))?.negated).toBe(true);
    expect(es.native?.clauses.find((c) => c.text.includes('garganta'))?.negated).toBe(false);
    expect(es.clauses.find((c) => c.text.includes('fever'))?.negated).toBe(true);
    expect(es.clauses.find((c) => c.text.includes('throat'))?.negated).toBe(false);
    const fr = analyzeMessage("Je n'ai pas de fièvre mais j'ai mal au dos");
    expect(fr.writtenIn).toBe('fr');
    expect(fr.native?.clauses.find((c) => c.text.includes('fièvre'))?.negated).toBe(true);
    expect(fr.clauses.find((c) => c.text.includes('fever'))?.negated).toBe(true);
    expect(fr.clauses.find((c) => c.text.includes('back'))?.negated).toBe(false);
    const breathing = analyzeMessage("je n'arrive pas à respirer");
    expect(breathing.native?.clauses.some((c) => c.text.includes('respirer') && isAssertedClause(c))).toBe(true);
    expect(breathing.clauses.some((c) => c.text.includes('breathe') && isAssertedClause(c))).toBe(true);
    expect(analyzeMessage('I have a sore knee').language).toBe('en');
    expect(analyzeMessage('I have a sore knee').writtenIn).toBeUndefined();
  });

  it('assertedText drops negated, historical and hypothetical clauses', () => {
    const t = assertedText(analyzeMessage('no nausea, my migraine last year is gone, but my elbow hurts'));
    expect(t).toContain('elbow');
    expect(t).not.toContain('nausea');
    expect(t).not.toContain('migraine');
  });
});
