import { llmFallbacksSchema } from '../llm/createProvider.ts';
import type { GatewayConfig } from './configSchema.ts';

/** Rules that span several settings; each problem names the variable and what it needs. */
export function checkConfig(config: GatewayConfig): string[] {
  const problems: string[] = [];
  if (config.LLM_PROVIDER !== 'local') {
    if (!config.LLM_BASE_URL) problems.push(`LLM_BASE_URL: required when LLM_PROVIDER=${config.LLM_PROVIDER} (e.g. http://127.0.0.1:11434/v1)`);
    if (!config.LLM_MODEL) problems.push(`LLM_MODEL: required when LLM_PROVIDER=${config.LLM_PROVIDER}`);
  }
  const fallbacks = llmFallbacksSchema.safeParse(config.LLM_FALLBACKS);
  if (!fallbacks.success) {
    problems.push(`LLM_FALLBACKS: ${fallbacks.error.issues.map((i) => `${i.path.join('.') || 'value'} ${i.message}`).join('; ')}`);
  }
  return problems;
}
