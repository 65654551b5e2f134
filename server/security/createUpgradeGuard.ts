import type { IncomingMessage } from 'node:http';
import type { Authenticator } from '../auth/Authenticator.ts';
import type { ConcurrencyLimiter } from './createConcurrencyLimiter.ts';
import { readUpgradeCredentials } from './readUpgradeCredentials.ts';
import type { UpgradeIdentity } from './UpgradeIdentity.ts';

export type UpgradeTarget =
  | { readonly endpoint: 'trpc' }
  /** `pathUserId`: the well-formed `{user_id}` of the path, which the credentials must name. */
  | { readonly endpoint: 'compat'; readonly pathUserId: string | undefined };

export type UpgradeDecision =
  | { readonly ok: true; readonly identity: UpgradeIdentity; readonly release: () => void }
  | { readonly ok: false; readonly status: 401 | 403 | 429; readonly error: string; readonly message: string };

export interface UpgradeGuardOptions {
  readonly authenticator: Authenticator;
  readonly checkOrigin: (origin: string | undefined) => boolean;
  /** Open sockets per IP address. */
  readonly connectionsPerIp: ConcurrencyLimiter;
  /** The client's address (the proxy's report when the peer is a trusted proxy). */
  readonly clientAddress: (req: IncomingMessage) => string;
  readonly onRefused?: (scope: string) => void;
}

/**
 * Everything decided before a WebSocket opens, cheapest first: the Origin (403), the per-IP socket
 * cap (429), then credentials (401, or 403 for another user's `{user_id}`). A refused client never
 * gets a socket, so it costs no frame parsing and reaches no engine code. The exception is refused
 * credentials on /trpc: see UpgradeIdentity.authRefusal.
 */
export function createUpgradeGuard(opts: UpgradeGuardOptions) {
  const { authenticator } = opts;
  const refuse = (status: 401 | 403 | 429, error: string, message: string, scope: string): UpgradeDecision => {
    opts.onRefused?.(scope);
    return { ok: false, status, error, message };
  };

  return async (req: IncomingMessage, target: UpgradeTarget): Promise<UpgradeDecision> => {
    const origin = req.headers.origin;
    if (!opts.checkOrigin(origin)) return refuse(403, 'forbidden', 'This origin is not allowed', 'origin');
    const ip = opts.clientAddress(req);
    const release = opts.connectionsPerIp.tryAcquire(ip);
    if (!release) return refuse(429, 'rate_limited', 'Too many connections from this address', 'connections_ip');

    const decided = await (async (): Promise<UpgradeDecision> => {
      const credentials = readUpgradeCredentials(req);
      if (!authenticator.required) return { ok: true, identity: { ip, userId: undefined, expiresAt: undefined, pendingAuth: false }, release };
      const presented = credentials.authorization !== undefined || credentials.connectionToken !== undefined;
      // tRPC's wsLink sends connectionParams as the first message when the URL says so; the deadline
      // for it runs from the open (see createTrpcAuthDeadline).
      if (!presented && target.endpoint === 'trpc' && new URL(req.url ?? '/', 'http://localhost').searchParams.get('connectionParams') === '1') {
        return { ok: true, identity: { ip, userId: undefined, expiresAt: undefined, pendingAuth: true }, release };
      }
      const auth = await authenticator.authenticate(credentials);
      if (!auth.ok) {
        const message = auth.reason === 'missing' ? 'Authentication required' : 'Invalid credentials';
        if (target.endpoint === 'compat') return refuse(401, 'unauthorized', message, 'auth');
        opts.onRefused?.('auth');
        return { ok: true, identity: { ip, userId: undefined, expiresAt: undefined, pendingAuth: false, authRefusal: message }, release };
      }
      if (target.endpoint === 'compat' && target.pathUserId !== undefined && target.pathUserId !== auth.userId) {
        return refuse(403, 'forbidden', 'These credentials are for another user', 'auth_user');
      }
      return { ok: true, identity: { ip, userId: auth.userId, expiresAt: auth.expiresAt, pendingAuth: false }, release };
    })().catch(() => refuse(401, 'unauthorized', 'Invalid credentials', 'auth'));
    if (!decided.ok) release();
    return decided;
  };
}

export type UpgradeGuard = ReturnType<typeof createUpgradeGuard>;
