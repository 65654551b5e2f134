import { waitForDrain, type DrainableSocket } from '../reliability/waitForDrain.ts';

/**
 * The one congestion check of every frame a socket gets, on both transports: tokens, other events and
 * history pages alike. A client is congested while more than `highWaterBytes` wait on its socket; the
 * stall watch (server/reliability/startStallWatch.ts) cuts off one that stays so for WS_STALL_TIMEOUT_MS,
 * whatever it asked for.
 */
export interface CongestionCheck {
  /** True while the client is behind: hold (and merge) what can wait. Read per token, so no allocation. */
  congested(): boolean;
  /** Undefined while the client keeps up (no await per frame); else resolves once it has caught up or gone. */
  drained(): Promise<void> | undefined;
}

export function createCongestionCheck(socket: DrainableSocket, highWaterBytes: number): CongestionCheck {
  return {
    congested: () => socket.bufferedAmount > highWaterBytes,
    drained: () => waitForDrain(socket, highWaterBytes),
  };
}
