import { builtinAgents } from '../../plugins/builtin/index.ts';
import { buildPrompt } from '../../plugins/medical/llm/buildPrompt.ts';
import { createChatEngine, type ChatEngine } from '../../server/engine/createChatEngine.ts';
import type { LlmProvider } from '../../server/llm/LlmProvider.ts';
import { createLogger } from '../../server/logging/createLogger.ts';
import { createMetrics } from '../../server/metrics/createMetrics.ts';
import { createPluginHost } from '../../server/plugins/createPluginHost.ts';
import { createMemoryStore } from '../../server/store/createMemoryStore.ts';

/**
 * The chat engine the in-process benches run: the built-in agents, the memory store, silent logs and
 * the given provider, with no sockets. Each bench chooses the provider (and the turn timeout); the rest
 * is the same in all of them.
 */
export async function createBenchEngine(opts: { provider: LlmProvider; maxOutputTokens: number; turnTimeoutMs: number; metrics?: boolean }): Promise<ChatEngine> {
  const logger = createLogger({ level: 'silent' });
  const host = await createPluginHost({ registrations: builtinAgents.map((plugin) => ({ plugin })), defaultTimeoutMs: 5000, logger });
  return createChatEngine({
    ...(opts.metrics === false ? {} : { observer: createMetrics({ activeTurns: () => 0 }).observer }),
    host,
    store: createMemoryStore(),
    logger,
    safety: { emergencyNumber: '911', crisisLine: '988' },
    turnTimeoutMs: opts.turnTimeoutMs,
    response: {
      provider: opts.provider,
      maxOutputTokens: opts.maxOutputTokens,
      buildMessages: (grounding) => buildPrompt(grounding, { maxPromptTokens: 4000 }),
    },
  });
}
