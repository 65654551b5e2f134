import { createHash, timingSafeEqual } from 'node:crypto';
import type { Authenticator } from './Authenticator.ts';
import { readBearerToken } from './readBearerToken.ts';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Static API tokens. Tokens are compared as SHA-256 digests with timingSafeEqual against every
 * configured token, so neither a token's length nor how much of it matched shows in the timing.
 */
export function createTokenAuthenticator(tokens: ReadonlyMap<string, string>): Authenticator {
  const known = [...tokens].map(([token, userId]) => ({ digest: digest(token), userId }));
  return {
    mode: 'token',
    required: true,
    async authenticate(credentials) {
      const presented = readBearerToken(credentials);
      if (presented === undefined) return { ok: false, reason: 'missing' };
      const candidate = digest(presented);
      let userId: string | undefined;
      for (const entry of known) if (timingSafeEqual(entry.digest, candidate)) userId = entry.userId;
      return userId === undefined ? { ok: false, reason: 'invalid' } : { ok: true, userId };
    },
  };
}
