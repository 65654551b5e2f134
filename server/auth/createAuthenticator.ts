import type { GatewayConfig } from '../config/configSchema.ts';
import type { Authenticator } from './Authenticator.ts';
import { createTokenAuthenticator } from './createTokenAuthenticator.ts';
import { parseAuthTokens } from './parseAuthTokens.ts';

const anonymous: Authenticator = { mode: 'none', required: false, authenticate: async () => ({ ok: true, userId: undefined }) };

/** The authenticator AUTH_MODE names; throws AuthConfigError when its settings are missing or bad. */
export function createAuthenticator(config: Pick<GatewayConfig, 'AUTH_MODE' | 'AUTH_TOKENS'>): Authenticator {
  switch (config.AUTH_MODE) {
    case 'none':
      return anonymous;
    case 'token':
      return createTokenAuthenticator(parseAuthTokens(config.AUTH_TOKENS));
  }
}
