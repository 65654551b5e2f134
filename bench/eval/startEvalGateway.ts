import { WebSocket } from 'ws';
import { createChatClient, type ChatClient } from '../../client/index.ts';
import { createConfig } from '../../server/config/loadConfig.ts';
import { createLogger } from '../../server/logging/createLogger.ts';
import { startGateway } from '../../server/startGateway.ts';

export interface EvalGateway extends AsyncDisposable {
  readonly client: ChatClient;
}

/**
 * The gateway the vignette evals run through: built-in agents, the local engine without pacing, the
 * memory store. Every case goes through one client, one after another, so the rate limits it is not
 * measuring are lifted.
 */
export async function startEvalGateway(): Promise<EvalGateway> {
  const config = createConfig({
    PORT: 0,
    STORE: 'memory',
    LOCAL_TOKEN_DELAY_MS: 0,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE_CONNECTION: 100_000,
    RATE_LIMIT_PER_MINUTE_USER: 100_000,
  });
  const gateway = await startGateway({ config, logger: createLogger({ level: 'silent' }) });
  const client = createChatClient({ url: gateway.url, WebSocket: WebSocket as unknown as typeof globalThis.WebSocket });
  return {
    client,
    async [Symbol.asyncDispose]() {
      client.close();
      await gateway.close();
    },
  };
}
