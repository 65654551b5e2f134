import type { Observable } from 'rxjs';

/** Where a source's values go: the shape of an RxJS observer, so a Subscriber is one too. */
export interface EventSink<T> {
  next(value: T): void;
  error(cause: unknown): void;
  complete(): void;
}

/**
 * The internal feed: how a stream travels inside the gateway on the per-token path (the answer stage,
 * the turn pipeline, a live turn to the transports). RxJS stays at the plugin and provider edges; named
 * so as not to shadow the DOM's EventSource, which the HTTP transport's clients use. Starts when called
 * and returns its teardown.
 * Values go straight to the sink, where an Observable would pass each one through a Subscriber and a
 * ConsumerObserver per hop. The caller runs the teardown once the source has ended or to stop it.
 */
export type Feed<T> = (sink: EventSink<T>) => () => void;

/** An Observable as a source (for stages that are not on the per-token path). */
export function fromObservable<T>(source$: Observable<T>): Feed<T> {
  return (sink) => {
    const subscription = source$.subscribe(sink);
    return () => subscription.unsubscribe();
  };
}
