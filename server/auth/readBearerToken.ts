import type { Credentials } from './Authenticator.ts';

/** The presented secret: the `Authorization: Bearer` header wins over `connectionParams.token`. */
export function readBearerToken(credentials: Credentials): string | undefined {
  const header = credentials.authorization?.trim();
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return match?.[1] ?? '';
  }
  const token = credentials.connectionToken?.trim();
  return token ? token : undefined;
}
