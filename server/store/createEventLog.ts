import type { ChatEvent } from '../protocol/chatEvent.ts';
import type { StoredEvent } from '../protocol/storedEvent.ts';
import { createTextBuffer, type TextBuffer } from './createTextBuffer.ts';

/** Consecutive token events (same agent, consecutive seqs) kept as code units in typed arrays, not as objects. */
interface TokenRun {
  readonly kind: 'tokens';
  /** Index in the log of the run's first token. */
  readonly start: number;
  readonly firstSeq: number;
  readonly agent: string | undefined;
  count: number;
  /** The tokens' text, back to back. */
  readonly text: TextBuffer;
  /** Where each token ends in `text`, in code units. */
  ends: Uint32Array;
}

interface Single {
  readonly kind: 'event';
  readonly start: number;
  readonly stored: StoredEvent;
}

/**
 * A turn's numbered events, in order, as appended. It holds a turn's rules itself, so whoever appends
 * (a store, a live turn) keeps them: an event whose seq is not past the last one is ignored, and
 * nothing follows a stream_end (a turn closed as interrupted stays closed).
 */
export interface EventLog {
  readonly length: number;
  /** Seq of the last event; 0 when empty. */
  readonly lastSeq: number;
  /** Type of the last event (read without rebuilding it). */
  readonly lastType: ChatEvent['type'] | undefined;
  append(stored: StoredEvent): void;
  at(index: number): StoredEvent | undefined;
  /** The content of its token events, in order: the answer as streamed. */
  text(): string;
  /** The events with seq greater than `afterSeq`. */
  after(afterSeq: number): StoredEvent[];
}

const grown = (old: Uint32Array, needed: number): Uint32Array => {
  const next = new Uint32Array(Math.max(needed, old.length * 2));
  next.set(old);
  return next;
};

/**
 * An append-only event log that keeps runs of tokens packed outside the JS heap: a run's text is one
 * typed array of UTF-16 code units and its token boundaries another, instead of an event object, a
 * wrapper and a string per token. Finished turns stay in memory for replay (and for good in the memory
 * store); each live object there is work for every major GC, whose pauses decide the p99 of a
 * long-running gateway, and a token string kept for a second would be copied into the old generation
 * first. Events read back are equal to the ones appended, not the same objects.
 */
export function createEventLog(): EventLog {
  return new PackedEventLog();
}

// A class, not an object literal with getters, so every log shares one shape (BENCHMARKS.md, the hot path).
class PackedEventLog implements EventLog {
  #slots: (TokenRun | Single)[] = [];
  #length = 0;
  #lastSeq = 0;
  #lastType: ChatEvent['type'] | undefined = undefined;
  // The last slot when it is a run of tokens: the per-token append reads it here, not through #slots.
  #open: TokenRun | undefined = undefined;

  get length(): number {
    return this.#length;
  }

  get lastSeq(): number {
    return this.#lastSeq;
  }

  get lastType(): ChatEvent['type'] | undefined {
    return this.#lastType;
  }

  append(stored: StoredEvent): void {
    const { event, seq } = stored;
    if (seq <= this.#lastSeq || this.#lastType === 'stream_end') return;
    // A token is rebuilt as { type, content } plus `agent` when it has one (an `agent: undefined` key
    // is not kept: the event schema has no such value and its JSON is the same).
    const open = this.#open;
    if (event.type !== 'token') {
      this.#open = undefined;
      this.#slots.push({ kind: 'event', start: this.#length, stored });
    } else if (open !== undefined && open.agent === event.agent && seq === this.#lastSeq + 1) appendToken(open, event.content);
    else {
      const run: TokenRun = { kind: 'tokens', start: this.#length, firstSeq: seq, agent: event.agent, count: 0, text: createTextBuffer(512), ends: new Uint32Array(128) };
      appendToken(run, event.content);
      this.#open = run;
      this.#slots.push(run);
    }
    this.#length++;
    this.#lastSeq = seq;
    this.#lastType = event.type;
  }

  at(index: number): StoredEvent | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.#length) return undefined;
    const slots = this.#slots;
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
  }

  text(): string {
    let out = '';
    for (const slot of this.#slots) if (slot.kind === 'tokens') out += slot.text.toString();
    return out;
  }

  after(afterSeq: number): StoredEvent[] {
    const out: StoredEvent[] = [];
    for (const slot of this.#slots) {
      if (slot.kind === 'event') {
        if (slot.stored.seq > afterSeq) out.push(slot.stored);
        continue;
      }
      for (let k = Math.max(0, afterSeq - slot.firstSeq + 1); k < slot.count; k++) out.push(tokenAt(slot, k));
    }
    return out;
  }
}

// Where the run's token k starts: where the one before it ends.
function startOf(run: TokenRun, k: number): number {
  return k === 0 ? 0 : (run.ends[k - 1] as number);
}

function tokenAt(run: TokenRun, k: number): StoredEvent {
  const content = run.text.slice(startOf(run, k), run.ends[k] as number);
  const event: ChatEvent = run.agent === undefined ? { type: 'token', content } : { type: 'token', content, agent: run.agent };
  return { seq: run.firstSeq + k, event };
}

function appendToken(run: TokenRun, content: string): void {
  run.text.append(content);
  if (run.count === run.ends.length) run.ends = grown(run.ends, run.count + 1);
  run.ends[run.count++] = run.text.length;
}
