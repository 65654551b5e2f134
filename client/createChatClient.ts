import { TRPCClientError, createTRPCClient, createWSClient, wsLink, type TRPCLink } from '@trpc/client';
import { observable } from '@trpc/server/observable';
import type { inferRouterInputs } from '@trpc/server';
import superjson from 'superjson';
import type { AppRouter } from '../server/trpc/createAppRouter.ts';
import type { ChatEvent } from '../server/protocol/chatEvent.ts';
import type { ChatConnectionError } from './ChatConnectionError.ts';
import { createHttpLinks, type EventSourceClass } from './createHttpLinks.ts';
import { WS_KEEP_ALIVE_DEFAULTS, type KeepAliveOptions } from './KeepAliveOptions.ts';
import { trackConnection, type ConnectionPolicy } from './trackConnection.ts';
import { withPromptClose } from './withPromptClose.ts';

export type ChatStreamRequest = inferRouterInputs<AppRouter>['chat']['stream'];

export interface TurnEvent {
  /** `turnId:seq`; what wsLink sends back as `lastEventId` to resume after a reconnect. */
  readonly id: string;
  readonly event: ChatEvent;
}

export interface ChatClientOptions extends ConnectionPolicy {
  /** `http://host:port`, `ws://host:port` or the full `…/trpc` URL (the scheme is adapted to the transport). */
  readonly url: string;
  /**
   * `ws` (default): one WebSocket for everything (wsLink). `http`: queries and mutations batched over
   * HTTP, `chat.stream` as Server-Sent Events (docs/http-transport.md), for hosts and proxies that pass
   * only HTTP. Over http `connectTimeoutMs` bounds each request and each event stream's opening,
   * `maxRetries` each stream's failed reconnects, and `onConnectionChange` reports event streams.
   */
  readonly transport?: 'ws' | 'http';
  /** ws: tRPC `connectionParams.token`. http: `Authorization: Bearer`, or `?token=` on a browser's event streams. */
  readonly token?: string;
  /** WebSocket class for runtimes without a global one (Node 20: `import { WebSocket } from 'ws'`). */
  readonly WebSocket?: typeof globalThis.WebSocket;
  /** http: the EventSource class; default the global one, else the `eventsource` package (Node 20). */
  readonly EventSource?: EventSourceClass;
  /** ws only: connect on the first call instead of at once, and close after `lazyCloseMs` (default 0) with nothing running. */
  readonly lazy?: boolean;
  readonly lazyCloseMs?: number;
  /**
   * Noticing a connection that went silent without closing, then reconnecting and resuming: ws pings
   * after `intervalMs` of silence and gives the socket up `pongTimeoutMs` later; http reconnects an
   * event stream silent for `inactivityMs` (default: the gateway's advice, from its SSE_PING_MS).
   */
  readonly keepAlive?: KeepAliveOptions;
}

/**
 * A typed client with superjson, over WebSocket (default) or HTTP. Over WebSocket it reconnects with
 * backoff, and wsLink resumes a running subscription from its last event id, so a dropped connection
 * loses no token; if the first connection does not open within `connectTimeoutMs` (5 s), or
 * `maxRetries` reconnects in a row fail, every call fails with a ChatConnectionError instead of
 * waiting forever. Over HTTP an event stream that drops reconnects with `Last-Event-ID` and resumes.
 */
export function createChatClient(opts: ChatClientOptions) {
  return opts.transport === 'http' ? createHttpChatClient(opts) : createWsChatClient(opts);
}

