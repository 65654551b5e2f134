import type { Feed } from '../protocol/Feed.ts';
import type { StoredEvent } from '../protocol/storedEvent.ts';

/**
 * A resumed turn's events that always end with one `stream_end` or an error. A client that asks for
 * events past the end of a finished turn (a forged or stale `lastEventId`) would otherwise get a
 * completion with nothing in it, and could not tell an ended turn from a broken stream: it gets the
 * turn's stored ending instead (`storedEnd`), or an error when the turn has none.
 */
export function endsWithStreamEnd(events: Feed<StoredEvent>, storedEnd: () => Promise<StoredEvent | undefined>): Feed<StoredEvent> {
  return (sink) => {
    let ended = false;
    let stopped = false;
    const teardown = events({
      next(stored) {
        if (ended) return;
        if (stored.event.type === 'stream_end') ended = true;
        sink.next(stored);
      },
      error(cause) {
        ended = true;
        sink.error(cause);
      },
      complete() {
        if (ended) return sink.complete();
        ended = true;
        storedEnd().then(
          (end) => {
            if (stopped) return;
            if (end?.event.type !== 'stream_end') return sink.error(new Error('the turn has no ending to replay'));
            sink.next(end);
            sink.complete();
          },
          (cause: unknown) => {
            if (!stopped) sink.error(cause);
          },
        );
      },
    });
    return () => {
      stopped = true;
      teardown();
    };
  };
}
