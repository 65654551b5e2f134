import { describe, expect, it } from 'vitest';
import { parseSse, type SseEvent } from '../../server/llm/parseSse.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

function parseChunks(chunks: readonly Uint8Array[]): SseEvent[] {
  const parser = parseSse();
  return [...chunks.flatMap((c) => parser.push(c)), ...parser.end()];
}

const STREAM =
  ': a comment\r\n' +
  'event: greeting\r\nid: 7\r\ndata: Hé ☕\r\ndata:  two spaces\r\n\r\n' +
  'data: 😀 中文\r' +
  '\r' +
  'retry: 1500\ndata\n\n' +
  'event: empty\n\n' +
  'data: last\n\n';

const EXPECTED: SseEvent[] = [
  { event: 'greeting', data: 'Hé ☕\n two spaces', id: '7', retry: undefined },
  { event: 'message', data: '😀 中文', id: '7', retry: undefined },
  { event: 'message', data: '', id: '7', retry: 1500 },
  { event: 'message', data: 'last', id: '7', retry: 1500 },
];

describe('parseSse', () => {
  it('parses CRLF, CR and LF line ends, comments, multi-line data, event, id and retry', () => {
    expect(parseChunks([bytes(STREAM)])).toEqual(EXPECTED);
  });

  it('gives the same events for a split at every byte position, including inside UTF-8 characters', () => {
    const all = bytes(STREAM);
    for (let i = 0; i <= all.length; i++) {
      expect(parseChunks([all.subarray(0, i), all.subarray(i)])).toEqual(EXPECTED);
    }
  });

  it('gives the same events when every byte arrives alone', () => {
    const all = bytes(STREAM);
    expect(parseChunks([...all].map((b) => Uint8Array.of(b)))).toEqual(EXPECTED);
  });

  it('drops a leading BOM and discards an event without its closing blank line', () => {
    expect(parseChunks([Uint8Array.of(0xef, 0xbb, 0xbf), bytes('data: a\n\ndata: cut off')])).toEqual([
      { event: 'message', data: 'a', id: '', retry: undefined },
    ]);
  });

  it('ignores an id containing NUL and a non-numeric retry', () => {
    expect(parseChunks([bytes('id: 1\n\nid: a\0b\nretry: soon\ndata: x\n\n')])).toEqual([
      { event: 'message', data: 'x', id: '1', retry: undefined },
    ]);
  });
});
