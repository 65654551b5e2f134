import { describe, expect, it } from 'vitest';
import { ConfigError, createConfig } from '../../server/config/loadConfig.ts';

describe('start-up refusals (a production deploy that forgot auth)', () => {
  it('NODE_ENV=production with AUTH_MODE=none refuses to start unless ALLOW_INSECURE=1', () => {
    expect(() => createConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_MODE: none is refused with NODE_ENV=production/);
    expect(createConfig({ NODE_ENV: 'production', ALLOW_INSECURE: '1' }).AUTH_MODE).toBe('none');
    expect(createConfig({ NODE_ENV: 'production', AUTH_MODE: 'token', AUTH_TOKENS: 't:u' }).AUTH_MODE).toBe('token');
    expect(createConfig().AUTH_MODE).toBe('none');
  });

  it('NODE_ENV takes any name; only production requires auth', () => {
    expect(createConfig({ NODE_ENV: 'staging' }).NODE_ENV).toBe('staging');
    expect(createConfig({ NODE_ENV: 'staging' }).AUTH_MODE).toBe('none');
    expect(() => createConfig({ NODE_ENV: 'x'.repeat(65) })).toThrow(/NODE_ENV/);
  });

  it('AUTH_MODE=jwt needs exactly one key source, and a secret long enough for HS256', () => {
    expect(() => createConfig({ AUTH_MODE: 'jwt' })).toThrow(ConfigError);
    expect(() => createConfig({ AUTH_MODE: 'jwt', JWT_SECRET: 'x'.repeat(32), JWT_JWKS_URL: 'https://id.example/jwks.json' })).toThrow(/exactly one/);
    expect(() => createConfig({ AUTH_MODE: 'jwt', JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
    expect(createConfig({ AUTH_MODE: 'jwt', JWT_JWKS_URL: 'https://id.example/jwks.json' }).JWT_JWKS_URL).toBe('https://id.example/jwks.json');
  });
});
