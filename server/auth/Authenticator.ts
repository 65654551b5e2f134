/** What a connection presented: the upgrade's `Authorization` header and/or tRPC `connectionParams.token`. */
export interface Credentials {
  readonly authorization?: string | undefined;
  readonly connectionToken?: string | undefined;
}

export type AuthResult =
  | { readonly ok: true; readonly userId: string | undefined; readonly expiresAt?: number | undefined }
  | { readonly ok: false; readonly reason: 'missing' | 'invalid' };

/** `expiresAt` (epoch ms) is set for credentials that expire (JWT): the socket is closed then. */

/**
 * One authentication mode (none, token, jwt). The gateway only sees this interface, so a
 * new mode is a new implementation picked in createAuthenticator.
 */
export interface Authenticator {
  readonly mode: string;
  /** False when anonymous use is allowed (AUTH_MODE=none). */
  readonly required: boolean;
  authenticate(credentials: Credentials): Promise<AuthResult>;
}
