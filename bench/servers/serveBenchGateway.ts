/**
 * The gateway under test, as `npm start` builds it (createGateway, the built-in agents, the grounded
 * prompt) but with the bench provider, no logs, and every per-IP and per-user limit lifted: one load
 * generator on loopback stands for thousands of clients. `settings` chooses the store and anything
 * a bench varies (tracing, the Redis flush window). No output guard: it regroups tokens by sentence,
 * which would change what one frame per token means. Serves the control channel bench drivers use.
 */
import { builtinAgents } from '../../plugins/builtin/index.ts';
import { buildPrompt } from '../../plugins/medical/llm/buildPrompt.ts';
import { KNOWLEDGE_BASE_VERSION } from '../../plugins/medical/knowledge/version.ts';
import { createConfig } from '../../server/config/loadConfig.ts';
import { createGateway } from '../../server/createGateway.ts';
import { createGate } from '../lib/createGate.ts';
import { serveControl } from '../lib/serveControl.ts';
import { createBenchProvider } from './createBenchProvider.ts';

export async function serveBenchGateway(settings: Record<string, unknown>): Promise<void> {
  const config = createConfig({
    PORT: 0,
    LOG_LEVEL: process.env['BENCH_LOG_LEVEL'] ?? 'silent',
    MAX_CONNECTIONS_PER_IP: 100_000,
    UPGRADES_PER_MINUTE_IP: 1_000_000,
    RATE_LIMIT_PER_MINUTE_IP: 1_000_000,
    MAX_CONCURRENT_TURNS_IP: 100_000,
    RATE_LIMIT_PER_MINUTE_USER: 100_000,
    RATE_LIMIT_PER_MINUTE_CONNECTION: 100_000,
    MAX_CONCURRENT_TURNS_USER: 100_000,
    MAX_CONCURRENT_TURNS_CONNECTION: 1000,
    // Bench turns are longer than the default output cap.
    LLM_MAX_OUTPUT_TOKENS: 32_768,
    // Idle sockets are a scenario here, not something to close.
    WS_IDLE_TIMEOUT_MS: 0,
    ...settings,
  });
  const gate = createGate();
  const gateway = await createGateway({
    config,
    plugins: builtinAgents.map((plugin) => ({ plugin })),
    response: {
      provider: createBenchProvider(gate),
      maxOutputTokens: config.LLM_MAX_OUTPUT_TOKENS,
      buildMessages: (grounding) => buildPrompt(grounding, { maxPromptTokens: config.LLM_MAX_PROMPT_TOKENS }),
    },
    kbVersion: KNOWLEDGE_BASE_VERSION,
  });
  serveControl(gate, gateway.port);
}
