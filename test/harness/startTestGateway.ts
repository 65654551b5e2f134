import type { ChatClient, TurnEvent } from '../../client/index.ts';
import type { GatewayConfig } from '../../server/config/configSchema.ts';
import { createConfig } from '../../server/config/loadConfig.ts';
import { createGateway, type Gateway, type GatewayOptions } from '../../server/createGateway.ts';
import { createLogger } from '../../server/logging/createLogger.ts';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { createClientOver } from './createClientOver.ts';
import { unloadedWindow } from './unloadedWindow.ts';

export interface TestGateway extends Gateway, AsyncDisposable {
  /** A typed client for this gateway (over WebSocket unless `transport: 'http'`), closed with it. */
  client(opts?: { token?: string; transport?: 'ws' | 'http' }): ChatClient;
  readonly wsUrl: string;
}

/**
 * A real gateway on 127.0.0.1:0 as a disposable resource: `await using gw = await startTestGateway()`.
 * Defaults: silent logs, a scripted provider, no plugins; pass what the test is about.
 */
export async function startTestGateway(
  opts: Partial<Omit<GatewayOptions, 'config'>> & { config?: Partial<Record<keyof GatewayConfig, string | number>> } = {},
): Promise<TestGateway> {
  const config = createConfig({ PORT: 0, HOST: '127.0.0.1', LOG_LEVEL: 'silent', STORE: 'memory', ...opts.config });
  const gateway = await createGateway({
    ...opts,
    config,
    provider: opts.provider ?? createScriptedProvider({ tokens: ['Hello', ' there', '.'] }),
    plugins: opts.plugins ?? [],
    // One event per token whatever the test runner's load (tests count events); the merge under load
    // has its own tests, which pass a window they drive.
    loadWindow: opts.loadWindow ?? unloadedWindow(),
    logger: opts.logger ?? createLogger({ level: config.LOG_LEVEL, throttleMs: config.LOG_THROTTLE_MS }),
  });
  const clients: ChatClient[] = [];
  return {
    ...gateway,
    wsUrl: gateway.url.replace('http:', 'ws:'),
    client({ transport = 'ws', ...clientOpts } = {}) {
      const c = createClientOver(transport, gateway.url, clientOpts);
      clients.push(c);
      return c;
    },
    async [Symbol.asyncDispose]() {
      for (const c of clients) c.close();
      await gateway.close();
    },
  };
}

/** Collects a turn's events until stream_end. */
export async function collectTurn(iterable: AsyncIterable<TurnEvent>): Promise<TurnEvent[]> {
  const events: TurnEvent[] = [];
  for await (const e of iterable) events.push(e);
  return events;
}
