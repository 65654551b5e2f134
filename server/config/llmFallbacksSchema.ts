import { z } from 'zod';

/** One entry of LLM_FALLBACKS. */
export const llmEndpointSchema = z
  .object({
    provider: z.enum(['openai', 'anthropic']),
    baseUrl: z.url({ protocol: /^https?$/ }),
    apiKey: z.string().min(1).optional(),
    model: z.string().min(1),
    timeoutMs: z.number().int().positive().optional(),
    name: z.string().min(1).optional(),
  })
  .strict();

/**
 * LLM_FALLBACKS: a JSON array of endpoints (the raw env string or an already parsed array; empty or
 * unset means none). Issues name the field, never the value, so a key in the JSON is not echoed.
 */
export const llmFallbacksSchema = z.preprocess((value, ctx) => {
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) return [];
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'LLM_FALLBACKS must be a JSON array of provider configs' });
    return z.NEVER;
  }
}, z.array(llmEndpointSchema));
