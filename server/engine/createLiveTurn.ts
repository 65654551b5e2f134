import { type Observable, Subject } from 'rxjs';
import type { ChatEvent } from '../protocol/chatEvent.ts';
import { createEventLog } from '../store/createEventLog.ts';
import type { StoredEvent } from '../store/SessionStore.ts';
import type { EventSink, Feed } from '../protocol/Feed.ts';

const noop = () => {};

export interface LiveTurn {
  readonly id: string;
  readonly sessionId: string;
  readonly userId: string | undefined;
  readonly done: boolean;
  /**
   * Events after `afterSeq`: replayed from memory, then live until stream_end. The replay is
   * synchronous, inside the call; a sink that is an RxJS Subscriber may leave during it (its `closed`).
   */
  follow(afterSeq: number): Feed<StoredEvent>;
  cancel(): void;
  /**
   * The content of its token events so far, in order: the answer as streamed. Events still waiting
   * for their write count too, so `beforePublish` of stream_end reads the whole answer.
   */
  text(): string;
  /** Resolves once stream_end has been published. */
  readonly finished: Promise<void>;
}

/**
 * Runs a turn's pipeline now, independent of any subscriber (a dropped client must not stop it), and
 * keeps its numbered events so late or returning subscribers replay them.
 * `beforePublish` sees each event, in order, as soon as it arrives; when it returns a promise (an
 * awaited store write, storing the answer before stream_end), the event is published once that
 * settles, and later events wait behind it, so subscribers see the order of the pipeline. Writes
 * themselves are not held back: several can be in flight (one group commit for a run of tokens).
 * With no promise, and nothing waiting, an event is published at once: the per-token path.
 */
export function createLiveTurn(opts: {
  id: string;
  sessionId: string;
  userId: string | undefined;
  /** The turn's events; it must end (with stream_end) after `cancel$` emits. */
  pipeline: (cancel$: Observable<unknown>) => Feed<ChatEvent>;
  beforePublish: (event: StoredEvent, turn: LiveTurn) => void | Promise<void>;
  onPublishError: (cause: unknown) => void;
}): LiveTurn {
  // A finished turn whose writes failed stays in memory for replay (createChatEngine), so once it ends
  // it lets go of its hooks, and with them the pipeline's turn state, agent results and history: only the events stay.
  // Closures below use these locals, never `opts`, which would keep all of it reachable.
  // Two variables, not a hooks object: one object fewer read per token (BENCHMARKS.md, the hot path).
  let beforePublish: typeof opts.beforePublish | undefined = opts.beforePublish;
  let onPublishError: typeof opts.onPublishError | undefined = opts.onPublishError;
  const { id, sessionId, userId } = opts;
  const reportError = (cause: unknown) => onPublishError?.(cause);
  // Tokens packed (createEventLog): a finished turn kept for replay costs the GC a few objects, not thousands.
  const events = createEventLog();
  // Subscribers are called directly, not through a Subject and a filter: this is the per-token path.
  // The usual one (a client following its answer) is kept apart from the array of any others.
  let listener: EventSink<StoredEvent> | undefined;
  let listeners: EventSink<StoredEvent>[] = [];
  const cancel$ = new Subject<void>();
  // Events whose write is in flight, in order; each is published once it and all before it are settled.
  const waiting: { readonly stored: StoredEvent; settled: boolean }[] = [];
  // waiting.length, kept where the token path reads it anyway.
  let waitingCount = 0;
  let sourceDone = false;
  let done = false;
  let seq = 0;
  let resolveFinished!: () => void;
  const finished = new Promise<void>((resolve) => (resolveFinished = resolve));

  const publish = (event: StoredEvent) => {
    events.append(event);
    // A listener that unsubscribes (or subscribes) during delivery replaces the array, not this loop's.
    const first = listener;
    const others = listeners;
    first?.next(event);
    for (let i = 0; i < others.length; i++) (others[i] as EventSink<StoredEvent>).next(event);
  };
  const end = () => {
    if (done) return;
    done = true;
    const current = listener ? [listener, ...listeners] : listeners;
    listener = undefined;
    listeners = [];
    for (const sink of current) sink.complete();
    beforePublish = undefined;
    onPublishError = undefined;
    resolveFinished();
  };
  const drain = () => {
    while (waiting[0]?.settled) {
      waitingCount--;
      publish((waiting.shift() as { stored: StoredEvent }).stored);
    }
    if (waitingCount === 0 && sourceDone) end();
  };

  const attach = (afterSeq: number, sink: EventSink<StoredEvent>, stopped: () => boolean): (() => void) => {
    // Replay by index over the live log: an event published while replaying (a subscriber that
    // cancels gets stream_end synchronously) is replayed here too, so nothing falls in between.
    for (let i = 0; i < events.length && !stopped(); i++) {
      const stored = events.at(i) as StoredEvent;
      if (stored.seq > afterSeq) sink.next(stored);
    }
    if (stopped()) return noop;
    if (done) {
      sink.complete();
      return noop;
    }
    if (listener === undefined) listener = sink;
    else listeners = [...listeners, sink];
    return () => {
      if (listener === sink) listener = undefined;
      else listeners = listeners.filter((l) => l !== sink);
    };
  };

  const turn: LiveTurn = {
    id,
    sessionId,
    userId,
    get done() {
      return done;
    },
    finished,
    follow(afterSeq) {
      // A sink that can close (an RxJS Subscriber) may leave during the replay; read only while replaying.
      return (sink) => attach(afterSeq, sink, () => (sink as { closed?: boolean }).closed === true);
    },
    cancel() {
      if (!done) cancel$.next();
    },
    text() {
      let out = events.text();
      for (const { stored } of waiting) if (stored.event.type === 'token') out += stored.event.content;
      return out;
    },
  };

  // Never stopped from here: the pipeline always ends, and ending runs its teardown.
  opts.pipeline(cancel$)({
    next: (event) => {
      const stored = { seq: ++seq, event };
      let pending: void | Promise<void> = undefined;
      try {
        pending = beforePublish?.(stored, turn);
      } catch (cause) {
        reportError(cause);
      }
      if (!(pending instanceof Promise)) {
        if (waitingCount === 0) return publish(stored);
        waitingCount++;
        waiting.push({ stored, settled: true });
        return;
      }
      const entry = { stored, settled: false };
      waitingCount++;
      waiting.push(entry);
      const settle = () => {
        entry.settled = true;
        drain();
      };
      pending.then(settle, (cause: unknown) => {
        reportError(cause);
        settle();
      });
    },
    error: (cause: unknown) => {
      reportError(cause);
      sourceDone = true;
      drain();
    },
    complete: () => {
      sourceDone = true;
      drain();
    },
  });

  return turn;
}
