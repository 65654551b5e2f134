import { ChatConnectionError } from './ChatConnectionError.ts';

export type ConnectionState = 'connecting' | 'open' | 'closed' | 'failed';

export interface ConnectionPolicy {
  /** The first connection must open within this (default 5000 ms); 0 waits forever. */
  readonly connectTimeoutMs?: number;
  /** Failed reconnects in a row before the client gives up (default: never gives up, so a running answer resumes). */
  readonly maxRetries?: number;
  readonly onConnectionChange?: (state: ConnectionState) => void;
}

/**
 * Watches each socket tRPC's wsClient opens (through a subclass of the WebSocket class it is given) and
 * decides when connecting has failed for good: calls `fail` once with a ChatConnectionError.
 */
export function trackConnection(
  WebSocketImpl: typeof globalThis.WebSocket,
  url: string,
  policy: ConnectionPolicy,
  fail: (error: ChatConnectionError) => void,
) {
  const connectTimeoutMs = policy.connectTimeoutMs ?? 5000;
  const maxRetries = policy.maxRetries ?? Infinity;
  let failedInARow = 0;
  let openNow = false;
  let lastStatus: number | undefined;
  let failed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const giveUp = (error: ChatConnectionError) => {
    if (failed) return;
    failed = true;
    clearTimeout(timer);
    policy.onConnectionChange?.('failed');
    fail(error);
  };
  const describe = () => (lastStatus === undefined ? '' : ` (the server answered HTTP ${lastStatus})`);

  class TrackedWebSocket extends WebSocketImpl {
    constructor(...args: ConstructorParameters<typeof globalThis.WebSocket>) {
      super(...args);
      if (failed) return;
      policy.onConnectionChange?.('connecting');
      // Set once, for the first socket only: later sockets are reconnects, which maxRetries bounds.
      if (timer === undefined && connectTimeoutMs > 0) {
        timer = setTimeout(
          () => giveUp(new ChatConnectionError('CONNECT_TIMEOUT', url, lastStatus, `Could not connect to ${url} within ${connectTimeoutMs} ms${describe()}`)),
          connectTimeoutMs,
        );
      }
      this.addEventListener('open', () => {
        openNow = true;
        failedInARow = 0;
        lastStatus = undefined;
        clearTimeout(timer);
      });
      // Node's ws reports a refused upgrade as "Unexpected server response: 429"; browsers say nothing.
      this.addEventListener('error', (event) => {
        const message = (event as { message?: unknown }).message;
        const status = typeof message === 'string' ? /Unexpected server response: (\d{3})/.exec(message)?.[1] : undefined;
        if (status) lastStatus = Number(status);
      });
    }
  }

  return {
    WebSocket: TrackedWebSocket as typeof globalThis.WebSocket,
    opened: () => policy.onConnectionChange?.('open'),
    /** Called from wsClient's onClose: one more failure unless the socket had opened. */
    closed: () => {
      const wasOpen = openNow;
      openNow = false;
      if (failed) return;
      policy.onConnectionChange?.('closed');
      if (wasOpen) return;
      failedInARow++;
      if (failedInARow > maxRetries) {
        giveUp(new ChatConnectionError('RETRIES_EXHAUSTED', url, lastStatus, `Gave up connecting to ${url} after ${failedInARow} attempts${describe()}`));
      }
    },
    stop: () => clearTimeout(timer),
  };
}

/**
 * The connection policy over HTTP, where every event stream is its own connection: a subclass of the
 * EventSource class that reports each stream's state (connecting, open, closed while it reconnects),
 * and fails a stream that does not open within `connectTimeoutMs` or whose reconnects fail
 * `maxRetries` times in a row. A failed stream is closed and fires an `error` whose `cause` is the
 * ChatConnectionError, which its subscription then fails with. (EventSource reconnects by itself, with
 * `Last-Event-ID`, so a stream that drops after opening resumes where it was.)
 */
export function trackEventSource<T extends new (url: string, init?: never) => EventSource>(EventSourceImpl: T, url: string, policy: ConnectionPolicy): T {
  const connectTimeoutMs = policy.connectTimeoutMs ?? 5000;
  const maxRetries = policy.maxRetries ?? Infinity;

  class TrackedEventSource extends (EventSourceImpl as new (url: string, init?: never) => EventSource) {
    constructor(...args: [url: string, init?: never]) {
      super(...args);
      let failedInARow = 0;
      let openNow = false;
      let lastStatus: number | undefined;
      let failed = false;
      const describe = () => (lastStatus === undefined ? '' : ` (the server answered HTTP ${lastStatus})`);
      const giveUp = (error: ChatConnectionError, refused = false) => {
        if (failed) return;
        failed = true;
        clearTimeout(timer);
        this.close();
        policy.onConnectionChange?.('failed');
        // `refused`: one answer that was not an event stream (a proxy's 502 while the gateway restarts),
        // not reconnects exhausted; a stream that had already delivered events may be resumed anew.
        this.dispatchEvent(Object.assign(new Event('error'), { cause: error, message: error.message, refused }));
      };
      policy.onConnectionChange?.('connecting');
      const timer =
        connectTimeoutMs > 0
          ? setTimeout(() => giveUp(new ChatConnectionError('CONNECT_TIMEOUT', url, lastStatus, `Could not connect to ${url} within ${connectTimeoutMs} ms${describe()}`)), connectTimeoutMs)
          : undefined;
      this.addEventListener('open', () => {
        openNow = true;
        failedInARow = 0;
        lastStatus = undefined;
        clearTimeout(timer);
        policy.onConnectionChange?.('open');
      });
      this.addEventListener('error', (event) => {
        if (failed) return;
        // The ponyfill says which status refused the stream; browsers say nothing.
        const code = (event as { code?: unknown }).code;
        if (typeof code === 'number') lastStatus = code;
        const wasOpen = openNow;
        openNow = false;
        if (!wasOpen) failedInARow++;
        if (this.readyState === this.CLOSED) {
          // Refused for good (an answer that is not 200 or not an event stream): EventSource does not retry.
          giveUp(new ChatConnectionError('RETRIES_EXHAUSTED', url, lastStatus, `Gave up connecting to ${url} after ${failedInARow} attempts${describe()}`), true);
          return;
        }
        policy.onConnectionChange?.('closed');
        if (failedInARow > maxRetries) {
          giveUp(new ChatConnectionError('RETRIES_EXHAUSTED', url, lastStatus, `Gave up connecting to ${url} after ${failedInARow} attempts${describe()}`));
        } else {
          policy.onConnectionChange?.('connecting');
        }
      });
    }
  }
  return TrackedEventSource as unknown as T;
}
