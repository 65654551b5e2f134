import { llmFallbacksSchema } from './llmFallbacksSchema.ts';
import type { GatewayConfig } from './configSchema.ts';

/** Rules that span several settings; each problem names the variable and what it needs. */
export function checkConfig(config: GatewayConfig): string[] {
  const problems: string[] = [];
  if (config.LLM_PROVIDER !== 'local') {
    if (!config.LLM_BASE_URL) problems.push(`LLM_BASE_URL: required when LLM_PROVIDER=${config.LLM_PROVIDER} (e.g. http://127.0.0.1:11434/v1)`);
    if (!config.LLM_MODEL) problems.push(`LLM_MODEL: required when LLM_PROVIDER=${config.LLM_PROVIDER}`);
  }
  if (config.NODE_ENV === 'production' && config.AUTH_MODE === 'none' && config.ALLOW_INSECURE !== '1') {
    problems.push('AUTH_MODE: none is refused with NODE_ENV=production (use token or jwt, or set ALLOW_INSECURE=1 to run without auth)');
  }
  if (config.AUTH_MODE === 'token' && !config.AUTH_TOKENS) problems.push('AUTH_TOKENS: required when AUTH_MODE=token (token1:user1,token2:user2)');
  if (config.AUTH_MODE === 'jwt' && !config.JWT_SECRET === !config.JWT_JWKS_URL) {
    problems.push('JWT_SECRET or JWT_JWKS_URL: exactly one is required when AUTH_MODE=jwt');
  }
  const fallbacks = llmFallbacksSchema.safeParse(config.LLM_FALLBACKS);
  if (!fallbacks.success) {
    problems.push(`LLM_FALLBACKS: ${fallbacks.error.issues.map((i) => `${i.path.join('.') || 'value'} ${i.message}`).join('; ')}`);
  }
  return problems;
}
