import type { TakeResult } from './LimitCounters.ts';

export interface NewConnectionRefusal {
  readonly status: 429;
  readonly error: 'rate_limited';
  readonly message: string;
  readonly retryAfterSeconds: number;
}

/**
 * UPGRADES_PER_MINUTE_IP: takes one new connection (a WebSocket upgrade or an event stream, a
 * reconnect included) from the address's budget, or says why not. A limit store that fails lets it
 * through: the per-address connection cap still holds.
 */
export async function checkNewConnectionRate(rate: (ip: string) => Promise<TakeResult>, ip: string): Promise<NewConnectionRefusal | undefined> {
  const taken = await rate(ip).catch((): TakeResult => ({ ok: true }));
  if (taken.ok) return undefined;
  const { retryAfterSeconds } = taken;
  return { status: 429, error: 'rate_limited', message: `Too many new connections from this address; try again in ${retryAfterSeconds} s`, retryAfterSeconds };
}
