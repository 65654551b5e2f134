/**
 * The gateway as bench/servers/gatewayServer.ts builds it (built-in agents, grounded prompt, bench
 * provider, no logs, per-IP and per-user limits off), on the Redis store: REDIS_URL or
 * REDIS_CLUSTER_NODES and REDIS_FLUSH_MS from the environment. Run by bench/scenarios/redisCost.ts.
 */
import { builtinAgents } from '../../plugins/builtin/index.ts';
import { KNOWLEDGE_BASE_VERSION } from '../../plugins/medical/knowledge/version.ts';
import { createConfig } from '../../server/config/loadConfig.ts';
import { createGateway } from '../../server/createGateway.ts';
import { buildPrompt } from '../../plugins/medical/llm/buildPrompt.ts';
import { createBenchProvider } from '../servers/createBenchProvider.ts';
import { createGate } from './createGate.ts';
import { serveControl } from './serveControl.ts';

const env = process.env;
const config = createConfig({
  PORT: 0,
  STORE: 'redis',
  ...(env['REDIS_URL'] ? { REDIS_URL: env['REDIS_URL'] } : {}),
  ...(env['REDIS_CLUSTER_NODES'] ? { REDIS_CLUSTER_NODES: env['REDIS_CLUSTER_NODES'] } : {}),
  ...(env['REDIS_FLUSH_MS'] ? { REDIS_FLUSH_MS: env['REDIS_FLUSH_MS'] } : {}),
  LOG_LEVEL: env['BENCH_LOG_LEVEL'] ?? 'silent',
  MAX_CONNECTIONS_PER_IP: 100_000,
  RATE_LIMIT_PER_MINUTE_USER: 100_000,
  RATE_LIMIT_PER_MINUTE_CONNECTION: 100_000,
  MAX_CONCURRENT_TURNS_USER: 1000,
  MAX_CONCURRENT_TURNS_CONNECTION: 1000,
  LLM_MAX_OUTPUT_TOKENS: 32_768,
  WS_IDLE_TIMEOUT_MS: 0,
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
