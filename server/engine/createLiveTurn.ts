import { Observable, Subject, type Subscriber } from 'rxjs';
import type { ChatEvent } from '../protocol/chatEvent.ts';
import type { StoredEvent } from '../store/SessionStore.ts';

export interface LiveTurn {
  readonly id: string;
  readonly sessionId: string;
  readonly userId: string | undefined;
  readonly done: boolean;
  /** Events after `afterSeq`: replayed from memory, then live until stream_end. */
  observe(afterSeq: number): Observable<StoredEvent>;
  cancel(): void;
  /** Resolves once stream_end has been published. */
  readonly finished: Promise<void>;
}

/**
 * Runs a turn's pipeline now, independent of any subscriber (a dropped client must not stop it), and
 * keeps its numbered events so late or returning subscribers replay them.
 * `beforePublish` sees each event before anyone else; when it returns a promise (e.g. storing the
 * answer before stream_end), later events wait for it, so order is kept while the per-token path
 * stays synchronous.
 */
export function createLiveTurn(opts: {
  id: string;
  sessionId: string;
  userId: string | undefined;
  pipeline: (cancel$: Observable<unknown>) => Observable<ChatEvent>;
  beforePublish: (event: StoredEvent) => void | Promise<void>;
  onPublishError: (cause: unknown) => void;
}): LiveTurn {
  const events: StoredEvent[] = [];
  // Subscribers are called directly, not through a Subject and a filter: this is the per-token path.
  let listeners: Subscriber<StoredEvent>[] = [];
  const cancel$ = new Subject<void>();
  const waiting: StoredEvent[] = [];
  let blocked = false;
  let sourceDone = false;
  let done = false;
  let seq = 0;
  let resolveFinished!: () => void;
  const finished = new Promise<void>((resolve) => (resolveFinished = resolve));

  const publish = (event: StoredEvent) => {
    events.push(event);
    // A listener that unsubscribes (or subscribes) during delivery replaces the array, not this loop's.
    const current = listeners;
    for (let i = 0; i < current.length; i++) (current[i] as Subscriber<StoredEvent>).next(event);
  };
  const end = () => {
    if (done) return;
    done = true;
    const current = listeners;
    listeners = [];
    for (const listener of current) listener.complete();
    resolveFinished();
  };
  // beforePublish, then publish now, or once its promise settles (and then what queued meanwhile).
  const handle = (event: StoredEvent) => {
    let pending: void | Promise<void> = undefined;
    try {
      pending = opts.beforePublish(event);
    } catch (cause) {
      opts.onPublishError(cause);
    }
    if (pending instanceof Promise) {
      blocked = true;
      pending
        .catch((cause: unknown) => opts.onPublishError(cause))
        .finally(() => {
          blocked = false;
          publish(event);
          drain();
        });
      return;
    }
    publish(event);
  };
  const drain = () => {
    while (!blocked && waiting.length > 0) handle(waiting.shift() as StoredEvent);
    if (!blocked && sourceDone) end();
  };

  opts.pipeline(cancel$).subscribe({
    next: (event) => {
      const stored = { seq: ++seq, event };
      // The per-token case: nothing waits, so the event skips the queue.
      if (!blocked && waiting.length === 0) return handle(stored);
      waiting.push(stored);
      drain();
    },
    error: (cause: unknown) => {
      opts.onPublishError(cause);
      sourceDone = true;
      drain();
    },
    complete: () => {
      sourceDone = true;
      drain();
    },
  });

  return {
    id: opts.id,
    sessionId: opts.sessionId,
    userId: opts.userId,
    get done() {
      return done;
    },
    finished,
    observe(afterSeq) {
      return new Observable<StoredEvent>((subscriber) => {
        // Replay by index over the live array: an event published while replaying (a subscriber that
        // cancels gets stream_end synchronously) is replayed here too, so nothing falls in between.
        for (let i = 0; i < events.length && !subscriber.closed; i++) {
          const stored = events[i] as StoredEvent;
          if (stored.seq > afterSeq) subscriber.next(stored);
        }
        if (subscriber.closed) return;
        if (done) return subscriber.complete();
        listeners = [...listeners, subscriber];
        return () => {
          listeners = listeners.filter((l) => l !== subscriber);
        };
      });
    },
    cancel() {
      if (!done) cancel$.next();
    },
  };
}
