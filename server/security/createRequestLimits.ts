import { createConcurrencyLimiter } from './createConcurrencyLimiter.ts';
import { createKeyedTokenBuckets } from './createKeyedTokenBuckets.ts';
import { createTokenBucket } from './createTokenBucket.ts';
import type { Refusal } from './Refusal.ts';

export interface RequestLimitSettings {
  readonly perMinuteUser: number;
  readonly perMinuteConnection: number;
  readonly turnsUser: number;
  readonly turnsConnection: number;
  readonly onRefused?: (scope: string) => void;
}

export interface ConnectionLimits {
  /** Counts one request against the rate limits; a refusal says when to retry. */
  request(): Refusal | undefined;
  /** A slot for a running turn under the per-connection and per-user caps; `release` when the turn ends. */
  acquireTurn(): { readonly ok: true; readonly release: () => void } | { readonly ok: false; readonly refusal: Refusal };
}

/**
 * Rate limits (token buckets) and concurrent-turn caps per connection and per client, shared by both
 * transports. The client is the authenticated user, or without auth the client's address (behind a
 * trusted proxy, the address it reports): a turn outlives its socket, so reconnecting must not buy a
 * fresh budget, and a user id an anonymous client puts in a path is its own choice, not an identity.
 */
export function createRequestLimits(settings: RequestLimitSettings) {
  const userRates = createKeyedTokenBuckets(settings.perMinuteUser);
  const userTurns = createConcurrencyLimiter(settings.turnsUser);
  const refused = (refusal: Refusal): Refusal => {
    settings.onRefused?.(refusal.scope);
    return refusal;
  };
  const rateRefusal = (scope: string, retryAfterSeconds: number): Refusal =>
    refused({ errorType: 'rate_limited', scope, retryAfterSeconds, message: `Too many requests; try again in ${retryAfterSeconds} s` });

  return {
    /** Limits of one connection: `userId` is the authenticated user (undefined without auth), `ip` the client's address. */
    connection(userId: string | undefined, ip: string): ConnectionLimits {
      const rate = createTokenBucket(settings.perMinuteConnection);
      const turns = createConcurrencyLimiter(settings.turnsConnection);
      const client = userId === undefined ? `ip\u0000${ip}` : `user\u0000${userId}`;
      const scope = userId === undefined ? 'ip' : 'user';
      const request = (): Refusal | undefined => {
        const own = rate.take();
        if (!own.ok) return rateRefusal('rate_connection', own.retryAfterSeconds);
        const user = userRates.take(client);
        return user.ok ? undefined : rateRefusal(`rate_${scope}`, user.retryAfterSeconds);
      };
      return {
        request,
        acquireTurn() {
          const releaseOwn = turns.tryAcquire('');
          if (!releaseOwn) {
            return { ok: false, refusal: refused({ errorType: 'busy', scope: 'turns_connection', message: `${settings.turnsConnection} turns are already running on this connection` }) };
          }
          const releaseUser = userTurns.tryAcquire(client);
          if (!releaseUser) {
            releaseOwn();
            const whose = userId === undefined ? 'turns from your address' : 'of your turns';
            return { ok: false, refusal: refused({ errorType: 'busy', scope: `turns_${scope}`, message: `${settings.turnsUser} ${whose} are already running` }) };
          }
          return {
            ok: true,
            release: () => {
              releaseOwn();
              releaseUser();
            },
          };
        },
      };
    },
  };
}

export type RequestLimits = ReturnType<typeof createRequestLimits>;
