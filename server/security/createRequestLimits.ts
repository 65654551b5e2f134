import { createConcurrencyLimiter } from './createConcurrencyLimiter.ts';
import { createTokenBucket } from './createTokenBucket.ts';
import type { LimitCounters, TakeResult } from './LimitCounters.ts';
import type { Refusal } from './Refusal.ts';

export interface RequestLimitSettings {
  readonly perMinuteUser: number;
  readonly perMinuteConnection: number;
  /** With auth: the ceiling for all users behind one address together. */
  readonly perMinuteIp: number;
  readonly turnsUser: number;
  readonly turnsConnection: number;
  /** With auth: running turns of all users behind one address together. */
  readonly turnsIp: number;
  /** Where per-user and per-IP counts live (this process, or Redis for every instance). */
  readonly counters: LimitCounters;
  readonly onRefused?: (scope: string) => void;
}

export type TurnSlotResult = { readonly ok: true; readonly release: () => void } | { readonly ok: false; readonly refusal: Refusal };

export interface ConnectionLimits {
  /** Counts one request against the rate limits; a refusal says when to retry. */
  request(): Promise<Refusal | undefined>;
  /** A slot for a running turn under the per-connection, per-user and per-IP caps; `release` when the turn ends. */
  acquireTurn(): Promise<TurnSlotResult>;
}

/**
 * Rate limits (token buckets) and concurrent-turn caps per connection, per client and per address,
 * shared by both transports. The client is the authenticated user, or without auth the client's
 * address (behind a trusted proxy, the address it reports): a turn outlives its socket, so
 * reconnecting must not buy a fresh budget, and a user id an anonymous client puts in a path is its
 * own choice, not an identity. With auth the address is a ceiling too, so many accounts from one
 * address cannot add up past it. The per-connection limits are this process's (a connection lives in
 * one); the others count in `counters`, shared across instances when that is Redis.
 */
export function createRequestLimits(settings: RequestLimitSettings) {
  const { counters } = settings;
  const refused = (refusal: Refusal): Refusal => {
    settings.onRefused?.(refusal.scope);
    return refusal;
  };
  const rateRefusal = (scope: string, retryAfterSeconds: number): Refusal =>
    refused({ errorType: 'rate_limited', scope, retryAfterSeconds, message: `Too many requests; try again in ${retryAfterSeconds} s` });
  const unavailable = (): Refusal =>
    refused({ errorType: 'store_unavailable', scope: 'limits_store', retryAfterSeconds: 1, message: 'The gateway cannot check its limits right now; try again shortly' });

  return {
    /** Limits of one connection: `userId` is the authenticated user (undefined without auth), `ip` the client's address. */
    connection(userId: string | undefined, ip: string): ConnectionLimits {
      const rate = createTokenBucket(settings.perMinuteConnection);
      const turns = createConcurrencyLimiter(settings.turnsConnection);
      // [key, limit, scope] of each shared count, the client's own first.
      const rates: [string, number, string][] =
        userId === undefined ? [[`ip:${ip}`, settings.perMinuteUser, 'rate_ip']] : [[`user:${userId}`, settings.perMinuteUser, 'rate_user'], [`ipc:${ip}`, settings.perMinuteIp, 'rate_ip']];
      const caps: [string, number, string, string][] =
        userId === undefined
          ? [[`ip:${ip}`, settings.turnsUser, 'turns_ip', `${settings.turnsUser} turns from your address are already running`]]
          : [
              [`user:${userId}`, settings.turnsUser, 'turns_user', `${settings.turnsUser} of your turns are already running`],
              [`ipc:${ip}`, settings.turnsIp, 'turns_ip', `${settings.turnsIp} turns from your address are already running`],
            ];
      return {
        async request() {
          // The connection's own bucket first, synchronously: a flood on one socket never reaches the shared store.
          const own = rate.take();
          if (!own.ok) return rateRefusal('rate_connection', own.retryAfterSeconds);
          for (const [key, perMinute, scope] of rates) {
            let taken: TakeResult;
            try {
              taken = await counters.take(key, perMinute);
            } catch {
              return unavailable();
            }
            if (!taken.ok) return rateRefusal(scope, taken.retryAfterSeconds);
          }
          return undefined;
        },
        async acquireTurn() {
          const releaseOwn = turns.tryAcquire('');
          if (!releaseOwn) {
            return { ok: false, refusal: refused({ errorType: 'busy', scope: 'turns_connection', message: `${settings.turnsConnection} turns are already running on this connection` }) };
          }
          const held: (() => void)[] = [releaseOwn];
          const releaseAll = () => {
            for (const release of held) release();
          };
          for (const [key, max, scope, message] of caps) {
            let release: (() => void) | undefined;
            try {
              release = await counters.acquire(key, max);
            } catch {
              releaseAll();
              return { ok: false, refusal: unavailable() };
            }
            if (!release) {
              releaseAll();
              return { ok: false, refusal: refused({ errorType: 'busy', scope, message }) };
            }
            held.push(release);
          }
          return { ok: true, release: releaseAll };
        },
      };
    },
  };
}

export type RequestLimits = ReturnType<typeof createRequestLimits>;
