/** Who opened a WebSocket, as established at the upgrade. */
export interface UpgradeIdentity {
  /** The peer's address (the proxy's, behind a reverse proxy). */
  readonly ip: string;
  /** The authenticated user; undefined with AUTH_MODE=none or while `pendingAuth`. */
  readonly userId: string | undefined;
  /** When the credentials expire (epoch ms): the socket is closed then. */
  readonly expiresAt: number | undefined;
  /** tRPC only: no credentials at the upgrade, so connectionParams.token must follow within the deadline. */
  readonly pendingAuth: boolean;
  /**
   * tRPC only: why the credentials were refused. The socket opens and is closed at once with 4401,
   * because a typed client can read a close code but not an HTTP status, and would retry forever.
   */
  readonly authRefusal?: string | undefined;
}
