import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocket, WebSocketServer } from 'ws';
import type { UpgradeDecision, UpgradeTarget } from './security/createUpgradeGuard.ts';
import type { UpgradeRoute } from './security/UpgradeRoute.ts';

export type { UpgradeRoute, WsConnectionHandler } from './security/UpgradeRoute.ts';

const STATUS_TEXT = { 401: 'Unauthorized', 403: 'Forbidden', 429: 'Too Many Requests' } as const;

/**
 * One `ws` server (noServer) for every WebSocket endpoint: the upgrade is routed by path before the
 * handshake, and unknown paths (404) and refused clients (the guard: origin, per-IP cap, credentials)
 * are answered before any socket opens.
 */
export function createUpgradeRouter(
  wss: WebSocketServer,
  routes: readonly UpgradeRoute[],
  hooks: {
    onConnection?: (path: string, ws: WebSocket, socket: Duplex) => void;
    guard: (req: IncomingMessage, target: UpgradeTarget) => Promise<UpgradeDecision>;
  },
) {
  return (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = routes.find((r) => r.match(path));
    if (!route) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    // The guard may await (a JWKS fetch); a socket error meanwhile (or while a refusal is written)
    // must not crash the process.
    socket.on('error', () => socket.destroy());
    void hooks.guard(req, route.target(path)).then((decision) => {
      if (!decision.ok) {
        const body = JSON.stringify({ error: decision.error, message: decision.message });
        const challenge = decision.status === 401 ? 'WWW-Authenticate: Bearer\r\n' : '';
        socket.end(`HTTP/1.1 ${decision.status} ${STATUS_TEXT[decision.status]}\r\nConnection: close\r\n${challenge}Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
        return;
      }
      // The per-IP slot is held until the TCP socket closes, whatever happens to the handshake.
      if (socket.destroyed) return decision.release();
      socket.once('close', decision.release);
      wss.handleUpgrade(req, socket, head, (ws) => {
        hooks.onConnection?.(path, ws, socket);
        route.handle(ws, req, decision.identity);
      });
    });
  };
}
