import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { memoizeByText } from '../../plugins/medical/memoizeByText.ts';
import { analyzeForSafety } from '../../plugins/medical/safety/analyzeForSafety.ts';

describe('memoizeByText', () => {
  it('computes once per text and forgets texts unused for longer than its size allows', () => {
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

  it('keeps at least the last size / 2 texts and never more than size', () => {
    const calls: string[] = [];
    const upper = memoizeByText((text) => {
      calls.push(text);
      return text.toUpperCase();
    }, 8);
    const texts = Array.from({ length: 40 }, (_, i) => `t${i}`);
    for (const t of texts) upper(t);
    calls.length = 0;
    // The last four are remembered whatever the generations' phase.
    for (const t of texts.slice(-4)) upper(t);
    expect(calls).toEqual([]);
    // Of all forty, at most eight were still held.
    for (const t of texts) upper(t);
    expect(40 - new Set(calls).size).toBeLessThanOrEqual(8);
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
