import type { IncomingMessage } from 'node:http';
import { TRPCError } from '@trpc/server';
import { WebSocket, type RawData } from 'ws';
import type { Authenticator } from '../auth/Authenticator.ts';
import type { Logger } from '../logging/createLogger.ts';
import { CLOSE_CODES } from './closeCodes.ts';
import { createConcurrencyLimiter } from './createConcurrencyLimiter.ts';
import type { ConnectionLimits, RequestLimits } from './createRequestLimits.ts';
import { scheduleExpiry } from './scheduleExpiry.ts';
import type { UpgradeIdentity } from './UpgradeIdentity.ts';

export interface TrpcConnection {
  readonly userId: string | undefined;
  readonly limits: ConnectionLimits;
  /** A slot for one open subscription, or undefined at MAX_SUBSCRIPTIONS_PER_CONNECTION. */
  readonly openSubscription: () => (() => void) | undefined;
}

interface Pending {
  readonly identity: UpgradeIdentity;
  readonly cancelDeadline: () => void;
}

/**
 * Authentication of tRPC sockets. The upgrade guard has already checked an Authorization header (or
 * a browser's protocol/query token). A socket that came without one (`?connectionParams=1`) must
 * send `connectionParams.token` as its first message within AUTH_CONNECTION_PARAMS_TIMEOUT_MS; a
 * missing, malformed or wrong one closes it with 4401 before any procedure runs. Expiring
 * credentials (JWT) close the socket with 4401 when they expire.
 */
export function createTrpcGate(opts: { authenticator: Authenticator; limits: RequestLimits; maxSubscriptions: number; deadlineMs: number; logger: Logger }) {
  const pending = new WeakMap<IncomingMessage, Pending>();
  const refuse = (ws: WebSocket, reason: string) => {
    opts.logger.debug({ reason }, 'trpc connection refused');
    if (ws.readyState === WebSocket.OPEN || ws.readyState === WebSocket.CONNECTING) ws.close(CLOSE_CODES.unauthorized, reason);
  };

  return {
    /** Called when the socket opens; false when it is refused (closed with 4401) and tRPC must not see it. */
    accept(ws: WebSocket, req: IncomingMessage, identity: UpgradeIdentity): boolean {
      if (identity.authRefusal !== undefined) {
        refuse(ws, identity.authRefusal);
        return false;
      }
      let cancelDeadline = () => {};
      if (identity.pendingAuth) {
        const timer = setTimeout(() => refuse(ws, 'connectionParams.token not received in time'), opts.deadlineMs);
        cancelDeadline = () => clearTimeout(timer);
        ws.once('close', cancelDeadline);
        // Registered before tRPC's listener, so a first message that is not connectionParams with a
        // string token closes the socket before tRPC parses anything else on it.
        ws.once('message', (data: RawData, isBinary: boolean) => {
          if (isBinary || !hasStringToken(data)) refuse(ws, 'the first message must be connectionParams with a token');
        });
      }
      pending.set(req, { identity, cancelDeadline });
      return true;
    },

    /** tRPC's createContext: the connection's user and limits, or a 4401 close. */
    async resolve(req: IncomingMessage, ws: WebSocket, connectionParams: Readonly<Record<string, string | undefined>> | null | undefined): Promise<TrpcConnection> {
      const entry = pending.get(req);
      if (!entry) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Unknown connection' });
      let { userId, expiresAt } = entry.identity;
      if (entry.identity.pendingAuth) {
        const auth = await opts.authenticator.authenticate({ connectionToken: connectionParams?.['token'] });
        entry.cancelDeadline();
        if (!auth.ok) {
          const message = auth.reason === 'missing' ? 'Authentication required' : 'Invalid credentials';
          // After tRPC's error reply (sent in this tick), before its own plain close.
          setImmediate(() => refuse(ws, message));
          throw new TRPCError({ code: 'UNAUTHORIZED', message });
        }
        ({ userId, expiresAt } = auth);
      }
      ws.once('close', scheduleExpiry(expiresAt, () => refuse(ws, 'token expired')));
      const subscriptions = createConcurrencyLimiter(opts.maxSubscriptions);
      return { userId, limits: opts.limits.connection(userId, entry.identity.ip), openSubscription: () => subscriptions.tryAcquire('') };
    },
  };
}

function hasStringToken(data: RawData): boolean {
  try {
    const message: unknown = JSON.parse(data.toString());
    if (typeof message !== 'object' || message === null) return false;
    const { method, data: params } = message as { method?: unknown; data?: unknown };
    if (method !== 'connectionParams' || typeof params !== 'object' || params === null) return false;
    const token = (params as { token?: unknown }).token;
    return typeof token === 'string' && token.length > 0;
  } catch {
    return false;
  }
}
