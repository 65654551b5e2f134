import type { IncomingMessage } from 'node:http';
import { createUpgradeDecision, type UpgradeDecision, type UpgradeDecisionOptions, type UpgradeTarget } from './createUpgradeDecision.ts';
import { readUpgradeCredentials } from './readUpgradeCredentials.ts';

export type { UpgradeDecision, UpgradeTarget } from './createUpgradeDecision.ts';

export interface UpgradeGuardOptions extends UpgradeDecisionOptions {
  /** The client's address (the proxy's report when the peer is a trusted proxy). */
  readonly clientAddress: (req: IncomingMessage) => string;
}

/**
 * Everything decided before a WebSocket opens (createUpgradeDecision), for a real upgrade: the
 * per-IP slot is held for the socket. A refused client never gets a socket, so it costs no frame
 * parsing and reaches no engine code. The exception is refused credentials on /trpc: see
 * UpgradeIdentity.authRefusal.
 */
export function createUpgradeGuard(opts: UpgradeGuardOptions) {
  const decide = createUpgradeDecision(opts);
  return (req: IncomingMessage, target: UpgradeTarget): Promise<UpgradeDecision> =>
    decide(
      {
        origin: req.headers.origin,
        ip: opts.clientAddress(req),
        credentials: readUpgradeCredentials(req),
        connectionParams: new URL(req.url ?? '/', 'http://localhost').searchParams.get('connectionParams') === '1',
      },
      target,
      'hold',
    );
}

export type UpgradeGuard = ReturnType<typeof createUpgradeGuard>;
