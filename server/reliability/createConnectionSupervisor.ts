import type { WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '../logging/createLogger.ts';
import { startHeartbeat } from './startHeartbeat.ts';
import { startStallWatch, type DrainCounters } from './startStallWatch.ts';
import { watchIdle } from './watchIdle.ts';

export interface ConnectionSupervisorOptions {
  readonly heartbeatMs: number;
  readonly idleTimeoutMs: number;
  readonly highWaterBytes: number;
  readonly stallTimeoutMs: number;
  readonly logger: Logger;
}

/**
 * Liveness for every socket of the shared server: heartbeat (dead peers), stall watch (readers that
 * stopped reading), idle timeout; and the set of tRPC sockets, which a shutdown tells to reconnect.
 * Each ends a socket, never a turn: turns run on into the store and clients resume them.
 */
export function createConnectionSupervisor(wss: WebSocketServer, opts: ConnectionSupervisorOptions) {
  const { logger } = opts;
  const trpcSockets = new Set<WebSocket>();
  const heartbeat = startHeartbeat(wss, { intervalMs: opts.heartbeatMs, onDead: () => logger.info('peer missed a ping; socket terminated') });
  const stall = startStallWatch(wss, {
    highWaterBytes: opts.highWaterBytes,
    stallTimeoutMs: opts.stallTimeoutMs,
    onStall: (ws) => logger.warn({ bufferedAmount: ws.bufferedAmount }, 'reader stalled; socket terminated'),
  });
  return {
    /** tRPC sockets still open. */
    trpcSockets: trpcSockets as ReadonlySet<WebSocket>,
    /** `socket`: the connection the upgrade came on, which the stall watch reads progress from. */
    watch(ws: WebSocket, endpoint: 'trpc' | 'compat', socket: DrainCounters) {
      stall.track(ws, socket);
      watchIdle(ws, { timeoutMs: opts.idleTimeoutMs, onIdle: () => logger.debug({ endpoint }, 'idle socket closed') });
      if (endpoint !== 'trpc') return;
      trpcSockets.add(ws);
      ws.once('close', () => trpcSockets.delete(ws));
    },
    stop() {
      heartbeat.stop();
      stall.stop();
    },
  };
}
