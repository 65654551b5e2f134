import type { StoredEvent } from '../SessionStore.ts';

interface Waiter {
  resolve(): void;
  reject(cause: unknown): void;
}

interface TurnBatch {
  pending: StoredEvent[];
  waiters: Waiter[];
  timer: NodeJS.Timeout | undefined;
  /** The writes of this turn, one after another (a later batch must not land before an earlier one). */
  chain: Promise<void>;
  lastFlushAt: number;
  ended: boolean;
}

export interface EventBatcher {
  /** Resolves once the events are written (or refused as duplicates), rejects when the write failed. */
  append(turnId: string, events: readonly StoredEvent[]): Promise<void>;
  /** At close: writes whatever is waiting and waits for every write in flight. */
  close(): Promise<void>;
  /** Turns with state here (a test and the bench read it to see nothing is left behind). */
  readonly size: number;
}

const IDLE_FORGET_MS = 60_000;

/** Events written the moment they arrive (with whatever waits before them): nothing urgent waits. */
const URGENT = new Set(['emergency', 'error', 'stream_end']);

/**
 * Collects a turn's events and writes them together, at most once per `flushMs` per turn: an event
 * that arrives when the turn's last write is older than that is written at once (an idle or slow
 * stream gains no delay), and a paced stream's tokens (and the status and agent events before them)
 * wait at most `flushMs` for the next write. An emergency, an error or the stream_end is written at
 * once with what waits before it. Each append's promise settles with its batch's write, and the
 * engine publishes an event only then, so a client still sees nothing that is not in Redis.
 */
export function createEventBatcher(opts: { flushMs: number; write: (turnId: string, events: StoredEvent[]) => Promise<void> }): EventBatcher {
  const turns = new Map<string, TurnBatch>();
  const { flushMs, write } = opts;

  const flush = (turnId: string, t: TurnBatch) => {
    if (t.timer !== undefined) clearTimeout(t.timer);
    t.timer = undefined;
    const events = t.pending;
    const waiters = t.waiters;
    t.pending = [];
    t.waiters = [];
    t.lastFlushAt = performance.now();
    const written = t.chain.then(() => write(turnId, events));
    t.chain = written.then(
      () => {
        for (const w of waiters) w.resolve();
      },
      (cause: unknown) => {
        for (const w of waiters) w.reject(cause);
      },
    );
    if (t.ended) void t.chain.then(() => turns.get(turnId) === t && t.pending.length === 0 && turns.delete(turnId));
  };

  // A turn whose writer never sends an end (its session deleted under it) is forgotten once idle.
  const sweeper = setInterval(() => {
    const now = performance.now();
    for (const [id, t] of turns) if (t.pending.length === 0 && now - t.lastFlushAt > IDLE_FORGET_MS) turns.delete(id);
  }, IDLE_FORGET_MS);
  sweeper.unref();

  return {
    append(turnId, events) {
      if (events.length === 0) return Promise.resolve();
      let t = turns.get(turnId);
      if (!t) {
        t = { pending: [], waiters: [], timer: undefined, chain: Promise.resolve(), lastFlushAt: Number.NEGATIVE_INFINITY, ended: false };
        turns.set(turnId, t);
      }
      // Nothing is stored after a stream_end (Redis would refuse it too).
      if (t.ended) return Promise.resolve();
      let now = false;
      for (const e of events) {
        t.pending.push(e);
        if (!URGENT.has(e.event.type)) continue;
        now = true;
        if (e.event.type === 'stream_end') {
          t.ended = true;
          break;
        }
      }
      const done = new Promise<void>((resolve, reject) => (t.waiters as Waiter[]).push({ resolve, reject }));
      const wait = t.lastFlushAt + flushMs - performance.now();
      if (now || wait <= 0) flush(turnId, t);
      else if (t.timer === undefined) {
        const batch = t;
        batch.timer = setTimeout(() => flush(turnId, batch), wait);
      }
      return done;
    },
    async close() {
      const chains: Promise<void>[] = [];
      for (const [id, t] of turns) {
        if (t.pending.length > 0) flush(id, t);
        chains.push(t.chain);
      }
      await Promise.all(chains);
      clearInterval(sweeper);
    },
    get size() {
      return turns.size;
    },
  };
}
