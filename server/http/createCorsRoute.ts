import type { HttpRoute } from './handleHttpRequest.ts';

/**
 * CORS for the HTTP routes from ALLOWED_ORIGINS (the same check as WebSocket upgrades): an allowed
 * Origin is echoed (never `*` with credentials), preflights are answered here. It never answers a
 * normal request itself; it only adds headers for the routes after it. No credentials mode: tokens
 * travel in `Authorization` (or `?token=`), never in cookies.
 */
export function createCorsRoute(checkOrigin: (origin: string | undefined) => boolean): HttpRoute {
  return (req, res) => {
    const origin = req.headers.origin;
    res.setHeader('Vary', 'Origin');
    const allowed = origin !== undefined && checkOrigin(origin);
    if (allowed) res.setHeader('Access-Control-Allow-Origin', origin);
    if (req.method !== 'OPTIONS') return false;
    if (allowed) {
      // POST: tRPC mutations and batches over HTTP; Last-Event-ID: a fetch-based EventSource resuming.
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Last-Event-ID');
      res.setHeader('Access-Control-Max-Age', '600');
    }
    res.writeHead(allowed ? 204 : 403, { 'content-length': 0 });
    res.end();
    return true;
  };
}
