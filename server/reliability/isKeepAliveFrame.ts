/**
 * tRPC's keep-alive text frames (`PING` from a client's wsLink, the `PONG` the adapter answers): they
 * prove the connection is there, not that anyone uses it, so they do not count as activity.
 */
export function isKeepAliveFrame(data: unknown): boolean {
  if (typeof data === 'string') return data === 'PING' || data === 'PONG';
  return Buffer.isBuffer(data) && data.length === 4 && (data.equals(PING) || data.equals(PONG));
}

const PING = Buffer.from('PING');
const PONG = Buffer.from('PONG');
