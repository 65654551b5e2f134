import type { Logger } from '../logging/createLogger.ts';
import type { createSecurity } from '../security/createSecurity.ts';
import type { AppRouter } from './createAppRouter.ts';
import { createSocketChannel } from './ClientChannel.ts';
import { createTrpcWsHandler } from './createTrpcWsHandler.ts';
import type { TrpcContext } from './trpc.ts';

/**
 * The tRPC WebSocket handler (our wire-compatible one, createTrpcWsHandler.ts) with our context: the connection's identity and limits from
 * the security gate, and the client channel the chat router needs (still there, backpressure) and draining.
 */
export function createTrpcConnectionHandler(opts: {
  router: AppRouter;
  maxBatchSize: number;
  trpcGate: ReturnType<typeof createSecurity>['trpcGate'];
  isDraining: () => boolean;
  /** Bytes queued on a socket beyond which its streams wait (and merge tokens). */
  highWaterBytes: number;
  logger: Logger;
}) {
  const { logger } = opts;
  const knownProcedures = new Set(Object.keys(opts.router._def.procedures));
  return createTrpcWsHandler<TrpcContext>({
    router: opts.router,
    maxBatchSize: opts.maxBatchSize,
    createContext: async ({ req, ws, connectionParams }) => {
      // Credentials from the upgrade, else connectionParams.token; failed auth closes the socket (4401).
      const connection = await opts.trpcGate.resolve(req, ws, connectionParams);
      return {
        ...connection,
        channel: createSocketChannel(ws, opts.highWaterBytes),
        isDraining: opts.isDraining,
      };
    },
    onError: (error, { type, path }) => {
      // tRPC hands us the input here too: it is health data and is never logged. The path is chosen by
      // the client, so only a known procedure's name is logged, anything else as a fixed label.
      const procedure = path !== undefined && knownProcedures.has(path) ? path : 'unknown';
      if (error.code === 'INTERNAL_SERVER_ERROR') logger.error({ code: error.code, type, procedure, err: error.cause }, 'trpc error');
      else logger.debug({ code: error.code, type, procedure }, 'trpc refusal');
    },
  });
}
