import { TRPCError } from '@trpc/server';
import { EngineError } from '../engine/EngineError.ts';

const CODES = {
  not_found: 'NOT_FOUND',
  forbidden: 'FORBIDDEN',
  invalid_input: 'BAD_REQUEST',
  unavailable: 'SERVICE_UNAVAILABLE',
} as const;

/** Maps engine refusals to tRPC codes; anything else is an internal error without details. */
export function toTrpcError(cause: unknown): TRPCError {
  if (cause instanceof TRPCError) return cause;
  if (cause instanceof EngineError) return new TRPCError({ code: CODES[cause.code], message: cause.message });
  return new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal error', cause });
}
