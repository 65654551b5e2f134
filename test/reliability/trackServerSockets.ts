import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Samples, every 2 ms, the bytes queued in the gateway process for each TCP connection it accepted
 * (`writableLength`: what ws handed the socket that the kernel has not taken). That is the memory a
 * slow reader costs the server beyond its kernel buffers.
 */
export function trackServerSockets(server: Server) {
  const sockets = new Set<Socket>();
  const closed = new Set<Socket>();
  let peak = 0;
  const onConnection = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => closed.add(socket));
  };
  server.on('connection', onConnection);
  const timer = setInterval(() => {
    for (const s of sockets) peak = Math.max(peak, s.writableLength);
  }, 2);
  return {
    get peakQueuedBytes() {
      return peak;
    },
    resetPeak: () => (peak = 0),
    /** Server-side connections that have closed so far. */
    get closedCount() {
      return closed.size;
    },
    stop() {
      clearInterval(timer);
      server.off('connection', onConnection);
    },
  };
}
