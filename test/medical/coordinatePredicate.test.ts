/**
 * "My ankle is swollen and hot": a bare adjective after "and" is a second predicate of the same
 * subject, so it stays in its clause. Cut at the "and", "hot" stood alone and the hot swollen joint
 * with a fever was never read (found with our own probe of a joint infection). A second half with a
 * subject or verb of its own, or a negation, is still a clause of its own.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { expectRuleFires } from './urgencyHelpers.ts';

const clauses = (message: string): string[] => {
  const a = analyzeMessage(message);
  return a.clauses.map((c) => a.normalized.slice(c.start, c.end).trim());
};

describe('a bare adjective after "and"', () => {
  it('stays with the subject before it', () => {
    expect(clauses('my wrist is swollen and very red')).toEqual(['my wrist is swollen and very red']);
    expect(clauses('her foot went pale and cold')).toEqual(['her foot went pale and cold']);
    expect(clauses('I feel sick or dizzy most mornings')).toHaveLength(1);
  });

  it('not when the second half has its own subject or verb, or is negated', () => {
    expect(clauses('my wrist is swollen and it throbs')).toHaveLength(2);
    expect(clauses('my wrist is swollen and bruising spreads up my arm').length).toBeGreaterThan(1);
    expect(analyzeMessage('my knee is swollen and not hot').clauses.length).toBeGreaterThan(1);
  });

  it('so a joint told swollen and hot, with a fever, is read as one', () => {
    expectRuleFires('hot_swollen_joint_fever', ['his elbow is puffed up and warm and he has a temperature of 38.9']);
  });
});
