const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Which `Origin` headers may open a WebSocket or read an HTTP route (CORS does not cover WebSockets,
 * so this runs at the upgrade). A request without `Origin` is not from a browser page and is always
 * allowed: Origin protects users' browsers from other sites, it is not authentication.
 * - ALLOWED_ORIGINS unset: only loopback pages (http(s)://localhost, 127.x, [::1], any port), for
 *   development.
 * - set: exactly the listed origins (scheme://host[:port]); `*` allows all, only when written.
 */
export function createOriginCheck(allowedOrigins: string | undefined): (origin: string | undefined) => boolean {
  if (allowedOrigins === undefined) return (origin) => origin === undefined || isLoopback(origin);
  const listed = allowedOrigins.split(',').map((o) => o.trim()).filter(Boolean);
  if (listed.includes('*')) return () => true;
  const allowed = new Set(listed.map(normalize));
  return (origin) => origin === undefined || allowed.has(normalize(origin));
}

function normalize(origin: string): string {
  // `null` (sandboxed frames, file:// pages) stays a literal that must be listed as `null`.
  try {
    return origin === 'null' ? 'null' : new URL(origin).origin;
  } catch {
    return `invalid:${origin}`;
  }
}

function isLoopback(origin: string): boolean {
  try {
    const url = new URL(origin);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
    return LOOPBACK_HOSTS.has(url.hostname) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(url.hostname);
  } catch {
    return false;
  }
}
