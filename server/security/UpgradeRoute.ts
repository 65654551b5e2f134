import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import type { UpgradeTarget } from './createUpgradeGuard.ts';
import type { UpgradeIdentity } from './UpgradeIdentity.ts';

export type WsConnectionHandler = (ws: WebSocket, req: IncomingMessage, identity: UpgradeIdentity) => void;

/** A WebSocket endpoint as the upgrade router (the app) mounts it; a transport implements it. */
export interface UpgradeRoute {
  /** Matches the request path; returns true when this route takes the connection. */
  readonly match: (path: string) => boolean;
  /** What the upgrade guard checks for this path (endpoint, the path's user id). */
  readonly target: (path: string) => UpgradeTarget;
  readonly handle: WsConnectionHandler;
}
