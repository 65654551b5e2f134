import { describe, expect, it } from 'vitest';
import { createAuthenticator } from '../../server/auth/createAuthenticator.ts';
import { AuthConfigError, parseAuthTokens } from '../../server/auth/parseAuthTokens.ts';

describe('AUTH_TOKENS and the token authenticator', () => {
  it('parses token:user pairs, trimming, with colons allowed inside a token', () => {
    expect([...parseAuthTokens(' token1:user1 , a:b:c:user2,')]).toEqual([
      ['token1', 'user1'],
      ['a:b:c', 'user2'],
    ]);
  });

  it('refuses empty, malformed and repeated entries without echoing a token', () => {
    expect(() => parseAuthTokens(undefined)).toThrow(AuthConfigError);
    expect(() => parseAuthTokens('secret-one')).toThrow(/entry 1 is not token:user/);
    expect(() => parseAuthTokens('s3cret:u1,s3cret:u2')).toThrow(/entry 2 repeats/);
    try {
      parseAuthTokens('ok:u1,s3cret-value:');
    } catch (error) {
      expect(String(error)).not.toContain('s3cret-value');
    }
  });

  it('authenticates the Authorization header first, else connectionParams.token', async () => {
    const auth = createAuthenticator({ AUTH_MODE: 'token', AUTH_TOKENS: 'token1:user1,token2:user2' });
    expect(auth.required).toBe(true);
    expect(await auth.authenticate({ authorization: 'Bearer token2' })).toEqual({ ok: true, userId: 'user2' });
    expect(await auth.authenticate({ authorization: 'bearer   token1' })).toEqual({ ok: true, userId: 'user1' });
    expect(await auth.authenticate({ connectionToken: 'token1' })).toEqual({ ok: true, userId: 'user1' });
    expect(await auth.authenticate({ authorization: 'Bearer token1', connectionToken: 'token2' })).toEqual({ ok: true, userId: 'user1' });
    expect(await auth.authenticate({ authorization: 'Bearer nope', connectionToken: 'token2' })).toEqual({ ok: false, reason: 'invalid' });
    expect(await auth.authenticate({ authorization: 'Basic dXNlcjE6eA==' })).toEqual({ ok: false, reason: 'invalid' });
    expect(await auth.authenticate({ connectionToken: 'token' })).toEqual({ ok: false, reason: 'invalid' });
    expect(await auth.authenticate({ connectionToken: 'token10' })).toEqual({ ok: false, reason: 'invalid' });
    expect(await auth.authenticate({})).toEqual({ ok: false, reason: 'missing' });
  });

  it('lets everyone in anonymously with AUTH_MODE=none', async () => {
    const auth = createAuthenticator({ AUTH_MODE: 'none', AUTH_TOKENS: undefined });
    expect(auth.required).toBe(false);
    expect(await auth.authenticate({ authorization: 'Bearer whatever' })).toEqual({ ok: true, userId: undefined });
  });

  it('fails at start-up when AUTH_MODE=token has no tokens', () => {
    expect(() => createAuthenticator({ AUTH_MODE: 'token', AUTH_TOKENS: undefined })).toThrow(AuthConfigError);
  });
});
