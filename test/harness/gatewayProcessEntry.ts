/**
 * A gateway process for resume and crash tests: the real createGateway with configuration from the
 * environment (STORE, SQLITE_PATH, REDIS_URL, AUTH_*, TURN_LEASE_MS ...), the test plugins, and a
 * scripted provider whose answer is `w0 w1 ... w{SCRIPT_TOKENS-1} ` at SCRIPT_DELAY_MS per token, so
 * an interrupted run can be compared with an uninterrupted one exactly.
 */
import { loadConfig } from '../../server/config/loadConfig.ts';
import { createGateway } from '../../server/createGateway.ts';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { historyAgent, keywordSafety } from '../fakes/testPlugins.ts';

const config = loadConfig({ envFile: false });
const count = Number(process.env['SCRIPT_TOKENS'] ?? 20);
const delayMs = Number(process.env['SCRIPT_DELAY_MS'] ?? 10);
const provider = createScriptedProvider({ tokens: Array.from({ length: count }, (_, i) => `w${i} `), delayMs });
const gateway = await createGateway({ config, provider, plugins: [{ plugin: keywordSafety }, { plugin: historyAgent }] });
process.stdout.write(`LISTENING ${gateway.port}\n`);

const stop = () => {
  gateway.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