function createHttpChatClient(opts: ChatClientOptions) {
  const trpc = createTRPCClient<AppRouter>({
    links: createHttpLinks({
      url: toTrpcUrl(opts.url, 'http'),
      token: opts.token,
      EventSource: opts.EventSource,
      ...(opts.connectTimeoutMs === undefined ? {} : { connectTimeoutMs: opts.connectTimeoutMs }),
      ...(opts.maxRetries === undefined ? {} : { maxRetries: opts.maxRetries }),
      ...(opts.onConnectionChange === undefined ? {} : { onConnectionChange: opts.onConnectionChange }),
      inactivityMs: opts.keepAlive?.enabled === false ? null : opts.keepAlive?.inactivityMs,
    }),
  });
  const cancel = (turnId: string) => trpc.chat.cancel.mutate({ turnId });
  return {
    trpc,
    transport: 'http' as const,
    /**
     * A turn's events as an async iterable. A closed event stream is a dropped connection to the
     * gateway (the turn would run on), so leaving the loop early or aborting `signal` also sends
     * `chat.cancel`: the user's stop means the same as over WebSocket.
     */
    streamTurn(request: ChatStreamRequest, streamOpts: { signal?: AbortSignal } = {}): AsyncIterable<TurnEvent> {
      return subscriptionToIterable(trpc, request, streamOpts.signal, cancel);
    },
    cancel,
    close() {
      // Nothing to close: each request is its own connection, each stream ends with its loop.
      return Promise.resolve();
    },
  };
}

function createWsChatClient(opts: ChatClientOptions) {
  const WebSocketImpl = opts.WebSocket ?? globalThis.WebSocket;
  if (!WebSocketImpl) throw new Error("No WebSocket implementation: pass { WebSocket } from the 'ws' package on Node 20");
  // Set when the gateway closed the socket for auth (4401/4403): retrying the same credentials would
  // only be refused again, so the client stops and every call fails with UNAUTHORIZED/FORBIDDEN. Also
  // set when connecting failed for good (ChatConnectionError).
  let refused: TRPCClientError<AppRouter> | undefined;
  const closeWaiters = new Set<() => void>();
  // Calls in flight: when connecting fails for good they fail at once, not when wsClient gives up on them.
  const pending = new Set<(error: TRPCClientError<AppRouter>) => void>();
  const url = toTrpcUrl(opts.url, 'ws');
  const keepAlive = { ...WS_KEEP_ALIVE_DEFAULTS, ...opts.keepAlive, enabled: opts.keepAlive?.enabled ?? true };
  const connection = trackConnection(withPromptClose(WebSocketImpl, keepAlive.pongTimeoutMs), url, opts, (error: ChatConnectionError) => {
    refused ??= TRPCClientError.from<AppRouter>(error);
    for (const wake of closeWaiters) wake();
    for (const fail of [...pending]) fail(refused);
    void wsClient.close();
  });
  const wsClient = createWSClient({
    url,
    WebSocket: connection.WebSocket,
    retryDelayMs: (attempt) => Math.min(250 * 2 ** attempt, 10_000),
    keepAlive: { enabled: keepAlive.enabled, intervalMs: keepAlive.intervalMs, pongTimeoutMs: keepAlive.pongTimeoutMs },
    ...(opts.lazy ? { lazy: { enabled: true, closeMs: opts.lazyCloseMs ?? 0 } } : {}),
    ...(opts.token === undefined ? {} : { connectionParams: { token: opts.token } }),
    onOpen: connection.opened,
    onClose: (cause) => {
      const error = authRefusal(cause);
      if (error) {
        refused ??= error;
        void wsClient.close();
      }
      connection.closed();
      for (const wake of closeWaiters) wake();
    },
  });
  const authLink: TRPCLink<AppRouter> = () => ({ next, op }) =>
    observable((observer) => {
      if (refused) {
        observer.error(refused);
        return () => {};
      }
      const failNow = (error: TRPCClientError<AppRouter>) => {
        pending.delete(failNow);
        subscription.unsubscribe();
        observer.error(error);
      };
      pending.add(failNow);
      const subscription = next(op).subscribe({
        next: (value) => observer.next(value),
        error: (error) => {
          const known = refused ?? authRefusal(error);
          if (known || error.data !== undefined) return observer.error(known ?? error);
          // A connection-level failure can reach a request before the socket's close event says why
          // (4401): wait briefly for that event before reporting the bare failure.
          const report = () => {
            closeWaiters.delete(report);
            clearTimeout(timer);
            observer.error(refused ?? error);
          };
          const timer = setTimeout(report, 500);
          closeWaiters.add(report);
        },
        complete: () => (refused ? observer.error(refused) : observer.complete()),
      });
      return () => {
        pending.delete(failNow);
        subscription.unsubscribe();
      };
    });
  const trpc = createTRPCClient<AppRouter>({ links: [authLink, wsLink({ client: wsClient, transformer: superjson })] });

  return {
    trpc,
    transport: 'ws' as const,
    /** A turn's events as an async iterable; leaving the loop early stops the turn (explicit stop). */
    streamTurn(request: ChatStreamRequest, streamOpts: { signal?: AbortSignal } = {}): AsyncIterable<TurnEvent> {
      return subscriptionToIterable(trpc, request, streamOpts.signal);
    },
    cancel(turnId: string) {
      return trpc.chat.cancel.mutate({ turnId });
    },
    close() {
      connection.stop();
      return wsClient.close();
    },
  };
}

