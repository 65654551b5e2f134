import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import type { UpgradeRoute } from '../server/security/UpgradeRoute.ts';
import type { Logger } from '../server/logging/createLogger.ts';
import type { RequestLimits } from '../server/security/createRequestLimits.ts';
import type { UpgradeIdentity } from '../server/security/UpgradeIdentity.ts';
import type { ChatService } from '../server/service/createChatService.ts';
import { createFrameClock } from './createFrameClock.ts';
import { encodeFrame } from './encodeEvent.ts';
import { matchCompatPath } from './matchCompatPath.ts';
import { createClientFrameParser } from './protocol/parseClientFrame.ts';
import { startCompatConnection } from './startCompatConnection.ts';

export interface CompatHandlerOptions {
  readonly service: ChatService;
  readonly logger: Logger;
  readonly maxMessageChars: number;
  /** Rate limits and concurrent-turn caps (server/security). */
  readonly limits: RequestLimits;
  /** Messages that may wait behind a running turn on one connection (default 4). */
  readonly maxQueued?: number;
  /** Bytes queued on a socket beyond which its tokens are merged into fewer frames (default 1 MiB). */
  readonly highWaterBytes?: number;
}

/**
 * The guide's plain JSON WebSocket endpoints (`/api/v1/ws/chat[/{user_id}]`) as an upgrade route:
 * parse the client's frames, call the chat service, render its outcomes. No domain logic lives here.
 */
export function createCompatHandler(opts: CompatHandlerOptions): UpgradeRoute {
  const parse = createClientFrameParser({ maxMessageChars: opts.maxMessageChars });
  const clock = createFrameClock();
  const logger = opts.logger.child({ endpoint: 'compat' });

  return {
    match: (path) => matchCompatPath(path) !== undefined,
    target(path) {
      const match = matchCompatPath(path);
      return { endpoint: 'compat', pathUserId: match && 'userId' in match ? match.userId : undefined };
    },
    handle(ws: WebSocket, req: IncomingMessage, identity: UpgradeIdentity) {
      ws.on('error', (err) => logger.debug({ err }, 'compat socket error'));
      const match = matchCompatPath(new URL(req.url ?? '/', 'http://localhost').pathname);
      if (!match || 'invalidUserId' in match) {
        const message = 'user_id must be 1-128 characters of A-Z a-z 0-9 . _ -';
        ws.send(encodeFrame({ type: 'error', error_type: 'validation_error', message }, clock()));
        ws.close(1008, 'invalid user_id');
        return;
      }
      // With auth on, the upgrade guard has made sure a path's user id is the token's user.
      const userId = identity.userId ?? match.userId;
      startCompatConnection({
        ws,
        userId,
        expiresAt: identity.expiresAt,
        // Limits count the authenticated user, else the address: a path's user id is the client's choice.
        limits: opts.limits.connection(identity.userId, identity.ip),
        service: opts.service,
        parse,
        clock,
        logger,
        maxQueued: opts.maxQueued ?? 4,
        ...(opts.highWaterBytes === undefined ? {} : { highWaterBytes: opts.highWaterBytes }),
      });
    },
  };
}
