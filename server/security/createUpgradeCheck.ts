import type { IncomingMessage } from 'node:http';
import type { UpgradeDecider, UpgradeTarget } from './createUpgradeDecision.ts';
import { createKeyedTokenBuckets } from './createKeyedTokenBuckets.ts';

/** What GET /api/v1/ws/check answers: the status the upgrade would get, and why. */
export type UpgradeCheckAnswer =
  | { readonly status: 200; readonly errorType: null; readonly message: string }
  | { readonly status: 401 | 403; readonly errorType: string; readonly message: string }
  | { readonly status: 429; readonly errorType: 'rate_limited'; readonly message: string; readonly retryAfterSeconds?: number };

/**
 * "Why was my upgrade refused?" for browsers, which cannot read an upgrade's status. The same decision
 * as the upgrade guard (createUpgradeDecision) in `peek` mode: nothing is held, nothing counted as a
 * connection. It takes credentials as a fetch can send them (`Authorization: Bearer`, or `?token=`);
 * the Origin header, or for a same-origin fetch (which carries none) the page's `?origin=`.
 * Each address gets `perMinute` checks, like the requests of one connection, so it is no faster
 * oracle for guessing tokens than upgrades are.
 */
export function createUpgradeCheck(opts: {
  decide: UpgradeDecider;
  clientAddress: (req: IncomingMessage) => string;
  perMinute: number;
  onRefused?: (scope: string) => void;
}) {
  const perIp = createKeyedTokenBuckets(opts.perMinute);
  return async (req: IncomingMessage, target: UpgradeTarget): Promise<UpgradeCheckAnswer> => {
    const ip = opts.clientAddress(req);
    const rate = perIp.take(ip);
    if (!rate.ok) {
      opts.onRefused?.('check_ip');
      return { status: 429, errorType: 'rate_limited', message: `Too many checks; try again in ${rate.retryAfterSeconds} s`, retryAfterSeconds: rate.retryAfterSeconds };
    }
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const authorization = req.headers.authorization;
    const token = query.get('token');
    const decision = await opts.decide(
      {
        origin: req.headers.origin ?? query.get('origin') ?? undefined,
        ip,
        credentials: authorization !== undefined ? { authorization } : token ? { connectionToken: token } : {},
        connectionParams: false,
      },
      target,
      'peek',
    );
    if (decision.ok) return { status: 200, errorType: null, message: 'A connection with these credentials would be accepted' };
    if (decision.status === 429) return { status: 429, errorType: 'rate_limited', message: decision.message };
    return { status: decision.status, errorType: decision.error, message: decision.message };
  };
}

export type UpgradeCheck = ReturnType<typeof createUpgradeCheck>;
