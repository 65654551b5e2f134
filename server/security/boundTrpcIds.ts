import superjson from 'superjson';
import type { RawData, WebSocket } from 'ws';

/** Longest tRPC message id accepted (a string id's length; numbers are always short). */
export const MAX_TRPC_ID_CHARS = 128;

/**
 * tRPC echoes each message's `id` in every answer, so a client could make the gateway send back (and
 * hold per subscription) whatever it sent as an id, 50 KB a message. A frame carrying a longer id
 * (alone or in a batch) never reaches tRPC: the client gets one typed error with `id: null`, shaped
 * like tRPC's own parse errors, and the socket carries on. Must run before tRPC's handler attaches.
 */
export function boundTrpcIds(ws: WebSocket, onRefused?: () => void): void {
  const emit = ws.emit.bind(ws);
  // tRPC reads frames through its own 'message' listener: the frame is checked before any listener sees it.
  ws.emit = ((event: string | symbol, ...args: unknown[]): boolean => {
    if (event === 'message' && hasOversizedId(args[0] as RawData)) {
      onRefused?.();
      ws.send(JSON.stringify({ id: null, error: superjson.serialize({ message: `tRPC message ids are limited to ${MAX_TRPC_ID_CHARS} characters`, code: -32600, data: { code: 'BAD_REQUEST', httpStatus: 400, errorType: 'invalid_id' } }) }));
      return true;
    }
    return emit(event, ...args);
  }) as WebSocket['emit'];
}

function hasOversizedId(data: RawData): boolean {
  const size = Buffer.isBuffer(data) ? data.length : Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : data.byteLength;
  // A frame too short to hold a long id is not parsed twice.
  if (size <= MAX_TRPC_ID_CHARS) return false;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.isBuffer(data) ? data.toString('utf8') : Array.isArray(data) ? Buffer.concat(data).toString('utf8') : Buffer.from(data).toString('utf8'));
  } catch {
    return false; // tRPC answers malformed frames itself
  }
  return (Array.isArray(parsed) ? parsed : [parsed]).some((message) => {
    if (typeof message !== 'object' || message === null) return false;
    const id: unknown = (message as { id?: unknown }).id;
    return typeof id === 'string' ? id.length > MAX_TRPC_ID_CHARS : typeof id === 'object' && id !== null && JSON.stringify(id).length > MAX_TRPC_ID_CHARS;
  });
}
