import { TRPCClientError, httpBatchLink, httpSubscriptionLink, splitLink, type TRPCLink } from '@trpc/client';
import { observable, type Unsubscribable } from '@trpc/server/observable';
import { EventSource as EventSourcePonyfill } from 'eventsource';
import superjson from 'superjson';
import type { AppRouter } from '../server/trpc/createAppRouter.ts';
import { ChatConnectionError } from './ChatConnectionError.ts';
import type { EventSourceClass } from './EventSourceClass.ts';
import { trackEventSource, type ConnectionPolicy } from './trackConnection.ts';
import { withInactivityTimeout } from './withInactivityTimeout.ts';

export type { EventSourceClass } from './EventSourceClass.ts';

export interface HttpLinkOptions extends ConnectionPolicy {
  /** `http(s)://host:port/trpc`. */
  readonly url: string;
  readonly token?: string | undefined;
  /** Default: the global EventSource (browsers), else the `eventsource` package (Node 20). */
  readonly EventSource?: EventSourceClass | undefined;
  /** Reconnect an event stream silent this long; `null` never; undefined: as the gateway advises (withInactivityTimeout). */
  readonly inactivityMs?: number | null | undefined;
}

/** The `eventsource` package marks that it takes a `fetch` option, through which it can send headers. */
const SUPPORTS_FETCH = Symbol.for('eventsource.supports-fetch-override');

/**
 * tRPC over plain HTTP: queries and mutations batched (httpBatchLink), subscriptions as Server-Sent
 * Events (httpSubscriptionLink), chosen per operation by splitLink. The token goes in
 * `Authorization: Bearer` wherever the runtime can set headers; a browser's EventSource cannot, so
 * its streams carry it as `?token=`, the gateway's one rule for clients without headers. An event
 * stream that drops reconnects by itself with `Last-Event-ID`, and the gateway resumes the turn.
 */
export function createHttpLinks(opts: HttpLinkOptions): TRPCLink<AppRouter>[] {
  const { token } = opts;
  const EventSourceImpl = opts.EventSource ?? (globalThis.EventSource as EventSourceClass | undefined) ?? (EventSourcePonyfill as unknown as EventSourceClass);
  const takesHeaders = SUPPORTS_FETCH in EventSourceImpl;
  const authorization: Record<string, string> = token === undefined ? {} : { authorization: `Bearer ${token}` };
  const timedFetch = createTimedFetch(opts.url, opts.connectTimeoutMs ?? 5000);

  const subscriptionUrl = () => {
    if (token === undefined || takesHeaders) return opts.url;
    const url = new URL(opts.url);
    url.searchParams.set('token', token);
    return url.toString();
  };
  return [
    connectionErrorLink,
    createResumeLink(opts.maxRetries ?? Infinity),
    splitLink({
      condition: (op) => op.type === 'subscription',
      true: httpSubscriptionLink({
        url: subscriptionUrl,
        transformer: superjson,
        EventSource: trackEventSource(withInactivityTimeout(EventSourceImpl, opts.inactivityMs), opts.url, opts),
        ...(takesHeaders
          ? {
              eventSourceOptions: {
                // Each (re)connect goes through this fetch: the ponyfill's own headers (Accept, Last-Event-ID) plus ours.
                fetch: (input: string | URL | Request, init?: RequestInit) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), ...authorization } }),
              },
            }
          : {}),
      }),
      false: httpBatchLink({ url: opts.url, transformer: superjson, headers: () => authorization, fetch: timedFetch }),
    }),
  ];
}

/**
 * A fetch that fails with CONNECT_TIMEOUT when no response headers arrive within `timeoutMs` (0: no
 * limit). The body may take as long as it takes.
 */
function createTimedFetch(url: string, timeoutMs: number) {
  return async (input: string | URL | Request, init?: { signal?: AbortSignal | null | undefined }): Promise<Response> => {
    const base = init as RequestInit | undefined;
    if (timeoutMs <= 0) return fetch(input, base);
    const controller = new AbortController();
    const outer = init?.signal;
    const forward = () => controller.abort(outer?.reason);
    if (outer?.aborted) forward();
    else outer?.addEventListener('abort', forward, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      return await fetch(input, { ...base, signal: controller.signal });
    } catch (cause) {
      if (timedOut) throw new ChatConnectionError('CONNECT_TIMEOUT', url, undefined, `Could not connect to ${url} within ${timeoutMs} ms`);
      throw cause;
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', forward);
    }
  };
}

/** Errors caused by a ChatConnectionError (a timed-out request, a stream that gave up) carry it as their cause. */
const connectionErrorLink: TRPCLink<AppRouter> = () => ({ next, op }) =>
  observable((observer) =>
    next(op).subscribe({
      next: (value) => observer.next(value),
      error: (error) => {
        const cause = findConnectionError(error);
        observer.error(cause ? TRPCClientError.from<AppRouter>(cause) : error);
      },
      complete: () => observer.complete(),
    }),
  );

function findConnectionError(error: unknown): ChatConnectionError | undefined {
  for (let c = error, depth = 0; typeof c === 'object' && c !== null && depth < 6; c = (c as { cause?: unknown }).cause, depth++) {
    if (c instanceof ChatConnectionError) return c;
  }
  return undefined;
}

/**
 * EventSource reconnects by itself after a network error, but an answer that is not an event stream
 * (a proxy's 502 while the gateway restarts) ends it for good. A subscription that has delivered
 * events is then subscribed again with its last event id, after a backoff, up to `maxRetries` times in
 * a row (any event resets the count), so the answer resumes as it does after a dropped connection.
 * Before its first event a refused stream fails at once: there is nothing to resume and the caller
 * should hear why.
 */
function createResumeLink(maxRetries: number): TRPCLink<AppRouter> {
  return () => ({ next, op }) =>
    observable((observer) => {
      if (op.type !== 'subscription') return next(op).subscribe(observer);
      let lastEventId: string | undefined;
      let failures = 0;
      let current: Unsubscribable | undefined;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const attempt = () => {
        const input = lastEventId === undefined ? op.input : { ...(op.input as object), lastEventId };
        current = next({ ...op, input }).subscribe({
          next: (envelope) => {
            const { result } = envelope;
            if ((result.type === undefined || result.type === 'data') && 'id' in result && typeof result.id === 'string' && result.id) {
              lastEventId = result.id;
              failures = 0;
            }
            observer.next(envelope);
          },
          error: (error) => {
            if (lastEventId === undefined || !wasRefused(error) || ++failures > maxRetries) return observer.error(error);
            timer = setTimeout(attempt, Math.min(250 * 2 ** failures, 10_000));
          },
          complete: () => observer.complete(),
        });
      };
      attempt();
      return () => {
        clearTimeout(timer);
        current?.unsubscribe();
      };
    });
}

function wasRefused(error: unknown): boolean {
  for (let c = error, depth = 0; typeof c === 'object' && c !== null && depth < 6; c = (c as { cause?: unknown }).cause, depth++) {
    if ((c as { refused?: unknown }).refused === true) return true;
  }
  return false;
}
