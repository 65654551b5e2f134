import { processLoadWindow, type LoadWindow } from './reliability/createLoadWindow.ts';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { GatewayConfig } from './config/configSchema.ts';
import { createChatEngine, type ChatEngine } from './engine/createChatEngine.ts';
import { createHttpHandler, pathOf, type HttpRoute } from './http/handleHttpRequest.ts';
import { healthRoute } from './http/healthRoute.ts';
import { createDocsRoute } from './http/docsRoute.ts';
import { createAsyncApiRoute } from './http/asyncApiRoute.ts';
import { createMetricsRoute } from './http/metricsRoute.ts';
import { createReadyRoute } from './http/readyRoute.ts';
import { createMetrics, type Metrics } from './metrics/createMetrics.ts';
import { staticRoute } from './http/staticRoute.ts';
import { createUpgradeCheckRoute } from './http/upgradeCheckRoute.ts';
import { createVendorRoute } from './http/vendorRoute.ts';
import { createCompatHandler } from '../compat/createCompatHandler.ts';
import type { LlmProvider, LlmMessage, Grounding } from './llm/LlmProvider.ts';
import { createLogger, type Logger } from './logging/createLogger.ts';
import { createConfiguredPluginHost } from './plugins/createConfiguredPluginHost.ts';
import type { PluginHost, PluginRegistration } from './plugins/createPluginHost.ts';
import type { ResponseOptions } from './engine/respondWithLlm.ts';
import type { SessionStore } from './store/SessionStore.ts';
import { createStoreFromConfig } from './store/createStoreFromConfig.ts';
import { withStoreDeadline } from './store/withStoreDeadline.ts';
import { createAuthenticator } from './auth/createAuthenticator.ts';
import { createRetentionJob } from './jobs/createRetentionJob.ts';
import { createChatService } from './service/createChatService.ts';
import { createAppRouter } from './trpc/createAppRouter.ts';
import { createTrpcConnectionHandler } from './trpc/createTrpcConnectionHandler.ts';
import { createUpgradeRouter, type UpgradeRoute } from './createUpgradeRouter.ts';
import { createCorsRoute } from './http/createCorsRoute.ts';
import { createTrpcHttpRoute } from './http/createTrpcHttpRoute.ts';
import { createSecurity } from './security/createSecurity.ts';
import { createLimitCountersFromConfig } from './security/createLimitCountersFromConfig.ts';
import { selectSubprotocol } from './security/selectSubprotocol.ts';
import { closeSockets } from './reliability/closeSockets.ts';
import { createCompressionOptions } from './reliability/createCompressionOptions.ts';
import { createConnectionSupervisor } from './reliability/createConnectionSupervisor.ts';
import { refuseWhileDraining } from './reliability/refuseWhileDraining.ts';
import { sendReconnectNotification } from './reliability/sendReconnectNotification.ts';
import { startTracing } from './tracing/startTracing.ts';

export interface GatewayOptions {
  readonly config: GatewayConfig;
  /** The answer stage (provider, prompt, guard); see createResponseOptions. */
  readonly response?: ResponseOptions;
  /** Shorthand for tests and embedding: this provider with the default prompt and no guard. */
  readonly provider?: LlmProvider;
  /** Plugins registered before those of PLUGINS_CONFIG (the built-in agents, or a test's). */
  readonly plugins: readonly PluginRegistration[];
  readonly store?: SessionStore;
  readonly logger?: Logger;
  readonly kbVersion?: string;
  /** When the engine merges tokens under load (default: the process's window; tests pass their own). */
  readonly loadWindow?: LoadWindow;
}

export interface Gateway {
  readonly server: Server;
  readonly url: string;
  readonly port: number;
  readonly engine: ChatEngine;
  readonly host: PluginHost;
  readonly store: SessionStore;
  readonly metrics: Metrics;
  /**
   * Graceful stop (docs/operations.md): refuse upgrades (503) and report /ready draining, tell tRPC
   * clients to reconnect, give running turns `graceMs`, end the rest as interrupted (resumable from the
   * store), close sockets with 1001, then release everything. Idempotent.
   */
  shutdown(opts: { graceMs: number }): Promise<void>;
  /** `shutdown({ graceMs: 0 })`. */
  close(): Promise<void>;
}

