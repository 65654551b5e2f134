import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { checkConfig } from './checkConfig.ts';
import { configSchema, type GatewayConfig } from './configSchema.ts';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Reads `.env` (when present) under the process environment, validates every setting and throws a
 * ConfigError naming each bad variable and what it allows.
 */
export function loadConfig(opts: { env?: NodeJS.ProcessEnv; envFile?: string | false } = {}): GatewayConfig {
  const envFile = opts.envFile ?? '.env';
  const fromFile = envFile !== false && existsSync(envFile) ? parseEnv(readFileSync(envFile, 'utf8')) : {};
  const merged: Record<string, string | undefined> = { ...fromFile, ...(opts.env ?? process.env) };
  // Empty strings mean "unset" so that `FOO=` in .env falls back to the default.
  for (const [key, value] of Object.entries(merged)) if (value === '') delete merged[key];
  const parsed = configSchema.safeParse(merged);
  const lines = parsed.success
    ? checkConfig(parsed.data).map((problem) => `  ${problem}`)
    : parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  if (parsed.success && lines.length === 0) return parsed.data;
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

/** Builds a config from defaults plus the given overrides, validated the same way (tests, embedding). */
export function createConfig(overrides: Partial<Record<keyof GatewayConfig, string | number>> = {}): GatewayConfig {
  const env = Object.fromEntries(Object.entries(overrides).map(([k, v]) => [k, String(v)]));
  return loadConfig({ env, envFile: false });
}
