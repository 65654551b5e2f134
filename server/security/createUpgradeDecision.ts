import type { Authenticator, Credentials } from '../auth/Authenticator.ts';
import { checkNewConnectionRate } from './checkNewConnectionRate.ts';
import type { ConcurrencyLimiter } from './createConcurrencyLimiter.ts';
import type { TakeResult } from './LimitCounters.ts';
import type { UpgradeIdentity } from './UpgradeIdentity.ts';

export type UpgradeTarget =
  | { readonly endpoint: 'trpc' }
  /** `pathUserId`: the well-formed `{user_id}` of the path, which the credentials must name. */
  | { readonly endpoint: 'compat'; readonly pathUserId: string | undefined };

export type UpgradeDecision =
  | { readonly ok: true; readonly identity: UpgradeIdentity; readonly release: () => void }
  | { readonly ok: false; readonly status: 401 | 403 | 429; readonly error: string; readonly message: string };

/** What an upgrade (or a check of one) presents, read from the request by its caller. */
export interface UpgradeAttempt {
  readonly origin: string | undefined;
  /** The client's address (the proxy's report when the peer is a trusted proxy). */
  readonly ip: string;
  readonly credentials: Credentials;
  /** tRPC's `?connectionParams=1`: the token follows as the first message. */
  readonly connectionParams: boolean;
}

export interface UpgradeDecisionOptions {
  readonly authenticator: Authenticator;
  readonly checkOrigin: (origin: string | undefined) => boolean;
  /** Open sockets per IP address. */
  readonly connectionsPerIp: ConcurrencyLimiter;
  /** New sockets per address and minute (real upgrades only, not checks; see checkNewConnectionRate). */
  readonly upgradeRate?: (ip: string) => Promise<TakeResult>;
  readonly onRefused?: (scope: string) => void;
}

/**
 * The one decision taken before a WebSocket opens, cheapest first: the Origin (403), the per-IP rate of
 * new sockets and the per-IP socket cap (429), then credentials (401, or 403 for another user's `{user_id}`). `hold` takes a per-IP slot
 * for the socket about to open (released by the caller); `peek` only asks whether one is free, for
 * GET /api/v1/ws/check, which opens no socket and is not counted as one (nor its refusals as refused
 * upgrades).
 */
export function createUpgradeDecision(opts: UpgradeDecisionOptions) {
  const { authenticator } = opts;
  return async (attempt: UpgradeAttempt, target: UpgradeTarget, slot: 'hold' | 'peek'): Promise<UpgradeDecision> => {
    const refuse = (status: 401 | 403 | 429, error: string, message: string, scope: string): UpgradeDecision => {
      if (slot === 'hold') opts.onRefused?.(scope);
      return { ok: false, status, error, message };
    };
    const { ip } = attempt;
    if (!opts.checkOrigin(attempt.origin)) return refuse(403, 'forbidden', 'This origin is not allowed', 'origin');
    if (slot === 'hold' && opts.upgradeRate) {
      const tooMany = await checkNewConnectionRate(opts.upgradeRate, ip);
      if (tooMany) return refuse(tooMany.status, tooMany.error, tooMany.message, 'upgrades_ip');
    }
    const held = opts.connectionsPerIp.tryAcquire(ip);
    if (!held) return refuse(429, 'rate_limited', 'Too many connections from this address', 'connections_ip');
    if (slot === 'peek') held();
    const release = slot === 'peek' ? () => {} : held;

    const decided = await (async (): Promise<UpgradeDecision> => {
      if (!authenticator.required) return { ok: true, identity: { ip, userId: undefined, expiresAt: undefined, pendingAuth: false }, release };
      const { credentials } = attempt;
      const presented = credentials.authorization !== undefined || credentials.connectionToken !== undefined;
      // tRPC's wsLink sends connectionParams as the first message when the URL says so; the deadline
      // for it runs from the open (see createTrpcAuthDeadline).
      if (!presented && target.endpoint === 'trpc' && attempt.connectionParams) {
        return { ok: true, identity: { ip, userId: undefined, expiresAt: undefined, pendingAuth: true }, release };
      }
      const auth = await authenticator.authenticate(credentials);
      if (!auth.ok) {
        const message = auth.reason === 'missing' ? 'Authentication required' : 'Invalid credentials';
        if (target.endpoint === 'compat') return refuse(401, 'unauthorized', message, 'auth');
        if (slot === 'hold') opts.onRefused?.('auth');
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

export type UpgradeDecider = ReturnType<typeof createUpgradeDecision>;
