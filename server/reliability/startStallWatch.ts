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
  // Lowest queue seen while congested and when it was last lower: draining is progress.
  const congested = new WeakMap<WebSocket, { lowest: number; since: number }>();
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
      if (!state || queued < state.lowest) {
        congested.set(ws, { lowest: queued, since: now });
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
