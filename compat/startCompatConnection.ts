import { randomUUID } from 'node:crypto';
import { WebSocket } from 'ws';
import type { ChatEngine } from '../server/engine/createChatEngine.ts';
import { EngineError } from '../server/engine/EngineError.ts';
import type { Logger } from '../server/logging/createLogger.ts';
import { CLOSE_CODES } from '../server/security/closeCodes.ts';
import type { ConnectionLimits } from '../server/security/createRequestLimits.ts';
import type { Refusal } from '../server/security/Refusal.ts';
import { scheduleExpiry } from '../server/security/scheduleExpiry.ts';
import type { SessionStore } from '../server/store/SessionStore.ts';
import { encodeFrame } from './encodeEvent.ts';
import { createEventSender } from './createEventSender.ts';
import type { MessageIdRegistry } from './createMessageIdRegistry.ts';
import { openTurn } from './openTurn.ts';
import { toCompatErrorType, type CompatErrorType } from './protocol/compatErrorTypes.ts';
import type { ClientFrame, ParsedClientFrame } from './protocol/parseClientFrame.ts';
import { translateEvent, type CompatFrameBody } from './translateEvent.ts';

type MessageFrame = Extract<ClientFrame, { type: 'message' }>;
/** What the safety check reads of a refused message (over-long, rate limited, busy). */
type SafetyCheck = { readonly message: string; readonly sessionId?: string | undefined; readonly profile?: MessageFrame['patientProfile'] };
type Pending =
  | { readonly kind: 'turn'; readonly frame: MessageFrame }
  | { readonly kind: 'error'; readonly body: CompatFrameBody; readonly safetyCheck?: SafetyCheck | undefined };
interface Active {
  turnId: string | undefined;
  cancelRequested: boolean;
  /** Stops following the turn's events (the turn itself runs on). */
  stop: (() => void) | undefined;
}

export interface CompatConnectionOptions {
  readonly ws: WebSocket;
  readonly userId: string | undefined;
  /** When the connection's credentials expire (epoch ms): an `unauthorized` error, then close 4401. */
  readonly expiresAt?: number | undefined;
  /** Rate limits and turn caps of this connection and its user. */
  readonly limits: ConnectionLimits;
  readonly engine: ChatEngine;
  readonly store: SessionStore;
  readonly parse: (text: string) => ParsedClientFrame;
  readonly registry: MessageIdRegistry;
  readonly clock: () => string;
  readonly logger: Logger;
  /** Requests waiting behind the running turn; one more is refused with `busy`. */
  readonly maxQueued: number;
  /** Bytes queued on the socket beyond which tokens are merged (see createEventSender). */
  readonly highWaterBytes?: number;
}

/**
 * One compat connection. Requests are answered in the order they arrive: a message waits (queued)
 * while an earlier turn streams, and a malformed frame's `error` waits its turn too, so a guide
 * client that stops at the first `error` never loses the rest of a running answer. `cancel` and
 * `history` are answered at once. Closing the socket stops delivery, never the turn.
 */
