import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { memoizeByText } from '../../plugins/medical/memoizeByText.ts';
import { analyzeForSafety } from '../../plugins/medical/safety/analyzeForSafety.ts';

describe('memoizeByText', () => {
  it('computes once per text and forgets the least recently used beyond its size', () => {
    const calls: string[] = [];
    const length = memoizeByText((text) => {
      calls.push(text);
      return { n: text.length };
    }, 2);
    expect(length('a')).toBe(length('a'));
    length('bb');
    length('a'); // now more recent than 'bb'
    length('ccc'); // evicts 'bb'
    length('a');
    length('bb');
    expect(calls).toEqual(['a', 'bb', 'ccc', 'bb']);
  });
});

describe('shared readings of one message', () => {
  it('give each analysis its own clause texts, whichever is made first', () => {
    const message = 'My Chest HURTS, no fever zqshared';
    const safety = analyzeForSafety(message);
    const plain = analyzeMessage(message);
    expect(plain.clauses.map((c) => c.text)).toEqual(['My Chest HURTS', 'no fever zqshared']);
    expect(safety.clauses.map((c) => c.text)).toEqual(['my chest hurts', 'no fever zqshared']);
    expect(safety.original).toBe(message);
    expect(analyzeMessage(message)).toBe(plain);
  });
});
