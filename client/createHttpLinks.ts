import { TRPCClientError, httpBatchLink, httpSubscriptionLink, splitLink, type TRPCLink } from '@trpc/client';
import { observable } from '@trpc/server/observable';
import { EventSource as EventSourcePonyfill } from 'eventsource';
import superjson from 'superjson';
import type { AppRouter } from '../server/trpc/createAppRouter.ts';
import { ChatConnectionError } from './ChatConnectionError.ts';
import { trackEventSource, type ConnectionPolicy } from './trackConnection.ts';

/** What an EventSource class needs to be for tRPC's httpSubscriptionLink (the global one, or a ponyfill). */
export type EventSourceClass = new (url: string, init?: { withCredentials?: boolean; fetch?: typeof fetch }) => EventSource;

export interface HttpLinkOptions extends ConnectionPolicy {
  /** `http(s)://host:port/trpc`. */
  readonly url: string;
  readonly token?: string | undefined;
  /** Default: the global EventSource (browsers), else the `eventsource` package (Node 20). */
  readonly EventSource?: EventSourceClass | undefined;
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
    splitLink({
      condition: (op) => op.type === 'subscription',
      true: httpSubscriptionLink({
        url: subscriptionUrl,
        transformer: superjson,
        EventSource: trackEventSource(EventSourceImpl, opts.url, opts),
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