export function startCompatConnection(opts: CompatConnectionOptions): void {
  const { ws, userId, engine, store, clock, logger } = opts;
  const sessionId = randomUUID();
  const queue: Pending[] = [];
  let active: Active | undefined;
  let closed = false;

  const send = (text: string) => {
    if (ws.readyState === WebSocket.OPEN) ws.send(text);
  };
  const sendFrame = (body: CompatFrameBody) => send(encodeFrame(body, clock()));
  const errorBody = (errorType: CompatErrorType, message: string, extra: Record<string, unknown> = {}): CompatFrameBody => ({
    type: 'error',
    error_type: errorType,
    message,
    ...extra,
  });
  const errorFrom = (cause: unknown): CompatFrameBody => {
    if (cause instanceof EngineError) return errorBody(toCompatErrorType(cause.code), cause.message, { code: cause.code });
    logger.error({ err: cause instanceof Error ? cause.name : typeof cause }, 'compat request failed');
    return errorBody('internal_error', 'Internal error', { retryable: true });
  };

  // The emergency check runs before any refusal: a refused message that describes an emergency still
  // gets the emergency advice, first.
  const refuseWithSafety = async (check: SafetyCheck, body: CompatFrameBody) => {
    const emergencies = await engine.assessSafetyOnly({ ...check, userId }).catch(() => []);
    for (const event of emergencies) {
      const frame = translateEvent(event);
      if (frame) sendFrame(frame);
    }
    sendFrame(body);
  };
  const refusalBody = (refusal: Refusal) =>
    errorBody(refusal.errorType, refusal.message, {
      code: refusal.errorType,
      retryable: true,
      ...(refusal.retryAfterSeconds === undefined ? {} : { retry_after: refusal.retryAfterSeconds }),
    });
  const safetyCheckOf = (frame: MessageFrame): SafetyCheck => ({ message: frame.message, sessionId: frame.sessionId, profile: frame.patientProfile });

  const pump = () => {
    while (!active && !closed) {
      const next = queue.shift();
      if (!next) return;
      if (next.kind === 'turn') runTurn(next.frame);
      else if (!next.safetyCheck) sendFrame(next.body);
      else {
        // Holds the queue like a turn, so later answers stay in order behind the advice.
        const a: Active = { turnId: undefined, cancelRequested: false, stop: undefined };
        active = a;
        void refuseWithSafety(next.safetyCheck, next.body).finally(() => finish(a));
      }
    }
  };
  const enqueue = (entry: Pending) => {
    if ((active || queue.length > 0) && queue.length >= opts.maxQueued) {
      sendFrame(errorBody('busy', `${opts.maxQueued} messages are already waiting for the current answer; send again after stream_end`, { retryable: true }));
      return;
    }
    queue.push(entry);
    pump();
  };
  const finish = (a: Active) => {
    if (active !== a) return;
    active = undefined;
    pump();
  };

  const runTurn = (frame: MessageFrame) => {
    const a: Active = { turnId: undefined, cancelRequested: false, stop: undefined };
    active = a;
    const slot = opts.limits.acquireTurn();
    if (!slot.ok) {
      void refuseWithSafety(safetyCheckOf(frame), refusalBody(slot.refusal)).finally(() => finish(a));
      return;
    }
    openTurn({ engine, store, registry: opts.registry, userId, sessionId, slot }, frame).then(
      ({ turnId, events }) => {
        a.turnId = turnId;
        if (a.cancelRequested) engine.cancel(turnId, userId);
        if (closed) return finish(a);
        // After an error frame nothing of the turn follows (its stream_end included).
        let ended = false;
        const sendEvent = createEventSender(ws, clock, opts.highWaterBytes);
        a.stop = events({
          next: ({ event }) => {
            if (ended) return;
            if (event.type === 'error' && event.fatal) ended = true;
            sendEvent(event);
          },
          error: (cause: unknown) => {
            if (!ended) sendFrame(errorFrom(cause));
            finish(a);
          },
          complete: () => finish(a),
        });
      },
      (cause: unknown) => {
        sendFrame(errorFrom(cause));
        finish(a);
      },
    );
  };

  const cancel = () => {
    if (!active) return sendFrame({ type: 'status', status: 'nothing_to_cancel', details: {} });
    if (active.turnId === undefined) active.cancelRequested = true;
    else engine.cancel(active.turnId, userId);
  };

  const sendHistory = async (requested: string | undefined) => {
    const id = requested ?? sessionId;
    const session = await store.getSession(id);
    if (session && session.userId !== userId) return sendFrame(errorBody('forbidden', 'This session belongs to another user', { code: 'forbidden' }));
    const messages = session ? await store.getMessages(id) : [];
    sendFrame({
      type: 'history',
      session_id: id,
      messages: messages.map((m) => ({
        role: m.role,
        content: m.content,
        turn_id: m.turnId,
        timestamp: new Date(m.createdAt).toISOString(),
        ...(m.finishReason === undefined ? {} : { finish_reason: m.finishReason }),
      })),
    });
  };

  ws.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
    const parsed = opts.parse(Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.concat(Array.isArray(data) ? data : [Buffer.from(data)]).toString('utf8'));
    if (parsed.ok && parsed.frame.type === 'cancel') return cancel();
    const overLong: SafetyCheck | undefined = !parsed.ok && parsed.overLongMessage !== undefined ? { message: parsed.overLongMessage } : undefined;
    // Every other frame, malformed ones too, counts against the rate limits. A refusal is answered at
    // once, like `busy`, so a flood never grows the queue.
    const limited = opts.limits.request();
    if (limited) {
      const frame = parsed.ok ? parsed.frame : undefined;
      const check = frame?.type === 'message' ? safetyCheckOf(frame) : overLong;
      return check ? void refuseWithSafety(check, refusalBody(limited)) : sendFrame(refusalBody(limited));
    }
    if (!parsed.ok) return enqueue({ kind: 'error', body: errorBody('validation_error', parsed.message, { issues: parsed.issues }), safetyCheck: overLong });
    const { frame } = parsed;
    if (frame.type === 'cancel') return cancel();
    if (frame.type === 'history') return void sendHistory(frame.sessionId).catch((cause: unknown) => sendFrame(errorFrom(cause)));
    enqueue({ kind: 'turn', frame });
  });
  const cancelExpiry = scheduleExpiry(opts.expiresAt, () => {
    sendFrame(errorBody('unauthorized', 'Your credentials have expired; reconnect with new ones', { code: 'unauthorized' }));
    ws.close(CLOSE_CODES.unauthorized, 'token expired');
  });
  ws.on('close', () => {
    cancelExpiry();
    closed = true;
    queue.length = 0;
    active?.stop?.();
  });

  sendFrame({ type: 'connection', status: 'connected', session_id: sessionId, ...(userId === undefined ? {} : { user_id: userId }) });
}
