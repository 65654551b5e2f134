import type { IncomingMessage } from 'node:http';
import { TRPCError, type AnyProcedure, type AnyRouter } from '@trpc/server';
import { nodeHTTPRequestHandler } from '@trpc/server/adapters/node-http';
import type { Authenticator, Credentials } from '../auth/Authenticator.ts';
import type { Logger } from '../logging/createLogger.ts';
import { checkNewConnectionRate } from '../security/checkNewConnectionRate.ts';
import { createConcurrencyLimiter, type ConcurrencyLimiter } from '../security/createConcurrencyLimiter.ts';
import type { TakeResult } from '../security/LimitCounters.ts';
import type { RequestLimits } from '../security/createRequestLimits.ts';
import { scheduleExpiry } from '../security/scheduleExpiry.ts';
import type { AppRouter } from '../trpc/createAppRouter.ts';
import { watchResponseStall } from '../reliability/watchResponseStall.ts';
import { applySsePing } from '../trpc/applySsePing.ts';
import { createRequestChannel } from '../trpc/createRequestChannel.ts';
import type { TrpcContext } from '../trpc/trpc.ts';
import { pathOf, sendJson, type HttpRoute } from './handleHttpRequest.ts';

export const TRPC_HTTP_PATH = '/trpc';

export interface TrpcHttpRouteOptions {
  readonly router: AppRouter;
  readonly authenticator: Authenticator;
  readonly limits: RequestLimits;
  readonly checkOrigin: (origin: string | undefined) => boolean;
  /** The client's address for per-IP limits (TRUSTED_PROXIES applied). */
  readonly clientAddress: (req: IncomingMessage) => string;
  /** MAX_CONNECTIONS_PER_IP, the limiter WebSocket upgrades hold a slot of: an open event stream holds one too. */
  readonly connectionsPerIp: ConcurrencyLimiter;
  /** UPGRADES_PER_MINUTE_IP's budget, which upgrades draw on: each new event stream (a reconnect too) takes one. */
  readonly upgradeRate: (ip: string) => Promise<TakeResult>;
  readonly maxBatchSize: number;
  readonly maxBodyBytes: number;
  readonly maxSubscriptions: number;
  /** WS_STALL_TIMEOUT_MS: an event stream whose reader drains nothing for this long is ended. */
  readonly stallTimeoutMs: number;
  /** SSE_PING_MS: an idle event stream gets a ping this often; 0 never. */
  readonly ssePingMs: number;
  readonly isDraining: () => boolean;
  readonly onRefused?: (scope: string) => void;
  readonly logger: Logger;
}

/**
 * The app router over plain HTTP at `/trpc/*` (tRPC's node-http adapter): queries and mutations, batched
 * (httpBatchLink), and `chat.stream` as Server-Sent Events (httpSubscriptionLink) with the same tracked
 * ids as over WebSocket, resumed by `Last-Event-ID`. Each request is a connection for the limits: it is
 * counted with `limits.connection(user, address)` as a socket's requests are, against the same per-user
 * (or, without auth, per-address) budgets. Credentials: `Authorization: Bearer`, else `?token=` (for
 * browsers' EventSource, which cannot send headers), the rule WebSocket upgrades follow.
 */
