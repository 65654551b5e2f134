import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocket, WebSocketServer } from 'ws';

export type WsConnectionHandler = (ws: WebSocket, req: IncomingMessage) => void;

export interface UpgradeRoute {
  /** Matches the request path; returns true when this route takes the connection. */
  readonly match: (path: string) => boolean;
  readonly handle: WsConnectionHandler;
}

/**
 * One `ws` server (noServer) for every WebSocket endpoint: the upgrade is routed by path before the
 * handshake, and unknown paths are refused with 404 before any socket opens.
 */
export function createUpgradeRouter(
  wss: WebSocketServer,
  routes: readonly UpgradeRoute[],
  hooks: { onConnection?: (path: string, ws: WebSocket) => void } = {},
) {
  return (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = routes.find((r) => r.match(path));
    if (!route) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      hooks.onConnection?.(path, ws);
      route.handle(ws, req);
    });
  };
}
