import type { WebSocket } from 'ws';

/**
 * Closes every socket with `code` after its queued frames, waits up to `timeoutMs` for the closing
 * handshakes, then terminates the rest (a dead or stalled peer would otherwise hold shutdown for
 * ws's 30 s close timeout).
 */
export async function closeSockets(sockets: Iterable<WebSocket>, opts: { code: number; reason: string; timeoutMs: number }): Promise<void> {
  const open = [...sockets].filter((ws) => ws.readyState !== ws.CLOSED);
  const closed = open.map((ws) => new Promise<void>((resolve) => (ws.readyState === ws.CLOSED ? resolve() : ws.once('close', () => resolve()))));
  for (const ws of open) if (ws.readyState === ws.OPEN) ws.close(opts.code, opts.reason);
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([Promise.all(closed), new Promise<void>((resolve) => (timer = setTimeout(resolve, opts.timeoutMs)))]);
  clearTimeout(timer);
  for (const ws of open) if (ws.readyState !== ws.CLOSED) ws.terminate();
  await Promise.all(closed);
}
