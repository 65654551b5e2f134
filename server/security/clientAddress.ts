import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { parseTrustedProxies } from './parseTrustedProxies.ts';

/**
 * The client's address for per-IP limits. Behind a reverse proxy every socket comes from the proxy,
 * so when the peer is one of TRUSTED_PROXIES (addresses or CIDR ranges) the address the proxy reports is used instead:
 * `X-Real-IP` (what the guide's nginx block sets), else the last `X-Forwarded-For` entry (the one the
 * trusted proxy appended). Headers from anyone else are ignored: they are trivially forged.
 */
export function createClientAddress(trustedProxies: readonly string[]) {
  const trusted = parseTrustedProxies(trustedProxies);
  return (req: IncomingMessage): string => {
    const peer = normalize(req.socket.remoteAddress ?? 'unknown');
    if (!isTrusted(trusted, peer)) return peer;
    const realIp = header(req, 'x-real-ip')?.trim();
    if (realIp && isIP(realIp)) return normalize(realIp);
    const forwarded = header(req, 'x-forwarded-for')?.split(',').at(-1)?.trim();
    return forwarded && isIP(forwarded) ? normalize(forwarded) : peer;
  };
}

function isTrusted(trusted: ReturnType<typeof parseTrustedProxies>, peer: string): boolean {
  const family = isIP(peer);
  return family !== 0 && trusted.check(peer, family === 4 ? 'ipv4' : 'ipv6');
}

/** `::ffff:127.0.0.1` and `127.0.0.1` are the same client. */
function normalize(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.at(-1) : value;
}
