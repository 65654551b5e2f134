import { z } from 'zod';

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/**
 * Every setting the gateway reads, with its default. `.env.example` lists the same names; a test
 * keeps the two in step.
 */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: int(0, 65535).default(8000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_MESSAGE_CHARS: int(1, 100_000).default(4000),
  MAX_FRAME_BYTES: int(1024, 16 * 1024 * 1024).default(64 * 1024),
  PLUGINS_CONFIG: z.string().min(1).optional(),
  PLUGIN_TIMEOUT_MS: int(10, 600_000).default(10_000),
  TURN_TIMEOUT_MS: int(100, 3_600_000).default(180_000),
  STORE: z.enum(['memory']).default('memory'),
  /** `local` is the embedded offline engine; `openai` covers any OpenAI-compatible server. */
  LLM_PROVIDER: z.enum(['local', 'openai', 'anthropic']).default('local'),
  /** Includes the version path, e.g. http://127.0.0.1:11434/v1 (Ollama) or https://api.openai.com/v1. */
  LLM_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  LLM_API_KEY: z.string().min(1).optional(),
  LLM_MODEL: z.string().min(1).optional(),
  LLM_TIMEOUT_MS: int(100, 600_000).default(60_000),
  /** JSON list of further providers tried in order before the first token: [{provider, baseUrl, model, apiKey?, timeoutMs?}]. */
  LLM_FALLBACKS: z.string().min(2).optional(),
  LLM_MAX_OUTPUT_TOKENS: int(16, 32_768).default(1024),
  LLM_MAX_PROMPT_TOKENS: int(256, 1_000_000).default(6000),
  LOCAL_TOKEN_DELAY_MS: int(0, 5000).default(12),
  EMERGENCY_NUMBER: z.string().min(1).max(40).default('911'),
  CRISIS_LINE: z.string().min(1).max(200).default('988 (the Suicide & Crisis Lifeline, call or text)'),
});

export type GatewayConfig = z.output<typeof configSchema>;
