const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Which `Origin` headers may open a WebSocket or read an HTTP route (CORS does not cover WebSockets,
 * so this runs at the upgrade). A request without `Origin` is not from a browser page and is always
 * allowed: Origin protects users' browsers from other sites, it is not authentication.
 * - ALLOWED_ORIGINS unset: only loopback pages (http(s)://localhost, 127.x, [::1], any port), for
 *   development.
 * - set: exactly the listed origins (scheme://host[:port]); `*` allows all, only when written.
 * An Origin that is not a well-formed serialised origin (`null`, or http(s)://host[:port] in printable
 * ASCII, as browsers send it) is refused in every mode: an allowed Origin is echoed in CORS headers, and
 * `*` must not turn the gateway into a mirror for arbitrary bytes.
 */
export function createOriginCheck(allowedOrigins: string | undefined): (origin: string | undefined) => boolean {
  if (allowedOrigins === undefined) return (origin) => origin === undefined || (isWellFormed(origin) && isLoopback(origin));
  const listed = allowedOrigins.split(',').map((o) => o.trim()).filter(Boolean);
  if (listed.includes('*')) return (origin) => origin === undefined || isWellFormed(origin);
  const allowed = new Set(listed.map(normalize));
  return (origin) => origin === undefined || (isWellFormed(origin) && allowed.has(normalize(origin)));
}

const SERIALISED_ORIGIN = /^(?:https?):\/\/[A-Za-z0-9.-]+(?::\d{1,5})?$|^(?:https?):\/\/\[[0-9A-Fa-f:.]+\](?::\d{1,5})?$/;

function isWellFormed(origin: string): boolean {
  if (origin === 'null') return true;
  if (origin.length > 256 || !SERIALISED_ORIGIN.test(origin)) return false;
  try {
    return new URL(origin).origin === origin.toLowerCase();
  } catch {
    return false;
  }
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
