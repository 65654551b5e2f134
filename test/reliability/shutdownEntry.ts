/**
 * A gateway process for the shutdown test: the real createGateway and the same signal handling as
 * `npm start` (handleShutdownSignals with SHUTDOWN_GRACE_MS), with a scripted provider whose answer
 * length the message sets ("tokens=N": `w0 w1 ... w{N-1} ` at SCRIPT_DELAY_MS per token), so a test
 * can have turns that finish within the grace period and turns that cannot.
 */
import { loadConfig } from '../../server/config/loadConfig.ts';
import { createGateway } from '../../server/createGateway.ts';
import { createLogger } from '../../server/logging/createLogger.ts';
import { handleShutdownSignals } from '../../server/reliability/handleShutdownSignals.ts';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';

const config = loadConfig({ envFile: false });
const logger = createLogger({ level: config.LOG_LEVEL, throttleMs: config.LOG_THROTTLE_MS });
const delayMs = Number(process.env['SCRIPT_DELAY_MS'] ?? 10);
const provider = createScriptedProvider({
  delayMs,
  tokens: (request) => {
    const count = Number(/tokens=(\d+)/.exec(request.grounding.message)?.[1] ?? 20);
    return Array.from({ length: count }, (_, i) => `w${i} `);
  },
});
const gateway = await createGateway({ config, provider, plugins: [], logger });
process.stdout.write(`LISTENING ${gateway.port}\n`);
handleShutdownSignals({ shutdown: () => gateway.shutdown({ graceMs: config.SHUTDOWN_GRACE_MS }), logger });
