/**
 * The `error_type` values a compat client can see. The set is stable: a new failure maps onto one of
 * these, and the engine's own code travels alongside in the frame's `code` field.
 */
export const COMPAT_ERROR_TYPES = [
  'validation_error',
  'busy',
  'unauthorized',
  'forbidden',
  'not_found',
  'rate_limited',
  'timeout',
  'unavailable',
  'upstream_error',
  'internal_error',
] as const;

export type CompatErrorType = (typeof COMPAT_ERROR_TYPES)[number];

const FROM_ENGINE: Readonly<Record<string, CompatErrorType>> = {
  // EngineError codes
  invalid_input: 'validation_error',
  forbidden: 'forbidden',
  not_found: 'not_found',
  unavailable: 'unavailable',
  store_unavailable: 'unavailable',
  // refusals by a gateway limit (server/security)
  rate_limited: 'rate_limited',
  busy: 'busy',
  unauthorized: 'unauthorized',
  // fatal error events of a turn
  turn_timeout: 'timeout',
  upstream_timeout: 'timeout',
  upstream_rate_limited: 'rate_limited',
  upstream_unavailable: 'unavailable',
  upstream_error: 'upstream_error',
  internal_error: 'internal_error',
};

/** Maps an engine error code onto the documented set; unknown codes are internal errors. */
export function toCompatErrorType(code: string): CompatErrorType {
  return FROM_ENGINE[code] ?? 'internal_error';
}
