import { expect } from 'vitest';
import type { ChatEvent } from '../../server/protocol/chatEvent.ts';
import { textOf } from './rawTurnStream.ts';

/**
 * What a client that lived through a reconnect must hold: the whole answer, every event once and in
 * order (ids strictly increasing; merged tokens may skip a seq), one stream_start, a normal end.
 * Returns the turn's stream_start.
 */
export function expectWholeTurn(events: readonly { id: string; event: ChatEvent }[], answer: string): Extract<ChatEvent, { type: 'stream_start' }> {
  expect(textOf(events)).toBe(answer);
  const seqs = events.map((e) => Number(e.id.split(':')[1]));
  for (let i = 1; i < seqs.length; i++) expect(seqs[i]).toBeGreaterThan(seqs[i - 1] as number);
  expect(events.filter((e) => e.event.type === 'stream_start')).toHaveLength(1);
  expect(events.at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
  const start = events[0]?.event;
  if (start?.type !== 'stream_start') throw new Error('no stream_start');
  return start;
}
