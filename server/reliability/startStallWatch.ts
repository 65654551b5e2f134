import type { WebSocket, WebSocketServer } from 'ws';

/** What the watch reads of the connection under a socket (a net.Socket): what was written, what still waits in the process. */
export interface DrainCounters {
  readonly bytesWritten?: number;
  readonly writableLength: number;
}

export interface StallWatch {
  /** The connection under `ws` (the upgrade's socket), so progress is read from the kernel's side. */
  track(ws: WebSocket, socket: DrainCounters): void;
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
  const sockets = new WeakMap<WebSocket, DrainCounters>();
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
      const drained = bytesDrained(sockets.get(ws), queued);
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
  return { track: (ws, socket) => void sockets.set(ws, socket), stop: () => clearInterval(timer) };
}

/**
 * Bytes the kernel has taken from the socket so far (written minus still queued in the process): it
 * grows exactly while the peer reads. For a socket not tracked, a shrinking queue is the progress.
 */
function bytesDrained(socket: DrainCounters | undefined, queued: number): number {
  return socket?.bytesWritten === undefined ? -queued : socket.bytesWritten - socket.writableLength;
}
