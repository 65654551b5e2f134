import { Observable } from 'rxjs';
import type { SessionStore, StoredEvent } from './SessionStore.ts';

export interface FollowOptions {
  /** Poll interval for stores that cannot block on new events. */
  readonly pollMs?: number;
  /** How long a Redis follower blocks per read before it checks the owner's lease again. */
  readonly blockMs?: number;
}

/**
 * A turn's events after `afterSeq` from the store: what is logged, then new events as the owner (on
 * this or another instance) appends them, until stream_end. A turn whose owner is gone is closed as
 * interrupted on the way, so a follower never waits forever.
 */
export function followTurnEvents(store: SessionStore, turnId: string, afterSeq: number, opts: FollowOptions = {}): Observable<StoredEvent> {
  const pollMs = opts.pollMs ?? 50;
  const blockMs = opts.blockMs ?? 1000;
  return new Observable<StoredEvent>((subscriber) => {
    const abort = new AbortController();
    const run = async () => {
      let seq = afterSeq;
      while (!abort.signal.aborted) {
        const events = await store.readEvents(turnId, seq);
        for (const stored of events) {
          if (abort.signal.aborted) return;
          subscriber.next(stored);
          seq = stored.seq;
          if (stored.event.type === 'stream_end') return subscriber.complete();
        }
        if (events.length > 0) continue;
        const turn = await store.getTurn(turnId);
        if (!turn) return subscriber.complete(); // deleted meanwhile
        if (turn.status === 'finished') {
          if ((await store.readEvents(turnId, seq)).length > 0) continue;
          // The client is past the logged end: it saw events of an owner that had lost its lease
          // after another instance closed the turn. It still gets the ending the log holds.
          const end = (await store.readEvents(turnId, 0)).at(-1);
          if (end?.event.type === 'stream_end' && end.seq < seq) subscriber.next(end);
          return subscriber.complete();
        }
        if (await store.closeIfAbandoned(turnId)) continue;
        if (store.waitForEvents) await store.waitForEvents(turnId, seq, blockMs, abort.signal);
        else await sleep(pollMs, abort.signal);
      }
    };
    run().catch((cause: unknown) => {
      if (!abort.signal.aborted) subscriber.error(cause);
    });
    return () => abort.abort();
  });
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
