/**
 * WebSocket close codes the gateway uses on purpose (docs/security.md lists them). 4xxx codes are
 * the application range of RFC 6455; they mirror the HTTP status a refused upgrade would have had.
 */
export const CLOSE_CODES = {
  /** A frame larger than MAX_FRAME_BYTES (set by `ws` itself). */
  messageTooBig: 1009,
  /** Invalid UTF-8 in a text frame (set by `ws` itself). */
  invalidPayload: 1007,
  /** A malformed `{user_id}` in the compat path. */
  policyViolation: 1008,
  /** Missing, invalid or expired credentials, or tRPC connectionParams not sent in time. */
  unauthorized: 4401,
  /** The credentials name another user than the endpoint serves. */
  forbidden: 4403,
} as const;
