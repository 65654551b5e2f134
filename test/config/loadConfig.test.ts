import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../server/config/configSchema.ts';
import { ConfigError, loadConfig } from '../../server/config/loadConfig.ts';

const envExample = fileURLToPath(new URL('../../.env.example', import.meta.url));

describe('configuration', () => {
  it('defaults to the embedded engine on 127.0.0.1:8000', () => {
    const config = loadConfig({ env: {}, envFile: false });
    expect(config).toMatchObject({ PORT: 8000, HOST: '127.0.0.1', LLM_PROVIDER: 'local', MAX_MESSAGE_CHARS: 4000, MAX_FRAME_BYTES: 65536 });
  });

  it('names each bad variable and what it allows', () => {
    let error: unknown;
    try {
      loadConfig({ env: { PORT: 'eighty', LOG_LEVEL: 'loud' }, envFile: false });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/PORT: .*number/);
    expect(message).toMatch(/LOG_LEVEL: .*"fatal"/);
  });

  it('requires a base URL and model for a remote provider and checks LLM_FALLBACKS', () => {
    expect(() => loadConfig({ env: { LLM_PROVIDER: 'openai' }, envFile: false })).toThrow(/LLM_BASE_URL: required[\s\S]*LLM_MODEL: required/);
    expect(() =>
      loadConfig({ env: { LLM_PROVIDER: 'openai', LLM_BASE_URL: 'http://127.0.0.1:1/v1', LLM_MODEL: 'm', LLM_FALLBACKS: '[{"provider":"x"}]' }, envFile: false }),
    ).toThrow(/LLM_FALLBACKS/);
  });

  it('reads .env under the process environment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'medchat-env-'));
    const file = join(dir, '.env');
    writeFileSync(file, 'PORT=9100\nEMERGENCY_NUMBER=112\nLOG_LEVEL=\n');
    const config = loadConfig({ env: { PORT: '9200' }, envFile: file });
    expect(config.PORT).toBe(9200);
    expect(config.EMERGENCY_NUMBER).toBe('112');
    expect(config.LOG_LEVEL).toBe('info');
  });

  it('.env.example lists every setting with its default, and nothing else', () => {
    const example = parseEnv(readFileSync(envExample, 'utf8'));
    const keys = Object.keys(configSchema.shape).sort();
    expect(Object.keys(example).sort()).toEqual(keys);
    const defaults = configSchema.parse({});
    for (const [key, value] of Object.entries(defaults)) {
      expect(String(value), key).toBe(example[key]);
    }
  });
});
