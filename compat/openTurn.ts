import type { ChatEngine, TurnSlot } from '../server/engine/createChatEngine.ts';
import type { EventSource } from '../server/engine/EventSource.ts';
import { formatEventId } from '../server/protocol/eventId.ts';
import type { SessionStore, StoredEvent } from '../server/store/SessionStore.ts';
import type { MessageIdRegistry } from './createMessageIdRegistry.ts';
import { mergeProfile } from './mergeProfile.ts';
import type { ClientFrame } from './protocol/parseClientFrame.ts';

export interface OpenTurnContext {
  readonly engine: ChatEngine;
  readonly store: SessionStore;
  readonly registry: MessageIdRegistry;
  readonly userId: string | undefined;
  /** The connection's session, for messages that name none. */
  readonly sessionId: string;
  /** The concurrency slot a new turn holds until it ends; a replay releases it at once. */
  readonly slot?: TurnSlot | undefined;
}

/**
 * A client message as engine calls: a new turn (with the user's stored profile under the message's),
 * or, for a `client_message_id` that already started one, a replay of that turn from its first event.
 */
export async function openTurn(
  ctx: OpenTurnContext,
  frame: Extract<ClientFrame, { type: 'message' }>,
): Promise<{ turnId: string; events: EventSource<StoredEvent> }> {
  const { engine, registry, userId } = ctx;
  const sessionId = frame.sessionId ?? ctx.sessionId;
  // Scoped to the user and the session: without auth every client is "no user", and plain clients
  // number their messages 1, 2, 3, so a key of the id alone replayed one person's answer to another.
  const key = frame.clientMessageId === undefined ? undefined : `${userId ?? ''}\n${sessionId}\n${frame.clientMessageId}`;
  const known = key === undefined ? undefined : await registry.get(key)?.catch(() => undefined);
  if (known !== undefined) {
    ctx.slot?.release();
    return engine.resume(formatEventId(known, 0), userId);
  }

  const started = (async () => {
    const stored = userId === undefined ? undefined : await ctx.store.getProfile(userId);
    return engine.startTurn({
      message: frame.message,
      sessionId,
      enableAgents: frame.enableAgents,
      profile: mergeProfile(stored, frame.patientProfile),
      userId,
      slot: ctx.slot,
    });
  })();
  // A turn that never started holds no slot (release is idempotent).
  started.catch(() => ctx.slot?.release());
  if (key !== undefined) {
    // Recorded before the turn exists, so a resend racing the start waits for it instead of starting another.
    const turnId = started.then((turn) => turn.id);
    turnId.catch(() => registry.delete(key));
    registry.set(key, turnId);
  }
  const turn = await started;
  return { turnId: turn.id, events: turn.follow(0) };
}
