import type { AnyRouter } from '@trpc/server';

/**
 * The router as served over HTTP, with tRPC's SSE ping: an event stream that has had nothing to send
 * for `pingMs` gets a `ping` event, so proxies and load balancers that close idle responses (often
 * after 60 s) keep a stream that waits for a slow first token or a long tool call. `pingMs` 0 leaves
 * pings off (and advises the client no inactivity timeout). tRPC reads `sse` from the router's root
 * config, which `initTRPC.create` fixes at import time, before the gateway's config is known: so the
 * HTTP route gets a copy with it set, and the WebSocket transport (which has its own heartbeat) keeps
 * the router as it is.
 */
export function applySsePing<TRouter extends AnyRouter>(router: TRouter, pingMs: number): TRouter {
  if (pingMs === 0) return router;
  // Told to the client in the stream's `connected` event: a stream silent this long is dead (a half-open
  // connection), so httpSubscriptionLink reconnects it with Last-Event-ID. A ping missed, plus slack
  // for a busy event loop or a slow network.
  const client = { reconnectAfterInactivityMs: 2 * pingMs + 5000 };
  const _config = { ...router._def._config, sse: { ...router._def._config.sse, ping: { enabled: true, intervalMs: pingMs }, client } };
  return { ...router, _def: { ...router._def, _config } };
}
