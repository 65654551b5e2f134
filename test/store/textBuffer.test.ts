import { describe, expect, it } from 'vitest';
import { createTextBuffer } from '../../server/store/createTextBuffer.ts';

describe('createTextBuffer', () => {
  it('reads back exactly what was appended, across growth, with lone surrogates and long texts', () => {
    const pieces = ['Rest ', 'and ', '', 'fluids. ', '🤒', '\ud83d', 'x'.repeat(70_000), 'é\u0000end'];
    const buffer = createTextBuffer(4);
    let expected = '';
    for (const piece of pieces) {
      buffer.append(piece);
      expected += piece;
      expect(buffer.length).toBe(expected.length);
    }
    expect(buffer.toString()).toBe(expected);
    expect(buffer.slice(5, 9)).toBe('and ');
    expect(buffer.slice(expected.length - 5, expected.length + 10)).toBe('\u0000end'.padStart(5, 'é'));
    expect(buffer.slice(10, 3)).toBe('');
  });

  it('is empty before anything is appended', () => {
    const buffer = createTextBuffer();
    expect([buffer.length, buffer.toString()]).toEqual([0, '']);
  });
});
