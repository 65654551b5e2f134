export class AuthConfigError extends Error {
  override readonly name = 'AuthConfigError';
}

/**
 * Parses AUTH_TOKENS (`token1:user1,token2:user2`) into token → user id. The user id follows the
 * last colon, so a token may itself contain colons. Errors never echo a token.
 */
export function parseAuthTokens(spec: string | undefined): Map<string, string> {
  const tokens = new Map<string, string>();
  const entries = (spec ?? '').split(',').map((e) => e.trim()).filter(Boolean);
  if (entries.length === 0) throw new AuthConfigError('AUTH_MODE=token needs AUTH_TOKENS=token1:user1,token2:user2');
  for (const [i, entry] of entries.entries()) {
    const at = entry.lastIndexOf(':');
    const token = entry.slice(0, at).trim();
    const userId = entry.slice(at + 1).trim();
    if (at <= 0 || !token || !userId) throw new AuthConfigError(`AUTH_TOKENS entry ${i + 1} is not token:user`);
    if (tokens.has(token)) throw new AuthConfigError(`AUTH_TOKENS entry ${i + 1} repeats an earlier token`);
    tokens.set(token, userId);
  }
  return tokens;
}
