/**
 * How the typed client notices a connection that went silent without closing (a half-open TCP
 * connection behind a NAT, proxy or sleeping network) and reconnects, resuming a running turn from
 * its last event id. On by default.
 */
export interface KeepAliveOptions {
  /** Default true. */
  readonly enabled?: boolean;
  /** ws: after this long without a message from the gateway, send tRPC's `PING` (default 10 000 ms). */
  readonly intervalMs?: number;
  /** ws: no `PONG` within this long and the socket is given up and replaced (default 5 000 ms). */
  readonly pongTimeoutMs?: number;
  /**
   * http: an event stream that has received nothing, not even the gateway's ping (`SSE_PING_MS`), for
   * this long is reconnected with `Last-Event-ID`. Default: what the gateway advertises when the stream
   * opens (2 × SSE_PING_MS + 5 s). Keep it above the gateway's SSE_PING_MS, or idle streams reconnect.
   */
  readonly inactivityMs?: number;
}

export const WS_KEEP_ALIVE_DEFAULTS = { intervalMs: 10_000, pongTimeoutMs: 5_000 } as const;