export function createTrpcHttpRoute(opts: TrpcHttpRouteOptions): HttpRoute {
  const { logger } = opts;
  const knownProcedures = new Set(Object.keys(opts.router._def.procedures));
  const subscriptions = new Set(Object.entries((opts.router as AnyRouter)._def.procedures as Record<string, AnyProcedure>).filter(([, p]) => p._def.type === 'subscription').map(([name]) => name));
  const router = applySsePing(opts.router, opts.ssePingMs);
  return async (req, res) => {
    const path = pathOf(req);
    if (path !== TRPC_HTTP_PATH && !path.startsWith(`${TRPC_HTTP_PATH}/`)) return false;
    // CORS is for reading answers; this refuses the work itself, as upgrades are refused, so a foreign
    // page cannot start turns (a simple GET, like an EventSource's, has no preflight).
    if (!opts.checkOrigin(req.headers.origin)) {
      opts.onRefused?.('origin');
      sendJson(res, 403, { error: 'forbidden', message: 'This origin is not allowed' });
      return true;
    }
    const procedurePath = decodeURIComponent(path.slice(TRPC_HTTP_PATH.length + 1));
    // An event stream stays open as a socket does, so it holds one of its address's connections until
    // it closes, however it closes (a finished turn, a client gone, a dropped network).
    if (subscriptions.has(procedurePath)) {
      const ip = opts.clientAddress(req);
      // Opening streams is what opening sockets is, so a flood of either is bounded alike, before any work.
      const tooMany = await checkNewConnectionRate(opts.upgradeRate, ip);
      if (tooMany) {
        opts.onRefused?.('upgrades_ip');
        sendJson(res, tooMany.status, { error: tooMany.error, message: tooMany.message }, { 'retry-after': String(tooMany.retryAfterSeconds) });
        return true;
      }
      const release = opts.connectionsPerIp.tryAcquire(ip);
      if (!release) {
        opts.onRefused?.('connections_ip');
        sendJson(res, 429, { error: 'rate_limited', message: 'Too many connections from this address' });
        return true;
      }
      res.once('close', release);
      watchResponseStall(res, { stallTimeoutMs: opts.stallTimeoutMs, onStall: () => logger.warn({ transport: 'sse' }, 'reader stalled; event stream ended') });
    }
    await nodeHTTPRequestHandler({
      req,
      res,
      router,
      path: procedurePath,
      allowBatching: true,
      maxBatchSize: opts.maxBatchSize,
      maxBodySize: opts.maxBodyBytes,
      createContext: async (): Promise<TrpcContext> => {
        // Refused like an upgrade while draining; SERVICE_UNAVAILABLE makes an event stream reconnect
        // (to another instance behind the balancer, or this one once it is back) and resume.
        if (opts.isDraining()) throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: 'This server is shutting down; connect again' });
        const { userId, expiresAt } = await authenticate(opts, req);
        // An event stream outlives a request: it ends when its credentials expire, as a socket is
        // closed, and the reconnect with the same token is refused.
        res.once('close', scheduleExpiry(expiresAt, () => res.destroy()));
        const subscriptions = createConcurrencyLimiter(opts.maxSubscriptions);
        return {
          userId,
          limits: opts.limits.connection(userId, opts.clientAddress(req)),
          openSubscription: () => subscriptions.tryAcquire(''),
          channel: createRequestChannel(),
          isDraining: opts.isDraining,
        };
      },
      onError: ({ error, type, path: procedurePath }) => {
        // As over WebSocket: the input is health data and never logged, nor a path the client made up.
        const procedure = procedurePath !== undefined && knownProcedures.has(procedurePath) ? procedurePath : 'unknown';
        if (error.code === 'INTERNAL_SERVER_ERROR') logger.error({ code: error.code, type, procedure, err: error.cause }, 'trpc http error');
        else logger.debug({ code: error.code, type, procedure }, 'trpc http refusal');
      },
    });
    return true;
  };
}

async function authenticate(opts: TrpcHttpRouteOptions, req: IncomingMessage): Promise<{ userId: string | undefined; expiresAt: number | undefined }> {
  if (!opts.authenticator.required) return { userId: undefined, expiresAt: undefined };
  const auth = await opts.authenticator.authenticate(readHttpCredentials(req)).catch(() => ({ ok: false, reason: 'invalid' }) as const);
  if (auth.ok) return { userId: auth.userId, expiresAt: auth.expiresAt };
  opts.onRefused?.('auth');
  throw new TRPCError({ code: 'UNAUTHORIZED', message: auth.reason === 'missing' ? 'Authentication required' : 'Invalid credentials' });
}

/** `Authorization: Bearer <token>`, else `?token=<token>`: the header wins, as at the upgrade. */
export function readHttpCredentials(req: IncomingMessage): Credentials {
  const { authorization } = req.headers;
  if (authorization !== undefined) return { authorization };
  const token = new URL(req.url ?? '/', 'http://localhost').searchParams.get('token');
  return token ? { connectionToken: token } : {};
}
