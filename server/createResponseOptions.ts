import type { GatewayConfig } from './config/configSchema.ts';
import type { ResponseOptions } from './engine/respondWithLlm.ts';
import { createLocalProvider } from './llm/createLocalProvider.ts';
import { createProvider, llmFallbacksSchema } from './llm/createProvider.ts';
import type { Grounding } from './llm/LlmProvider.ts';
import { buildPrompt } from '../plugins/medical/llm/buildPrompt.ts';
import { createOutputGuard } from '../plugins/medical/llm/createOutputGuard.ts';

/**
 * The answer stage from configuration. A remote model gets the grounded prompt and the output guard;
 * the local engine writes from the same grounding and needs no guard (its text is composed from the
 * knowledge base, with the disclaimer, by construction).
 */
export function createResponseOptions(config: GatewayConfig, opts: { compose: (grounding: Grounding) => string }): ResponseOptions {
  const buildMessages = (grounding: Grounding) => buildPrompt(grounding, { maxPromptTokens: config.LLM_MAX_PROMPT_TOKENS });
  if (config.LLM_PROVIDER === 'local') {
    return {
      provider: createLocalProvider({ compose: opts.compose, tokenDelayMs: config.LOCAL_TOKEN_DELAY_MS }),
      maxOutputTokens: config.LLM_MAX_OUTPUT_TOKENS,
      buildMessages,
    };
  }
  const provider = createProvider({
    provider: config.LLM_PROVIDER,
    baseUrl: config.LLM_BASE_URL ?? '',
    apiKey: config.LLM_API_KEY,
    model: config.LLM_MODEL ?? '',
    timeoutMs: config.LLM_TIMEOUT_MS,
    fallbacks: llmFallbacksSchema.parse(config.LLM_FALLBACKS),
  });
  return {
    provider,
    maxOutputTokens: config.LLM_MAX_OUTPUT_TOKENS,
    buildMessages,
    guard: (grounding, signal) => createOutputGuard({ grounding, signal }),
  };
}
