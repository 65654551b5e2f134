import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { expectAlerts } from './urgencyHelpers.ts';

// Regression: a contraction typed without its apostrophe ("hasnt", "havent") was not read as the
// negation that opens an absence, so "hasnt had a wee all day" was a denial; "not herself" and "no
// tears" made the list after them ("not herself, sleepy and confused") a list of denials; and "hes"
// without its apostrophe did not end a list of denials. Phrasings are our own.
describe('negations typed as people type them', () => {
  const clause = (message: string, words: string) => {
    const a = analyzeMessage(message);
    const found = a.clauses.find((c) => a.normalized.slice(c.start, c.end).includes(words));
    if (!found) throw new Error(`no clause with "${words}" in "${message}"`);
    return found;
  };

  it('a stopped function told without an apostrophe is a finding, as with one', () => {
    for (const [message, words] of [
      ['she hasnt had a wee all day', 'wee'],
      ['33 weeks and i havent felt the baby move since last night', 'baby move'],
      ['our baby hasnt kicked all day', 'kicked'],
    ] as const) {
      expect(clause(message, words).negated, message).toBe(false);
    }
  });

  it('a denial without an apostrophe stays a denial', () => {
    for (const [message, words] of [
      ['i havent got a fever or a cough', 'fever'],
      ['he doesnt have a rash', 'rash'],
    ] as const) {
      expect(clause(message, words).negated, message).toBe(true);
    }
  });

  it('"not herself" is a change in the person, and what follows it is told, not denied', () => {
    expectAlerts(
      [
        'my elderly mother is not herself, sleepy and confused and has a urine infection',
        'grandad has a chest infection and hes not himself, muddled and drowsy',
      ],
      true,
    );
    expect(clause('my nan is not herself, drowsy and confused', 'confused').negated).toBe(false);
  });

  it('"no tears" is a sign of dehydration and "hes" opens a statement of its own', () => {
    expect(clause('cries with no tears, hes very drowsy', 'drowsy').negated).toBe(false);
    expect(clause('no fever, cough or rash', 'rash').negated).toBe(true);
  });

  it('a young child dry and drowsy alerts, a dry nappy alone in a lively child does not', () => {
    expectAlerts(['my 18 month old isnt weeing much, cries with no tears and hes so drowsy', 'she hasnt had a wet nappy since last night and is very sleepy'], true);
    expectAlerts(['my son has a cold, no tears when he cries but hes playing fine'], false);
  });

  it('benign messages with the same words stay calm', () => {
    expectAlerts(
      [
        'my mum is not herself today, a bit tired after the wedding',
        'i havent got a fever or a cough, just a runny nose',
        'she doesnt have a temperature and isnt confused, just a cold',
      ],
      false,
    );
  });
});
