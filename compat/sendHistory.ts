import type { ChatService } from '../server/service/createChatService.ts';
import { refusalBody } from './compatErrors.ts';
import type { CompatFrameBody } from './translateEvent.ts';

/**
 * A `history` request: the session's stored messages in one `history` frame. The connection's own
 * session reads as empty until something is said on it; an unknown or another user's session is
 * `not_found` alike.
 */
export async function sendHistory(opts: {
  service: ChatService;
  userId: string | undefined;
  sessionId: string;
  own: boolean;
  sendFrame: (body: CompatFrameBody) => void;
}): Promise<void> {
  const { service, userId, sessionId } = opts;
  const messages: Record<string, unknown>[] = [];
  for (let cursor: string | undefined, more = true; more; ) {
    const page = await service.history({ userId, sessionId, cursor, emptyIfUnknown: opts.own });
    if (!page.ok) return opts.sendFrame(refusalBody(page.refusal));
    for (const m of page.value.messages) {
      messages.push({
        role: m.role,
        content: m.content,
        turn_id: m.turnId,
        timestamp: new Date(m.createdAt).toISOString(),
        ...(m.finishReason === undefined ? {} : { finish_reason: m.finishReason }),
      });
    }
    ({ nextCursor: cursor, hasMore: more } = page.value);
  }
  opts.sendFrame({ type: 'history', session_id: sessionId, messages });
}
