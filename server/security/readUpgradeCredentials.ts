import type { IncomingMessage } from 'node:http';
import type { Credentials } from '../auth/Authenticator.ts';

/** The Sec-WebSocket-Protocol entry that carries a token: `bearer.<token>` (browsers cannot set headers). */
export const BEARER_PROTOCOL_PREFIX = 'bearer.';

/**
 * The credentials of an upgrade request, in order of preference: `Authorization: Bearer`, then a
 * `bearer.<token>` Sec-WebSocket-Protocol entry, then `?token=`. The last two exist for browsers,
 * whose WebSocket API cannot send headers; docs/security.md weighs what each one exposes.
 */
export function readUpgradeCredentials(req: IncomingMessage): Credentials {
  const authorization = req.headers.authorization;
  if (authorization !== undefined) return { authorization };
  const offered = (req.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim());
  const fromProtocol = offered.find((p) => p.startsWith(BEARER_PROTOCOL_PREFIX))?.slice(BEARER_PROTOCOL_PREFIX.length);
  if (fromProtocol) return { connectionToken: fromProtocol };
  const fromQuery = new URL(req.url ?? '/', 'http://localhost').searchParams.get('token');
  return fromQuery ? { connectionToken: fromQuery } : {};
}
