/**
 * Typing slips: an unknown word one edit away from exactly one known word (or one word the patterns
 * are written in) is read as that word, as a second reading that only ever adds findings. Our own
 * phrasings, both sides of the line.
 */
import { describe, expect, it } from 'vitest';
import { correctTypos } from '../../plugins/medical/language/correctTypos.ts';
import { CONCEPT_WORDS } from '../../plugins/medical/safety/concepts.ts';
import { expectAlerts } from './urgencyHelpers.ts';

describe('typing slips', () => {
  it('reads a slipped word as the one word it can be', () => {
    expect(correctTypos('cehst hurts and unconcious', CONCEPT_WORDS)).toBe('chest hurts and unconscious');
    expect(correctTypos('heavy bledeing, very painnful', CONCEPT_WORDS)).toBe('heavy bleeding, very painful');
    // Several known neighbours ("sere", "seer", "severe"): the one the patterns are written in.
    expect(correctTypos('seere pain', CONCEPT_WORDS)).toBe('severe pain');
  });

  it('leaves known words, short words and words with several neighbours as written', () => {
    expect(correctTypos('we played chess all night', CONCEPT_WORDS)).toBe('we played chess all night');
    expect(correctTypos('my hed hurts', CONCEPT_WORDS)).toBe('my hed hurts');
    expect(correctTypos('vomiting blod', CONCEPT_WORDS)).toBe('vomiting blood');
    expect(correctTypos('taking apixaban daily', CONCEPT_WORDS)).toBe('taking apixaban daily');
  });

  it('reads "took an overdoes", a misspelling that is a word, as an overdose', () => {
    expectAlerts(['my brother took an overdoes of his heart tablets'], true);
  });

  it('alerts on emergencies told with slips', () => {
    expectAlerts([
      'sudden crushing cehst pain going down my left arm and I am sweatting',
      'my grandad is unconcious and not breathign properly',
      'she has been having a siezure for ten minutes and it will not stop',
      'I am 8 weeks pregnant with heavy vaginal bledeing and sharp pain on one side',
    ], true);
  });

  it('does not alert on ordinary messages with slips', () => {
    expectAlerts(['I have a runy nose and a sliht cough since Tuesday', 'we played chess and my back is a littel stiff'], false);
  });

  it('reads a denial typed with a slip as a denial', () => {
    expectAlerts([
      "my 6 year old has red sticky eyes, he doen't have a stiff neck, a rash or a fever",
      "sore ear for two days, I havn't had any chest pain or trouble breathing",
    ], false);
  });
});
