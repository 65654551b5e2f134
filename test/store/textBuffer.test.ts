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

  it('every slice, short or long, equals String#slice of the same text, surrogate halves at the edges included', () => {
    const text = `a🤒b\ud83d${'é'.repeat(40)}🫀\udc00${'z'.repeat(50)}\u0000"q`;
    const buffer = createTextBuffer(2);
    for (const ch of text.split('')) buffer.append(ch);
    for (let from = -2; from <= text.length + 1; from += 3) {
      for (let to = Math.max(0, from); to <= text.length + 2; to += 5) expect(buffer.slice(from, to)).toBe(text.slice(Math.max(0, from), to));
    }
    expect(buffer.slice(0, -2)).toBe('');
  });

  it('is empty before anything is appended', () => {
    const buffer = createTextBuffer();
    expect([buffer.length, buffer.toString()]).toEqual([0, '']);
  });
});
