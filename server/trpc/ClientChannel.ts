import { WebSocket } from 'ws';
import { createCongestionCheck } from '../delivery/createCongestionCheck.ts';
import type { DrainableSocket } from '../reliability/waitForDrain.ts';

/**
 * What the chat router needs of the connection it answers on, whatever carries it: whether the client
 * is still there, and backpressure. The ws connection handler builds it from the socket.
 */
export interface ClientChannel {
  /** False once the client is going (socket closing or closed): an unsubscribe then is a drop, not a stop. */
  isOpen(): boolean;
  /** Undefined while the client keeps up (no await per token); else resolves once it has caught up or gone. */
  drained(): Promise<void> | undefined;
}

export function createSocketChannel(socket: DrainableSocket, highWaterBytes: number): ClientChannel {
  return {
    isOpen: () => socket.readyState === WebSocket.OPEN,
    // The same congestion check as compat's frames, history pages included.
    drained: createCongestionCheck(socket, highWaterBytes).drained,
  };
}
