import type { ChatEvent } from '../../protocol/chatEvent.ts';
import type { StoredEvent } from '../SessionStore.ts';

/**
 * A turn's events are stored a batch per stream entry: entry id `0-<last seq in the batch>`, one field
 * `b` holding `[[seq, event], ...]`. The batch that holds the stream_end gets the largest id a stream
 * can hold, so Redis itself refuses anything appended after the end, and an id at or below the last
 * one (a duplicate) is refused too: an append is one plain XADD, no script.
 */
export const CLOSED_ENTRY_ID = '18446744073709551615-18446744073709551615';

export function batchEntryId(events: readonly StoredEvent[]): string {
  const last = events.at(-1) as StoredEvent;
  return last.event.type === 'stream_end' ? CLOSED_ENTRY_ID : `0-${last.seq}`;
}

export function encodeBatch(events: readonly StoredEvent[]): string {
  let out = '[';
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as StoredEvent;
    out += `${i === 0 ? '' : ','}[${e.seq},${JSON.stringify(e.event)}]`;
  }
  return `${out}]`;
}

/**
 * The events after `afterSeq` in stream order. A batch may repeat a seq an earlier batch holds (an
 * append that overlapped what was stored): the first one stored wins, as with one entry per event.
 */
export function decodeBatches(entries: readonly [id: string, fields: string[]][], afterSeq: number): StoredEvent[] {
  const out: StoredEvent[] = [];
  let last = afterSeq;
  for (const [, fields] of entries) {
    const batch = JSON.parse(fields[1] ?? '[]') as [number, ChatEvent][];
    for (const [seq, event] of batch) {
      if (seq <= last) continue;
      out.push({ seq, event });
      last = seq;
    }
  }
  return out;
}
