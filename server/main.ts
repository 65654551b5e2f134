/**
 * `npm start`: reads the configuration (environment over .env), starts the gateway and shuts it
 * down cleanly on SIGTERM/SIGINT. A bad setting stops the process with a message naming it.
 */
import { ConfigError, loadConfig } from './config/loadConfig.ts';
import { createLogger } from './logging/createLogger.ts';
import { handleShutdownSignals } from './reliability/handleShutdownSignals.ts';
import { startGateway } from './startGateway.ts';

let config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const logger = createLogger({ level: config.LOG_LEVEL, throttleMs: config.LOG_THROTTLE_MS });
const gateway = await startGateway({ config, logger });
console.log(`medchat-gateway listening on ${gateway.url} (tRPC at ${gateway.url.replace('http', 'ws')}/trpc, plain JSON at ${gateway.url.replace('http', 'ws')}/api/v1/ws/chat)`);

// Running turns get SHUTDOWN_GRACE_MS to finish; the rest end as interrupted and resume from the store.
handleShutdownSignals({ shutdown: () => gateway.shutdown({ graceMs: config.SHUTDOWN_GRACE_MS }), logger });
