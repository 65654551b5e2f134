import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey, type JWTVerifyOptions } from 'jose';
import type { Authenticator } from './Authenticator.ts';
import { readBearerToken } from './readBearerToken.ts';

export interface JwtSettings {
  /** HS256 shared secret. */
  readonly secret?: string | undefined;
  /** Public keys (RS*, PS*, ES*, EdDSA) fetched and cached by jose. */
  readonly jwksUrl?: string | undefined;
  readonly issuer?: string | undefined;
  readonly audience?: string | undefined;
}

const ASYMMETRIC = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

/**
 * JWTs verified with jose: `sub` is the user id and `exp` is required, so no token is valid forever.
 * The algorithm list is pinned to the key kind, so an HS256 token signed with a public key (algorithm
 * confusion) or `alg: none` never verifies.
 */
export function createJwtAuthenticator(settings: JwtSettings): Authenticator {
  const options: JWTVerifyOptions = {
    algorithms: settings.secret ? ['HS256'] : ASYMMETRIC,
    requiredClaims: ['exp', 'sub'],
    ...(settings.issuer === undefined ? {} : { issuer: settings.issuer }),
    ...(settings.audience === undefined ? {} : { audience: settings.audience }),
  };
  const secret = settings.secret === undefined ? undefined : new TextEncoder().encode(settings.secret);
  const jwks: JWTVerifyGetKey | undefined = secret ? undefined : createRemoteJWKSet(new URL(settingsUrl(settings)), { timeoutDuration: 5000 });
  const verify = (token: string) => (secret ? jwtVerify(token, secret, options) : jwtVerify(token, jwks as JWTVerifyGetKey, options));

  return {
    mode: 'jwt',
    required: true,
    async authenticate(credentials) {
      const presented = readBearerToken(credentials);
      if (presented === undefined) return { ok: false, reason: 'missing' };
      try {
        const { payload } = await verify(presented);
        const userId = payload.sub;
        if (typeof userId !== 'string' || userId.length === 0 || typeof payload.exp !== 'number') return { ok: false, reason: 'invalid' };
        return { ok: true, userId, expiresAt: payload.exp * 1000 };
      } catch {
        // Any failure (bad signature, expired, wrong issuer, JWKS unreachable) is just "invalid" to
        // the client: the details would help an attacker more than a user.
        return { ok: false, reason: 'invalid' };
      }
    },
  };
}

function settingsUrl(settings: JwtSettings): string {
  if (!settings.jwksUrl) throw new Error('AUTH_MODE=jwt needs JWT_SECRET or JWT_JWKS_URL');
  return settings.jwksUrl;
}
