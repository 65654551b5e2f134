import type { Refusal } from '../security/Refusal.ts';
import { StoreUnavailableError } from '../store/withStoreDeadline.ts';
import type { ServiceRefusal } from './ChatOutcome.ts';

/** The one answer for a session or turn that does not exist or is someone else's: nothing tells them apart. */
export const NO_SUCH_SESSION: ServiceRefusal = { code: 'not_found', message: 'No such session', retryable: false };
export const NO_SUCH_TURN: ServiceRefusal = { code: 'not_found', message: 'That turn is unknown or has expired', retryable: false };

/** A gateway limit (server/security) as a service refusal. */
export function fromLimit(refusal: Refusal): ServiceRefusal {
  return {
    code: refusal.errorType,
    message: refusal.message,
    retryable: true,
    ...(refusal.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: refusal.retryAfterSeconds }),
  };
}

/** The store missed its deadline (STORE_TIMEOUT_MS) or failed: the client may retry shortly. */
export const STORE_UNAVAILABLE: ServiceRefusal = { code: 'store_unavailable', message: 'The session store is not answering; try again shortly', retryable: true, retryAfterSeconds: 1 };

/**
 * A store outage thrown by any service call (history, sessions, profile, export) as its typed refusal,
 * so transports answer `store_unavailable` and not an internal error; undefined for anything else.
 */
export function storeRefusal(cause: unknown): ServiceRefusal | undefined {
  return cause instanceof StoreUnavailableError ? STORE_UNAVAILABLE : undefined;
}
