import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

type UpgradeHandler = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

/**
 * Wraps the upgrade handler: while the gateway drains, an upgrade is answered 503 before any socket
 * opens, so clients (and the load balancer, which also sees /ready fail) go to another instance.
 * Retry-After keeps a client that has nowhere else to go from retrying in a tight loop.
 */
export function refuseWhileDraining(isDraining: () => boolean, handler: UpgradeHandler, retryAfterSeconds = 5): UpgradeHandler {
  return (req, socket, head) => {
    if (!isDraining()) return handler(req, socket, head);
    const body = JSON.stringify({ error: 'draining', message: 'This server is shutting down; connect again' });
    socket.on('error', () => socket.destroy());
    socket.end(
      `HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: ${retryAfterSeconds}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  };
}
