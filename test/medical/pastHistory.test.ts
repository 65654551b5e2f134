/**
 * Past medical history is a risk factor, not a current event. A history cue ("history of", "h/o",
 * "s/p", "previous", "prior", "known") or a past-history heading scopes the few words it governs;
 * current findings in the same text, even in the same clause, still count. Our own phrasings.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../plugins/medical/diagnose.ts';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { alerts, decide, expectAlerts } from './urgencyHelpers.ts';

describe('a known or past condition', () => {
  it('never raises urgency on its own', () => {
    expectAlerts([
      'PMH: myocardial infarction in 2015. I have a blocked nose and a tickly throat.',
      'Medical history: heart attack. Now a runny nose for two days.',
      'I had a heart attack six years ago and I have had a mild cold since Monday.',
      'History of stroke; today a bit of a sniffle.',
      'Previous DVT. Sneezing and itchy eyes this week.',
      'prior pulmonary embolism, now a mild sore throat',
      'status post appendectomy, currently has a runny nose',
      's/p knee replacement with a mild cough for 3 days',
      "I'm a known asthmatic and I've got a blocked nose",
      'known epileptic, has a cold sore on his lip',
    ], false);
  });

  it('does not make a known condition the current one', () => {
    for (const [message, condition] of [
      ["I'm a known asthmatic and I've got a runny nose and sneezing", 'asthma_flare'],
      ['Past medical history: deep vein thrombosis. Runny nose and sneezing for two days.', 'deep_vein_thrombosis'],
    ] as const) {
      const top = diagnose({ analysis: analyzeMessage(message) }).possibilities[0];
      expect(top?.conditionId, message).not.toBe(condition);
    }
  });

  it('still supports a condition as a risk factor', () => {
    const analysis = analyzeMessage('History of deep vein thrombosis. My left calf is swollen, hot and painful.');
    const past = analysis.clauses.find((c) => c.text.includes('deep vein'));
    expect(past?.pastHistory).toBe(true);
    expect(past?.historical).toBe(true);
    const dvt = diagnose({ analysis }).possibilities.find((p) => p.conditionId === 'deep_vein_thrombosis');
    expect(dvt).toBeDefined();
  });

  it('keeps the current findings of the same sentence, and of the same clause', () => {
    expectAlerts([
      'A 58 year old man with a history of high blood pressure presents with crushing chest pain and sweating.',
      'Known asthmatic with a severe attack, lips turning blue and unable to speak.',
      'History of stroke and now his face is drooping and he cannot lift his arm.',
      'Previous heart attack. Now I have crushing pain in my chest going down my left arm.',
      'PMH: diabetes. Now she cannot breathe and her lips are blue.',
      'h/o epilepsy, fitting for 10 minutes now and not stopping',
    ], true);
  });

  it('ends a list under a history cue only where an item has its own predicate', () => {
    const analysis = analyzeMessage('History of angina, asthma and DVT, and now I have a sore throat.');
    const clause = (word: string) => analysis.clauses.find((c) => c.text.includes(word));
    expect(clause('asthma')?.pastHistory).toBe(true);
    expect(clause('DVT')?.pastHistory).toBe(true);
    expect(clause('sore throat')?.pastHistory).not.toBe(true);
  });

  it('keeps a known condition or exposure as context for urgency (diabetes, travel)', () => {
    expect(decide('Past medical history: type 1 diabetes. He is sweaty, shaky and not making sense.').level).toBe('emergency');
    expect(alerts('High temperature with shivering fits since yesterday. Past history: came back from Ghana ten days ago.')).toBe(true);
    expect(alerts('Mild cough for a week. Past history: came back from Ghana ten days ago.')).toBe(false);
  });

  it('does not read a dated current illness, or "previously well", as past history', () => {
    expectAlerts([
      'Previously well, now has a stiff neck, a purple rash that does not fade and a high fever.',
      'A 4 day history of crushing chest pain on exertion, now at rest, with sweating.',
    ], true);
  });

  it('reads a history of symptoms, or a dated or presented one, as the current complaint', () => {
    const current = (message: string, word: string) =>
      analyzeMessage(message).clauses.find((c) => c.text.includes(word))?.pastHistory !== true;
    expect(current('I have a history of dizzy spells and ringing in my ears.', 'dizzy')).toBe(true);
    expect(current('She came in with a history of vomiting and loose stools.', 'vomiting')).toBe(true);
    expect(current('history of heartburn for the past three weeks', 'heartburn')).toBe(true);
    expect(current('I have a history of epilepsy.', 'epilepsy')).toBe(false);
    expect(current('a history of kidney stones', 'kidney')).toBe(false);
  });

  it('reads a hospital stay or treatment months back as past history, a symptom that started then as current', () => {
    expect(alerts('Dry cough for a week. She was admitted four months ago with sepsis from a kidney infection.')).toBe(false);
    const analysis = analyzeMessage('My headaches started three months ago and are getting worse.');
    expect(analysis.clauses.some((c) => c.pastHistory === true)).toBe(false);
    expect(alerts('I was treated for a clot two months ago and now I am suddenly breathless with sharp chest pain.')).toBe(true);
  });

  it('reads something recent under a past-history heading as part of the current illness', () => {
    const clause = (message: string) => analyzeMessage(message).clauses.find((c) => c.text.includes('Past'));
    expect(clause('Past history: knocked his head in a fall four days ago.')?.pastHistory).not.toBe(true);
    expect(clause('Past history: recently started on a new tablet.')?.pastHistory).not.toBe(true);
    expect(clause('Past history: knee operation in 2012.')?.pastHistory).toBe(true);
  });

  it('reads "has gone" with what it became as current, and alone as resolved', () => {
    expect(alerts('My face has gone droopy on one side and my speech is slurred.')).toBe(true);
    expect(analyzeMessage('The swelling in my ankle has gone.').clauses[0]?.historical).toBe(true);
  });
});
