import { describe, expect, it } from 'vitest';
import { readBearerToken } from '../../server/auth/readBearerToken.ts';

describe('Authorization header parsing (what docs/security.md promises)', () => {
  it('matches the scheme without regard to case and ignores surrounding and separating whitespace', () => {
    for (const header of ['Bearer abc', 'bearer abc', 'BEARER abc', 'Bearer   abc', 'Bearer\tabc', '  Bearer abc  ']) {
      expect(readBearerToken({ authorization: header }), JSON.stringify(header)).toBe('abc');
    }
  });

  it('refuses anything else (an empty token, two tokens, another scheme, a list)', () => {
    for (const header of ['Bearer', 'Bearer abc def', 'Basic YWJjOmRlZg==', 'Bearer abc, Bearer def', 'Token abc']) {
      expect(readBearerToken({ authorization: header }), JSON.stringify(header)).toBe('');
    }
  });

  it('the header wins over connectionParams.token', () => {
    expect(readBearerToken({ authorization: 'Bearer from-header', connectionToken: 'from-params' })).toBe('from-header');
    expect(readBearerToken({ connectionToken: ' from-params ' })).toBe('from-params');
  });
});
