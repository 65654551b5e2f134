import superjson from 'superjson';
import type { ChatEvent } from '../../server/protocol/chatEvent.ts';

/** One Server-Sent Event as the wire carries it (tRPC's: `connected`, data, `serialized-error`, `return`). */
export interface SseEvent {
  readonly event: string;
  readonly id: string | undefined;
  readonly data: string;
}

export interface SseTurn {
  readonly status: number;
  readonly headers: Headers;
  /** Every event so far, in order. */
  readonly events: SseEvent[];
  /** The tracked chat events (data events with an id), deserialised. */
  tracked(): { id: string; event: ChatEvent }[];
  waitFor(predicate: (events: SseEvent[]) => boolean): Promise<void>;
  /** Resolves when the server ended the response (or it was aborted). */
  readonly ended: Promise<void>;
  /** Closes the stream from the client side, as a closed tab or EventSource.close() would. */
  close(): void;
}

/**
 * `chat.stream` as a raw SSE request (what httpSubscriptionLink sends, without the client), with a
 * parser of the event stream, so tests see exactly the ids, events and status on the wire.
 */
export async function openSseTurn(
  baseUrl: string,
  opts: { input?: unknown; lastEventId?: string; headers?: Record<string, string>; query?: Record<string, string> },
): Promise<SseTurn> {
  const url = new URL('/trpc/chat.stream', baseUrl);
  if (opts.input !== undefined) url.searchParams.set('input', JSON.stringify(superjson.serialize(opts.input)));
  for (const [k, v] of Object.entries(opts.query ?? {})) url.searchParams.set(k, v);
  const controller = new AbortController();
  const response = await fetch(url, {
    headers: { accept: 'text/event-stream', ...(opts.lastEventId ? { 'last-event-id': opts.lastEventId } : {}), ...opts.headers },
    signal: controller.signal,
  });
  const events: SseEvent[] = [];
  const waiters = new Set<() => void>();
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  const ended = (async () => {
    if (!response.body) return;
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      reader = response.body.getReader();
      for (let read = await reader.read(); !read.done; read = await reader.read()) {
        buffer += decoder.decode(read.value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields = { event: 'message', id: undefined as string | undefined, data: [] as string[] };
          for (const line of block.split('\n')) {
            if (line === '' || line.startsWith(':')) continue;
            const colon = line.indexOf(':');
            const name = colon < 0 ? line : line.slice(0, colon);
            const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
            if (name === 'event') fields.event = value;
            else if (name === 'id') fields.id = value;
            else if (name === 'data') fields.data.push(value);
          }
          if (fields.data.length === 0 && fields.id === undefined && fields.event === 'message') continue;
          events.push({ event: fields.event, id: fields.id, data: fields.data.join('\n') });
          for (const wake of waiters) wake();
        }
      }
    } catch {
      // Aborted by close(): the events so far stay readable.
    }
    for (const wake of waiters) wake();
  })();
  let done = false;
  void ended.then(() => (done = true));
  return {
    status: response.status,
    headers: response.headers,
    events,
    tracked: () =>
      events
        .filter((e) => e.event === 'message' && e.id)
        .map((e) => ({ id: e.id as string, event: superjson.deserialize(JSON.parse(e.data)) as ChatEvent })),
    waitFor: (predicate) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (predicate(events)) {
            waiters.delete(check);
            resolve();
          } else if (done) {
            waiters.delete(check);
            reject(new Error(`The stream ended first: ${JSON.stringify(events.map((e) => e.event))}`));
          }
        };
        waiters.add(check);
        check();
      }),
    ended,
    close: () => {
      controller.abort();
      // An abort can leave undici's pending read unsettled (seen as a stream's body completed): cancel it too.
      void reader?.cancel().catch(() => {});
    },
  };
}
