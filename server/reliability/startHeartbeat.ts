import type { WebSocket, WebSocketServer } from 'ws';

export interface Heartbeat {
  stop(): void;
}

/**
 * One ping/pong heartbeat for every socket of the shared server (tRPC and compat alike): each tick,
 * a socket that has not answered the previous ping is terminated, the others are pinged. A dead peer
 * is therefore gone within two intervals. Protocol-level pings are answered by every RFC 6455 client
 * (browsers, websocat, Python) without application code, unlike tRPC's text "PING" keepAlive, which
 * would reach compat clients as a non-JSON frame. Terminating never cancels a turn: it runs on into
 * the store and the client resumes it.
 */
export function startHeartbeat(wss: WebSocketServer, opts: { intervalMs: number; onDead?: (ws: WebSocket) => void }): Heartbeat {
  const awaitingPong = new WeakMap<WebSocket, boolean>();
  const watched = new WeakSet<WebSocket>();
  const timer = setInterval(() => {
    for (const ws of wss.clients) {
      if (!watched.has(ws)) {
        watched.add(ws);
        ws.on('pong', () => awaitingPong.set(ws, false));
      }
      if (ws.readyState !== ws.OPEN) continue;
      if (awaitingPong.get(ws)) {
        opts.onDead?.(ws);
        ws.terminate();
        continue;
      }
      awaitingPong.set(ws, true);
      ws.ping();
    }
  }, opts.intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
