import type { ClientChannel } from './ClientChannel.ts';

/**
 * The channel of one HTTP request (a query, a mutation, or a subscription as Server-Sent Events).
 * SSE has no unsubscribe message: a stream ends only because the client went away (a closed tab, a
 * dropped network, EventSource.close()), which is a drop, never a stop, so the turn runs on into the
 * store for a resume by Last-Event-ID. Stopping a turn over HTTP is `chat.cancel`.
 * Backpressure needs nothing here: tRPC's node-http adapter waits for the response to drain before
 * it pulls the next event, and the chat router's queue merges tokens meanwhile.
 */
export function createRequestChannel(): ClientChannel {
  return {
    isOpen: () => false,
    drained: () => undefined,
  };
}
