import type { GatewayConfig } from '../config/configSchema.ts';
import type { Authenticator } from './Authenticator.ts';
import { createJwtAuthenticator } from './createJwtAuthenticator.ts';
import { createTokenAuthenticator } from './createTokenAuthenticator.ts';
import { parseAuthTokens } from './parseAuthTokens.ts';

const anonymous: Authenticator = { mode: 'none', required: false, authenticate: async () => ({ ok: true, userId: undefined }) };

/** The authenticator AUTH_MODE names; throws AuthConfigError when its settings are missing or bad. */
export function createAuthenticator(
  config: Pick<GatewayConfig, 'AUTH_MODE' | 'AUTH_TOKENS'> & Partial<Pick<GatewayConfig, 'JWT_SECRET' | 'JWT_JWKS_URL' | 'JWT_ISSUER' | 'JWT_AUDIENCE'>>,
): Authenticator {
  switch (config.AUTH_MODE) {
    case 'none':
      return anonymous;
    case 'token':
      return createTokenAuthenticator(parseAuthTokens(config.AUTH_TOKENS));
    case 'jwt':
      return createJwtAuthenticator({ secret: config.JWT_SECRET, jwksUrl: config.JWT_JWKS_URL, issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE });
  }
}
