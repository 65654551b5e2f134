import type { WebSocket } from 'ws';

// What @trpc/server's applyWSSHandler broadcasts; getWSConnectionHandler has no broadcast of its own.
const RECONNECT = JSON.stringify({ id: null, method: 'reconnect' });

/**
 * Tells tRPC clients to reconnect: wsLink opens a new connection (to another instance behind the load
 * balancer) while the old one keeps delivering, then moves each subscription over with its last
 * event id. Only for tRPC sockets: a compat client would see a frame outside its protocol.
 */
export function sendReconnectNotification(sockets: Iterable<WebSocket>): number {
  let sent = 0;
  for (const ws of sockets) {
    if (ws.readyState !== ws.OPEN) continue;
    ws.send(RECONNECT);
    sent++;
  }
  return sent;
}
