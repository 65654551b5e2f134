import type { ChatService } from '../server/service/createChatService.ts';
import { refusalBody } from './compatErrors.ts';
import type { CompatFrameBody } from './translateEvent.ts';

/** Messages per `history` frame: one frame for all but very long conversations. */
export const HISTORY_PAGE_SIZE = 200;

/**
 * A `history` request: the session's stored messages in `history` frames of up to a page each, the
 * last one with `has_more: false`. Each page waits for the client to catch up (`drained`: the one
 * congestion check of every frame, server/delivery/createCongestionCheck.ts), so a client that stops
 * reading holds at most the mark plus one page on the server until the stall watch cuts it off
 * (WS_STALL_TIMEOUT_MS), as it would in a live turn. The connection's own session reads as empty until
 * something is said on it; an unknown or another user's session is `not_found` alike.
 */
export async function sendHistory(opts: {
  service: ChatService;
  userId: string | undefined;
  sessionId: string;
  own: boolean;
  sendFrame: (body: CompatFrameBody) => void;
  /** The connection's congestion check: undefined while the client keeps up; else resolves once it has drained or gone. */
  drained: () => Promise<void> | undefined;
  isOpen: () => boolean;
  pageSize?: number;
}): Promise<void> {
  const { service, userId, sessionId } = opts;
  for (let cursor: string | undefined, more = true; more && opts.isOpen(); ) {
    await opts.drained();
    if (!opts.isOpen()) return;
    const page = await service.history({ userId, sessionId, cursor, pageSize: opts.pageSize ?? HISTORY_PAGE_SIZE, emptyIfUnknown: opts.own });
    if (!page.ok) return opts.sendFrame(refusalBody(page.refusal));
    ({ nextCursor: cursor, hasMore: more } = page.value);
    opts.sendFrame({
      type: 'history',
      session_id: sessionId,
      messages: page.value.messages.map((m) => ({
        role: m.role,
        content: m.content,
        turn_id: m.turnId,
        timestamp: new Date(m.createdAt).toISOString(),
        ...(m.finishReason === undefined ? {} : { finish_reason: m.finishReason }),
      })),
      has_more: more,
    });
  }
}