export type ChatClient = ReturnType<typeof createChatClient>;

/**
 * The subscription as an async iterable. `stop`, when given, is sent for a turn the caller leaves
 * before its stream_end (over WebSocket the unsubscribe itself is the stop).
 */
async function* subscriptionToIterable(
  trpc: ReturnType<typeof createTRPCClient<AppRouter>>,
  request: ChatStreamRequest,
  signal: AbortSignal | undefined,
  stop?: (turnId: string) => Promise<unknown>,
): AsyncGenerator<TurnEvent> {
  let running: string | undefined;
  const queue: TurnEvent[] = [];
  let finished = false;
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const subscription = trpc.chat.stream.subscribe(request, {
    onData: (tracked) => {
      queue.push({ id: tracked.id, event: tracked.data });
      notify();
    },
    onError: (error) => {
      failure = { error };
      notify();
    },
    onComplete: () => {
      finished = true;
      notify();
    },
  });
  signal?.addEventListener('abort', notify);
  try {
    while (!signal?.aborted) {
      const next = queue.shift();
      if (next) {
        if (next.event.type === 'stream_start') running = next.event.turnId;
        if (next.event.type === 'stream_end') running = undefined;
        yield next;
        if (next.event.type === 'stream_end') return;
        continue;
      }
      if (failure) throw failure.error;
      if (finished) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    signal?.removeEventListener('abort', notify);
    subscription.unsubscribe();
    if (stop && running !== undefined) await stop(running).catch(() => {});
  }
}

const AUTH_CLOSE_CODES: Readonly<Record<number, { code: 'UNAUTHORIZED' | 'FORBIDDEN'; httpStatus: number; rpc: number }>> = {
  4401: { code: 'UNAUTHORIZED', httpStatus: 401, rpc: -32001 },
  4403: { code: 'FORBIDDEN', httpStatus: 403, rpc: -32003 },
};

/** An UNAUTHORIZED/FORBIDDEN client error when `cause` (or what caused it) is a 4401/4403 close. */
function authRefusal(cause: unknown): TRPCClientError<AppRouter> | undefined {
  for (let c = cause, depth = 0; typeof c === 'object' && c !== null && depth < 6; c = (c as { cause?: unknown }).cause, depth++) {
    const code = (c as { code?: unknown }).code;
    const known = typeof code === 'number' ? AUTH_CLOSE_CODES[code] : undefined;
    if (!known) continue;
    const reason = (c as { reason?: unknown }).reason;
    const message = typeof reason === 'string' && reason ? reason : known.code === 'UNAUTHORIZED' ? 'Authentication required' : 'Forbidden';
    return TRPCClientError.from<AppRouter>({ error: { code: known.rpc, message, data: { code: known.code, httpStatus: known.httpStatus } } });
  }
  return undefined;
}

function toTrpcUrl(url: string, transport: 'ws' | 'http'): string {
  const u = new URL(url);
  const secure = u.protocol === 'https:' || u.protocol === 'wss:';
  u.protocol = transport === 'ws' ? (secure ? 'wss:' : 'ws:') : secure ? 'https:' : 'http:';
  if (u.pathname === '/' || u.pathname === '') u.pathname = '/trpc';
  return u.toString();
}
