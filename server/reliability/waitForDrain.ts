import { WebSocket } from 'ws';

/** What backpressure reads of a socket (a ws WebSocket is one): read as it is, on the per-token path. */
export interface DrainableSocket {
  readonly readyState: number;
  readonly bufferedAmount: number;
}

/**
 * Undefined while the socket is below `highWaterBytes` (no await on the per-token path), else a
 * promise that resolves once it is back below the mark or no longer open. ws has no drain event of
 * its own (its net.Socket is private), so this polls; only congested sockets poll.
 */
export function waitForDrain(socket: DrainableSocket, highWaterBytes: number, pollMs = 10): Promise<void> | undefined {
  if (socket.readyState !== WebSocket.OPEN || socket.bufferedAmount <= highWaterBytes) return undefined;
  return new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      if (socket.readyState === WebSocket.OPEN && socket.bufferedAmount > highWaterBytes) return;
      clearInterval(timer);
      resolve();
    }, pollMs);
  });
}
