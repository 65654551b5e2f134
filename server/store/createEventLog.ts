import type { ChatEvent } from '../protocol/chatEvent.ts';
import type { StoredEvent } from './SessionStore.ts';

/** Consecutive token events (same agent, consecutive seqs) kept as code units in typed arrays, not as objects. */
interface TokenRun {
  readonly kind: 'tokens';
  /** Index in the log of the run's first token. */
  readonly start: number;
  readonly firstSeq: number;
  readonly agent: string | undefined;
  count: number;
  /** The tokens' text, UTF-16 code units back to back. */
  text: Uint16Array;
  /** Where each token ends in `text`, in code units. */
  ends: Uint32Array;
}

interface Single {
  readonly kind: 'event';
  readonly start: number;
  readonly stored: StoredEvent;
}

/** A turn's numbered events, in order, as appended. */
export interface EventLog {
  readonly length: number;
  /** Seq of the last event; 0 when empty. */
  readonly lastSeq: number;
  /** Type of the last event (read without rebuilding it). */
  readonly lastType: ChatEvent['type'] | undefined;
  append(stored: StoredEvent): void;
  at(index: number): StoredEvent | undefined;
  /** The events with seq greater than `afterSeq`. */
  after(afterSeq: number): StoredEvent[];
}

const grown = <T extends Uint16Array | Uint32Array>(old: T, needed: number, make: (size: number) => T): T => {
  const next = make(Math.max(needed, old.length * 2));
  next.set(old);
  return next;
};

/** Code units back to a string, in slices (an argument list has a length limit). */
function decode(units: Uint16Array): string {
  let out = '';
  for (let i = 0; i < units.length; i += 4096) out += String.fromCharCode(...units.subarray(i, i + 4096));
  return out;
}

/**
 * An append-only event log that keeps runs of tokens packed outside the JS heap: a run's text is one
 * typed array of UTF-16 code units and its token boundaries another, instead of an event object, a
 * wrapper and a string per token. Finished turns stay in memory for replay (and for good in the memory
 * store); each live object there is work for every major GC, whose pauses decide the p99 of a
 * long-running gateway, and a token string kept for a second would be copied into the old generation
 * first. Events read back are equal to the ones appended, not the same objects.
 */
export function createEventLog(): EventLog {
  const slots: (TokenRun | Single)[] = [];
  let length = 0;
  let lastSeq = 0;
  let lastType: ChatEvent['type'] | undefined;

  // Where the run's token k starts: where the one before it ends.
  const startOf = (run: TokenRun, k: number) => (k === 0 ? 0 : (run.ends[k - 1] as number));
  const tokenAt = (run: TokenRun, k: number): StoredEvent => {
    const from = startOf(run, k);
    const content = decode(run.text.subarray(from, run.ends[k] as number));
    const event: ChatEvent = run.agent === undefined ? { type: 'token', content } : { type: 'token', content, agent: run.agent };
    return { seq: run.firstSeq + k, event };
  };
  // Copied a code unit at a time: a typed-array store per character costs a fraction of Buffer#write's
  // call into C++, and every token passes here twice (live turn and memory store).
  const appendToken = (run: TokenRun, content: string) => {
    const from = startOf(run, run.count);
    const to = from + content.length;
    if (to > run.text.length) run.text = grown(run.text, to, (size) => new Uint16Array(size));
    const text = run.text;
    for (let i = 0; i < content.length; i++) text[from + i] = content.charCodeAt(i);
    if (run.count === run.ends.length) run.ends = grown(run.ends, run.count + 1, (size) => new Uint32Array(size));
    run.ends[run.count++] = to;
  };

  return {
    get length() {
      return length;
    },
    get lastSeq() {
      return lastSeq;
    },
    get lastType() {
      return lastType;
    },
    append(stored) {
      const { event, seq } = stored;
      // A token is rebuilt as { type, content } plus `agent` when it has one (an `agent: undefined` key
      // is not kept: the event schema has no such value and its JSON is the same).
      const packable = event.type === 'token';
      const last = slots[slots.length - 1];
      if (packable && last?.kind === 'tokens' && last.agent === event.agent && seq === lastSeq + 1) appendToken(last, event.content);
      else if (packable) {
        const run: TokenRun = { kind: 'tokens', start: length, firstSeq: seq, agent: event.agent, count: 0, text: new Uint16Array(512), ends: new Uint32Array(128) };
        appendToken(run, event.content);
        slots.push(run);
      } else slots.push({ kind: 'event', start: length, stored });
      length++;
      lastSeq = seq;
      lastType = event.type;
    },
    at(index) {
      if (!Number.isInteger(index) || index < 0 || index >= length) return undefined;
      // The last slot whose start is at or before index.
      let lo = 0;
      let hi = slots.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((slots[mid] as TokenRun | Single).start <= index) lo = mid;
        else hi = mid - 1;
      }
      const slot = slots[lo] as TokenRun | Single;
      return slot.kind === 'event' ? slot.stored : tokenAt(slot, index - slot.start);
    },
    after(afterSeq) {
      const out: StoredEvent[] = [];
      for (const slot of slots) {
        if (slot.kind === 'event') {
          if (slot.stored.seq > afterSeq) out.push(slot.stored);
          continue;
        }
        for (let k = Math.max(0, afterSeq - slot.firstSeq + 1); k < slot.count; k++) out.push(tokenAt(slot, k));
      }
      return out;
    },
  };
}
