import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getWSConnectionHandler } from '@trpc/server/adapters/ws';
import { WebSocket, WebSocketServer } from 'ws';
import type { GatewayConfig } from './config/configSchema.ts';
import { createChatEngine, type ChatEngine } from './engine/createChatEngine.ts';
import { createHttpHandler, type HttpRoute } from './http/handleHttpRequest.ts';
import { healthRoute } from './http/healthRoute.ts';
import { createMetricsRoute } from './http/metricsRoute.ts';
import { createReadyRoute } from './http/readyRoute.ts';
import { createMetrics, type Metrics } from './metrics/createMetrics.ts';
import { staticRoute } from './http/staticRoute.ts';
import { createCompatHandler } from '../compat/createCompatHandler.ts';
import type { LlmProvider, LlmMessage, Grounding } from './llm/LlmProvider.ts';
import { createLogger, type Logger } from './logging/createLogger.ts';
import { createPluginHost, type PluginHost, type PluginRegistration } from './plugins/createPluginHost.ts';
import { loadPluginsConfig } from './plugins/loadPluginsConfig.ts';
import type { ResponseOptions } from './engine/respondWithLlm.ts';
import type { SessionStore } from './store/SessionStore.ts';
import { createStoreFromConfig } from './store/createStoreFromConfig.ts';
import { createAuthenticator } from './auth/createAuthenticator.ts';
import { createRetentionJob } from './jobs/createRetentionJob.ts';
import { createAppRouter } from './trpc/createAppRouter.ts';
import type { TrpcContext } from './trpc/trpc.ts';
import { createUpgradeRouter, type UpgradeRoute } from './createUpgradeRouter.ts';

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
}

export interface Gateway {
  readonly server: Server;
  readonly url: string;
  readonly port: number;
  readonly engine: ChatEngine;
  readonly host: PluginHost;
  readonly store: SessionStore;
  readonly metrics: Metrics;
  close(): Promise<void>;
}

/** Builds and starts the gateway: HTTP routes, one WebSocket server routed by path, the engine. */
export async function createGateway(opts: GatewayOptions): Promise<Gateway> {
  const { config } = opts;
  const logger = opts.logger ?? createLogger({ level: config.LOG_LEVEL });
  const authenticator = createAuthenticator(config);
  const store = opts.store ?? createStoreFromConfig(config);

  const registrations = [...opts.plugins];
  const preRejected = [];
  if (config.PLUGINS_CONFIG) {
    const loaded = await loadPluginsConfig(config.PLUGINS_CONFIG);
    registrations.push(...loaded.registrations);
    preRejected.push(...loaded.rejected);
  }
  const host = await createPluginHost({ registrations, defaultTimeoutMs: config.PLUGIN_TIMEOUT_MS, logger });
  for (const error of preRejected) logger.error({ plugin: error.plugin, code: error.code }, error.message);
  const pluginHost: PluginHost = { ...host, rejected: [...preRejected, ...host.rejected], close: () => host.close() };

  let draining = false;
  // Read at scrape time only, after `engine` exists.
  const metrics = createMetrics({ activeTurns: () => engine.activeTurns });
  const engine = createChatEngine({
    observer: metrics.observer,
    host: pluginHost,
    store,
    logger,
    leaseMs: config.TURN_LEASE_MS,
    safety: { emergencyNumber: config.EMERGENCY_NUMBER, crisisLine: config.CRISIS_LINE },
    turnTimeoutMs: config.TURN_TIMEOUT_MS,
    ...(opts.kbVersion === undefined ? {} : { kbVersion: opts.kbVersion }),
    response: opts.response ?? {
      provider: opts.provider ?? missingProvider(),
      maxOutputTokens: config.LLM_MAX_OUTPUT_TOKENS,
      buildMessages: defaultMessages,
    },
  });

  // Closes turns a dead process left running before any client can resume them, then purges hourly.
  const retention = createRetentionJob({ store, retentionDays: config.RETENTION_DAYS, logger });
  await retention.start();

  const appRouter = createAppRouter({ engine, store, maxMessageChars: config.MAX_MESSAGE_CHARS });
  const wss = new WebSocketServer({ noServer: true, maxPayload: config.MAX_FRAME_BYTES });
  const trpcHandler = getWSConnectionHandler({
    wss,
    router: appRouter,
    createContext: async ({ req, res, info }): Promise<TrpcContext> => {
      // The upgrade's Authorization header, else connectionParams.token; failed auth refuses every call.
      const auth = await authenticator.authenticate({ authorization: req.headers.authorization, connectionToken: info.connectionParams?.['token'] });
      return {
        userId: auth.ok ? auth.userId : undefined,
        authFailure: auth.ok ? undefined : auth.reason,
        isConnectionOpen: () => res.readyState === WebSocket.OPEN,
        bufferedAmount: () => (res as WebSocket).bufferedAmount,
      };
    },
    onError: ({ error, type, path }) => {
      // tRPC hands us the input here too: it is health data and is never logged.
      if (error.code === 'INTERNAL_SERVER_ERROR') logger.error({ code: error.code, type, path, err: error.cause?.name }, 'trpc error');
      else logger.debug({ code: error.code, type, path }, 'trpc refusal');
    },
  });

  const upgradeRoutes: UpgradeRoute[] = [
    { match: (p) => p === '/trpc', handle: (ws, req) => trpcHandler(ws, req) },
    createCompatHandler({ engine, store, logger, maxMessageChars: config.MAX_MESSAGE_CHARS }),
  ];
  const httpRoutes: HttpRoute[] = [
    createMetricsRoute(metrics.registry),
    createReadyRoute({ isDraining: () => draining, pingStore: () => store.ping() }),
    healthRoute,
    staticRoute,
  ];

  const server = createServer(createHttpHandler(httpRoutes));
  server.on(
    'upgrade',
    createUpgradeRouter(wss, upgradeRoutes, {
      onConnection: (path, ws) => {
        const endpoint = path === '/trpc' ? 'trpc' : 'compat';
        metrics.connectionOpened(endpoint);
        ws.once('close', () => metrics.connectionClosed(endpoint));
      },
    }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const hostForUrl = config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
  logger.info({ port, host: config.HOST, plugins: [...pluginHost.safety, ...pluginHost.agents].map((p) => p.plugin.name) }, 'gateway listening');

  let closing: Promise<void> | undefined;
  return {
    server,
    url: `http://${hostForUrl}:${port}`,
    port,
    engine,
    host: pluginHost,
    store,
    metrics,
    close() {
      draining = true;
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          for (const client of wss.clients) client.close(1001, 'Server shutting down');
          server.closeAllConnections();
        });
        await engine.drain(0);
        wss.close();
        await pluginHost.close();
        retention.stop();
        await store.close();
      })();
      return closing;
    },
  };
}

function missingProvider(): never {
  throw new Error('createGateway needs `response` or `provider`');
}

function defaultMessages(grounding: Grounding): LlmMessage[] {
  return [...grounding.history.map((m) => ({ role: m.role, content: m.content })), { role: 'user' as const, content: grounding.message }];
}
