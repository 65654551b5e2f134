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
 * Rate limits (token buckets) and concurrent-turn caps per user and per connection, shared by both
 * transports. Anonymous connections (no user id) have only the per-connection limits; the per-IP
 * socket cap bounds how many of those one address holds.
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
    /** Limits of one connection; `userId` undefined for anonymous ones. */
    connection(userId: string | undefined): ConnectionLimits {
      const rate = createTokenBucket(settings.perMinuteConnection);
      const turns = createConcurrencyLimiter(settings.turnsConnection);
      const request = (): Refusal | undefined => {
        const own = rate.take();
        if (!own.ok) return rateRefusal('rate_connection', own.retryAfterSeconds);
        if (userId === undefined) return undefined;
        const user = userRates.take(userId);
        return user.ok ? undefined : rateRefusal('rate_user', user.retryAfterSeconds);
      };
      return {
        request,
        acquireTurn() {
          const releaseOwn = turns.tryAcquire('');
          if (!releaseOwn) {
            return { ok: false, refusal: refused({ errorType: 'busy', scope: 'turns_connection', message: `${settings.turnsConnection} turns are already running on this connection` }) };
          }
          const releaseUser = userId === undefined ? () => {} : userTurns.tryAcquire(userId);
          if (!releaseUser) {
            releaseOwn();
            return { ok: false, refusal: refused({ errorType: 'busy', scope: 'turns_user', message: `${settings.turnsUser} of your turns are already running` }) };
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
