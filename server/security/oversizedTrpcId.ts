/** Longest tRPC message id accepted (a string id's length; numbers are always short). */
export const MAX_TRPC_ID_CHARS = 128;

/**
 * tRPC echoes each message's `id` in every answer, so a client could make the gateway send back (and
 * hold per subscription) whatever it sent as an id, 50 KB a message. A frame carrying a longer id
 * (alone or in a batch) is refused whole by the tRPC handler with one typed error (`id: null`, code
 * `invalid_id`) that does not echo it, and the socket carries on.
 */
export function hasOversizedTrpcId(message: unknown): boolean {
  if (typeof message !== 'object' || message === null) return false;
  const id: unknown = (message as { id?: unknown }).id;
  return typeof id === 'string' ? id.length > MAX_TRPC_ID_CHARS : typeof id === 'object' && id !== null && JSON.stringify(id).length > MAX_TRPC_ID_CHARS;
}

/** The error of a frame refused for its id, shaped like tRPC's own (BAD_REQUEST, JSON-RPC -32600). */
export const OVERSIZED_TRPC_ID_ERROR = {
  message: `tRPC message ids are limited to ${MAX_TRPC_ID_CHARS} characters`,
  code: -32600,
  data: { code: 'BAD_REQUEST', httpStatus: 400, errorType: 'invalid_id' },
} as const;