/** Builds and starts the gateway: HTTP routes, one WebSocket server routed by path, the engine. */
export async function createGateway(opts: GatewayOptions): Promise<Gateway> {
  const { config } = opts;
  const logger = opts.logger ?? createLogger({ level: config.LOG_LEVEL, throttleMs: config.LOG_THROTTLE_MS });
  const authenticator = createAuthenticator(config);
  // A store handed in (tests, embedders) gets the same deadline as one built from the config: an
  // outage is a typed store_unavailable, never an internal error or a hang.
  const store = opts.store ? withStoreDeadline(opts.store, { timeoutMs: config.STORE_TIMEOUT_MS }) : createStoreFromConfig(config);
  // Off (no SDK loaded, every decorator the identity) unless OTEL_* asks for it: docs/operations.md#tracing.
  const tracing = await startTracing(config, logger);

  const pluginHost = await createConfiguredPluginHost({
    plugins: opts.plugins,
    pluginsConfig: config.PLUGINS_CONFIG,
    defaultTimeoutMs: config.PLUGIN_TIMEOUT_MS,
    logger,
  });

  let draining = false;
  // Read at scrape time only, after `engine` exists.
  const metrics = createMetrics({ activeTurns: () => engine.activeTurns });
  const engine = tracing.traceEngine(createChatEngine({
    observer: metrics.observer,
    host: pluginHost,
    store,
    logger,
    leaseMs: config.TURN_LEASE_MS,
    safety: { emergencyNumber: config.EMERGENCY_NUMBER, crisisLine: config.CRISIS_LINE },
    turnTimeoutMs: config.TURN_TIMEOUT_MS,
    // The transports' window: when the process is loaded, tokens merge before they are stored too.
    tokenWindow: opts.loadWindow ?? processLoadWindow,
    ...(opts.kbVersion === undefined ? {} : { kbVersion: opts.kbVersion }),
    response: tracing.traceResponse(opts.response ?? {
      provider: opts.provider ?? missingProvider(),
      maxOutputTokens: config.LLM_MAX_OUTPUT_TOKENS,
      buildMessages: defaultMessages,
    }),
  }));

  // Closes turns a dead process left running before any client can resume them, then purges hourly.
  const retention = createRetentionJob({ store, retentionDays: config.RETENTION_DAYS, logger });
  await retention.start();

  const counters = createLimitCountersFromConfig(config);
  const security = createSecurity({ config, authenticator, logger, counters, onRefused: (scope) => metrics.refused(scope) });
  const service = tracing.traceService(createChatService({ engine, store, logger, maxMessageChars: config.MAX_MESSAGE_CHARS }));
  const appRouter = createAppRouter({ service });
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: config.MAX_FRAME_BYTES,
    handleProtocols: selectSubprotocol,
    perMessageDeflate: createCompressionOptions({ mode: config.WS_COMPRESSION, thresholdBytes: config.WS_COMPRESSION_THRESHOLD_BYTES }),
  });
  const supervisor = createConnectionSupervisor(wss, {
    heartbeatMs: config.WS_HEARTBEAT_MS,
    idleTimeoutMs: config.WS_IDLE_TIMEOUT_MS,
    highWaterBytes: config.WS_BACKPRESSURE_BYTES,
    stallTimeoutMs: config.WS_STALL_TIMEOUT_MS,
    logger,
  });
  const trpcHandler = createTrpcConnectionHandler({
    router: appRouter,
    maxBatchSize: config.TRPC_MAX_BATCH_SIZE,
    trpcGate: security.trpcGate,
    isDraining: () => draining,
    highWaterBytes: config.WS_BACKPRESSURE_BYTES,
    logger,
  });

  const upgradeRoutes: UpgradeRoute[] = [
    {
      match: (p) => p === '/trpc',
      target: () => ({ endpoint: 'trpc' }),
      handle: (ws, req, identity) => {
        if (security.trpcGate.accept(ws, req, identity)) trpcHandler(ws, req);
      },
    },
    createCompatHandler({ service, logger, limits: security.limits, maxMessageChars: config.MAX_MESSAGE_CHARS, highWaterBytes: config.WS_BACKPRESSURE_BYTES }),
  ];
  const httpRoutes: HttpRoute[] = [
    createCorsRoute(security.checkOrigin),
    createMetricsRoute(metrics.registry),
    createReadyRoute({ isDraining: () => draining, pingStore: () => store.ping(), timeoutMs: config.STORE_TIMEOUT_MS }),
    healthRoute,
    createDocsRoute({ maxMessageChars: config.MAX_MESSAGE_CHARS }),
    createAsyncApiRoute({ maxMessageChars: config.MAX_MESSAGE_CHARS }),
    staticRoute,
    createVendorRoute(),
    createUpgradeCheckRoute({ check: security.upgradeCheck, isDraining: () => draining }),
    createTrpcHttpRoute({
      router: appRouter,
      authenticator,
      limits: security.limits,
      checkOrigin: security.checkOrigin,
      clientAddress: security.clientAddress,
      connectionsPerIp: security.connectionsPerIp,
      upgradeRate: security.upgradeRate,
      maxBatchSize: config.TRPC_MAX_BATCH_SIZE,
      maxBodyBytes: config.MAX_FRAME_BYTES,
      maxSubscriptions: config.MAX_SUBSCRIPTIONS_PER_CONNECTION,
      ssePingMs: config.SSE_PING_MS,
      stallTimeoutMs: config.WS_STALL_TIMEOUT_MS,
      isDraining: () => draining,
      onRefused: (scope) => metrics.refused(scope),
      logger,
    }),
  ];

  // A client's traceparent on the upgrade is the parent of every turn on that socket (tracing on only).
  const tracedRoutes = upgradeRoutes.map((route): UpgradeRoute => ({
    ...route,
    handle: (ws, req, identity) => {
      tracing.traceSocket(ws, req, pathOf(req) === '/trpc' ? 'trpc' : 'compat');
      route.handle(ws, req, identity);
    },
  }));
  const server = createServer(tracing.traceHttp(createHttpHandler(httpRoutes)));
  server.on(
    'upgrade',
    refuseWhileDraining(() => draining, createUpgradeRouter(wss, tracedRoutes, {
      guard: security.guard,
      onConnection: (path, ws, socket) => {
        const endpoint = path === '/trpc' ? 'trpc' : 'compat';
        metrics.connectionOpened(endpoint);
        ws.once('close', () => metrics.connectionClosed(endpoint));
        supervisor.watch(ws, endpoint, socket);
      },
    })),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const hostForUrl = config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
  logger.info({ port, host: config.HOST, plugins: [...pluginHost.safety, ...pluginHost.agents].map((p) => p.plugin.name) }, 'gateway listening');

  let closing: Promise<void> | undefined;
  const shutdown = ({ graceMs }: { graceMs: number }): Promise<void> => {
    draining = true;
    closing ??= (async () => {
      const told = sendReconnectNotification(supervisor.trpcSockets);
      logger.info({ graceMs, activeTurns: engine.activeTurns, trpcToldToReconnect: told }, 'draining');
      // Old sockets keep delivering meanwhile; what is still running after graceMs ends as interrupted.
      await engine.drain(graceMs);
      // Lets subscriptions hand their last events (stream_end) to the sockets before the close frames.
      await new Promise((resolve) => setTimeout(resolve, 20));
      await closeSockets(wss.clients, { code: 1001, reason: 'Server shutting down', timeoutMs: 2000 });
      supervisor.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      wss.close();
      await pluginHost.close();
      retention.stop();
      await store.close();
      await counters.close();
      await tracing.shutdown();
    })();
    return closing;
  };
  return {
    server,
    url: `http://${hostForUrl}:${port}`,
    port,
    engine,
    host: pluginHost,
    store,
    metrics,
    shutdown,
    close: () => shutdown({ graceMs: 0 }),
  };
}

function missingProvider(): never {
  throw new Error('createGateway needs `response` or `provider`');
}

function defaultMessages(grounding: Grounding): LlmMessage[] {
  return [...grounding.history.map((m) => ({ role: m.role, content: m.content })), { role: 'user' as const, content: grounding.message }];
}
