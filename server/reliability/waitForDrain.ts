/** What backpressure needs of a socket; tRPC's context exposes exactly this. */
export interface DrainableSocket {
  readonly bufferedAmount: () => number;
  readonly isOpen: () => boolean;
}

/**
 * Undefined while the socket is below `highWaterBytes` (no await on the per-token path), else a
 * promise that resolves once it is back below the mark or closed. ws has no drain event of its own
 * (its net.Socket is private), so this polls; only congested sockets poll.
 */
export function waitForDrain(socket: DrainableSocket, highWaterBytes: number, pollMs = 10): Promise<void> | undefined {
  if (!socket.isOpen() || socket.bufferedAmount() <= highWaterBytes) return undefined;
  return new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      if (socket.isOpen() && socket.bufferedAmount() > highWaterBytes) return;
      clearInterval(timer);
      resolve();
    }, pollMs);
  });
}
