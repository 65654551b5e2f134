import type { Refusal } from '../security/Refusal.ts';
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
