import { TRPCError } from '@trpc/server';
import type { Emergencies, RefusalCode, ServiceRefusal } from '../service/ChatOutcome.ts';
import { RefusedError } from './RefusedError.ts';

const CODES: Readonly<Record<RefusalCode, TRPCError['code']>> = {
  invalid_input: 'BAD_REQUEST',
  not_found: 'NOT_FOUND',
  rate_limited: 'TOO_MANY_REQUESTS',
  busy: 'TOO_MANY_REQUESTS',
  unavailable: 'SERVICE_UNAVAILABLE',
  store_unavailable: 'SERVICE_UNAVAILABLE',
  internal_error: 'INTERNAL_SERVER_ERROR',
};

/** A service refusal as a tRPC error, carrying its issues, wait and any emergency advice. */
export function toTrpcError(refusal: ServiceRefusal, emergencies?: Emergencies): TRPCError {
  return new TRPCError({ code: CODES[refusal.code], message: refusal.message, cause: new RefusedError(refusal, emergencies) });
}

/** The value of an answer, or its refusal thrown. */
export function unwrap<T>(answer: { ok: true; value: T } | { ok: false; refusal: ServiceRefusal }): T {
  if (!answer.ok) throw toTrpcError(answer.refusal);
  return answer.value;
}
