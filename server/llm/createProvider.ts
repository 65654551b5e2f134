import { createAnthropicProvider } from './createAnthropicProvider.ts';
import { createOpenAiProvider } from './createOpenAiProvider.ts';
import type { LlmProvider } from './LlmProvider.ts';
import { withRetryAndFallback, type RetryOptions } from './withRetryAndFallback.ts';

/** One upstream endpoint; `| undefined` so values straight from a zod parse fit. */
export interface LlmEndpointOptions {
  readonly provider: 'openai' | 'anthropic';
  /** Includes the version path, e.g. `http://127.0.0.1:11434/v1` or `https://api.anthropic.com/v1`. */
  readonly baseUrl: string;
  readonly apiKey?: string | undefined;
  readonly model: string;
  readonly timeoutMs?: number | undefined;
  readonly name?: string | undefined;
}

export interface CreateProviderOptions extends LlmEndpointOptions {
  readonly timeoutMs: number;
  /** Tried in order before the first token, after the primary's retries; timeoutMs defaults to the primary's. */
  readonly fallbacks?: readonly LlmEndpointOptions[] | undefined;
  readonly retry?: RetryOptions | undefined;
}

export { llmEndpointSchema, llmFallbacksSchema } from '../config/llmFallbacksSchema.ts';

function createEndpoint(endpoint: LlmEndpointOptions, timeoutMs: number, name: string): LlmProvider {
  const options = {
    baseUrl: endpoint.baseUrl,
    model: endpoint.model,
    timeoutMs: endpoint.timeoutMs ?? timeoutMs,
    name: endpoint.name ?? name,
    ...(endpoint.apiKey ? { apiKey: endpoint.apiKey } : {}),
  };
  return endpoint.provider === 'anthropic' ? createAnthropicProvider(options) : createOpenAiProvider(options);
}

/**
 * The configured chain: primary, then fallbacks, under one retry policy. Nothing connects here, so an
 * unreachable upstream surfaces as a typed error on the turn that needs it, never at startup.
 */
export function createProvider(options: CreateProviderOptions): LlmProvider {
  const primary = createEndpoint(options, options.timeoutMs, options.provider);
  const fallbacks = (options.fallbacks ?? []).map((f, i) => createEndpoint(f, options.timeoutMs, `${f.provider}-fallback-${i + 1}`));
  return withRetryAndFallback([primary, ...fallbacks], {
    name: primary.name,
    ...(options.retry ? { retry: options.retry } : {}),
  });
}
