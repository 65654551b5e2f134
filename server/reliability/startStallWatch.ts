import type { WebSocket, WebSocketServer } from 'ws';

export interface StallWatch {
  stop(): void;
}

/**
 * Terminates a socket whose reader has stopped: above `highWaterBytes` queued and not draining for
 * `stallTimeoutMs`. A slow but moving reader stays (its tokens are coalesced meanwhile); a stalled
 * one would otherwise pin its queue until the heartbeat or TCP gave up. The turn is not cancelled: it
 * runs on into the store and the client resumes with its last event id.
 */
export function startStallWatch(
  wss: WebSocketServer,
  opts: { highWaterBytes: number; stallTimeoutMs: number; checkMs?: number; onStall?: (ws: WebSocket) => void },
): StallWatch {
  // How far the socket had drained at the last check while congested, and when that last grew. Not the
  // queue's size: a reader that drains while the server refills its queue a page at a time shows the
  // same queue at every check (or never beats its lowest) and would be cut off while reading.
  const congested = new WeakMap<WebSocket, { drained: number; since: number }>();
  const checkMs = opts.checkMs ?? Math.max(25, Math.min(1000, Math.floor(opts.stallTimeoutMs / 4)));
  const timer = setInterval(() => {
    const now = Date.now();
    for (const ws of wss.clients) {
      const queued = ws.bufferedAmount;
      if (ws.readyState !== ws.OPEN || queued <= opts.highWaterBytes) {
        congested.delete(ws);
        continue;
      }
      const state = congested.get(ws);
      const drained = bytesDrained(ws, queued);
      if (!state) {
        congested.set(ws, { drained, since: now });
        continue;
      }
      if (drained > state.drained) {
        state.drained = drained;
        state.since = now;
        continue;
      }
      if (now - state.since >= opts.stallTimeoutMs) {
        congested.delete(ws);
        opts.onStall?.(ws);
        ws.terminate();
      }
    }
  }, checkMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/**
 * Bytes the kernel has taken from the socket so far (written minus still queued in the process): it
 * grows exactly while the peer reads. ws keeps its net.Socket private (`_socket`); without one, a
 * shrinking queue is the progress.
 */
function bytesDrained(ws: WebSocket, queued: number): number {
  const socket = (ws as unknown as { _socket?: { bytesWritten?: number; writableLength: number } })._socket;
  return socket?.bytesWritten === undefined ? -queued : socket.bytesWritten - socket.writableLength;
}
