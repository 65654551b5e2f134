import type { ChatEvent } from '../protocol/chatEvent.ts';
import type { StoredEvent } from './SessionStore.ts';

/** Tokens per packed chunk. */
const CHUNK = 64;

/** Consecutive token events (same agent, consecutive seqs) kept as text, not as objects. */
interface TokenRun {
  readonly kind: 'tokens';
  /** Index in the log of the run's first token. */
  readonly start: number;
  readonly firstSeq: number;
  readonly agent: string | undefined;
  count: number;
  /** Each full chunk's tokens joined into one flat string (the last may be short once the run ended). */
  readonly chunks: string[];
  /** Per token, where it ends in its chunk (the chunk's previous token's end is where it starts). */
  readonly ends: number[];
  /** The tokens of the chunk being filled. */
  open: string[];
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

/**
 * An append-only event log that keeps runs of tokens packed: a chunk of 64 tokens is one flat string
 * and 64 small integers instead of 64 event objects, their wrappers and their strings. Finished turns
 * stay in memory for replay (and for good in the memory store); each live object there is work for
 * every major GC, whose pauses decide the p99 of a long-running gateway. Events read back are equal
 * to the ones appended, not the same objects.
 */
export function createEventLog(): EventLog {
  const slots: (TokenRun | Single)[] = [];
  let length = 0;
  let lastSeq = 0;
  let lastType: ChatEvent['type'] | undefined;

  const tokenAt = (run: TokenRun, k: number): StoredEvent => {
    const chunk = Math.floor(k / CHUNK);
    const content =
      chunk < run.chunks.length
        ? (run.chunks[chunk] as string).slice(k % CHUNK === 0 ? 0 : (run.ends[k - 1] as number), run.ends[k] as number)
        : (run.open[k % CHUNK] as string);
    const event: ChatEvent = run.agent === undefined ? { type: 'token', content } : { type: 'token', content, agent: run.agent };
    return { seq: run.firstSeq + k, event };
  };
  const slotAt = (slot: TokenRun | Single, index: number): StoredEvent => (slot.kind === 'event' ? slot.stored : tokenAt(slot, index - slot.start));
  // A run ends when anything else follows: its open chunk is joined too, so a finished turn keeps no token strings.
  const seal = (slot: TokenRun | Single | undefined) => {
    if (slot?.kind !== 'tokens' || slot.open.length === 0) return;
    slot.chunks.push(slot.open.join(''));
    slot.open = [];
  };
  const appendToken = (run: TokenRun, content: string) => {
    run.open.push(content);
    run.ends.push((run.open.length === 1 ? 0 : (run.ends[run.ends.length - 1] as number)) + content.length);
    run.count++;
    if (run.open.length === CHUNK) {
      run.chunks.push(run.open.join(''));
      run.open = [];
    }
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
      // Only the exact shape tokenAt rebuilds is packed; anything else is kept as it came.
      const packable = event.type === 'token' && (event.agent !== undefined || !('agent' in event));
      const last = slots[slots.length - 1];
      if (packable && last?.kind === 'tokens' && last.agent === event.agent && seq === lastSeq + 1) appendToken(last, event.content);
      else if (packable) {
        seal(last);
        const run: TokenRun = { kind: 'tokens', start: length, firstSeq: seq, agent: event.agent, count: 0, chunks: [], ends: [], open: [] };
        appendToken(run, event.content);
        slots.push(run);
      } else {
        seal(last);
        slots.push({ kind: 'event', start: length, stored });
      }
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
      return slotAt(slots[lo] as TokenRun | Single, index);
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
