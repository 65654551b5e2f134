import { randomUUID } from 'node:crypto';
import { WebSocket } from 'ws';
import { createCongestionCheck } from '../server/delivery/createCongestionCheck.ts';
import type { Logger } from '../server/logging/createLogger.ts';
import { CLOSE_CODES } from '../server/security/closeCodes.ts';
import type { ConnectionLimits } from '../server/security/createRequestLimits.ts';
import type { Refusal } from '../server/security/Refusal.ts';
import { scheduleExpiry } from '../server/security/scheduleExpiry.ts';
import type { SubmitOutcome } from '../server/service/ChatOutcome.ts';
import type { Admission, ChatService, SubmitRequest } from '../server/service/createChatService.ts';
import { fromLimit } from '../server/service/refusals.ts';
import { errorBody, errorFrom, fromFrameIssue, refusalBody, refusalFrames } from './compatErrors.ts';
import { createEventSender } from './createEventSender.ts';
import { createRequestQueue } from './createRequestQueue.ts';
import { encodeFrame } from './encodeEvent.ts';
import type { ClientFrame, ParsedClientFrame } from './protocol/parseClientFrame.ts';
import { sendHistory } from './sendHistory.ts';
import type { CompatFrameBody } from './translateEvent.ts';

type MessageFrame = Extract<ClientFrame, { type: 'message' }>;

export interface CompatConnectionOptions {
  readonly ws: WebSocket;
  readonly userId: string | undefined;
  /** When the connection's credentials expire (epoch ms): an `unauthorized` error, then close 4401. */
  readonly expiresAt?: number | undefined;
  /** Rate limits and turn caps of this connection and its user. */
  readonly limits: ConnectionLimits;
  readonly service: ChatService;
  readonly parse: (text: string) => ParsedClientFrame;
  readonly clock: () => string;
  readonly logger: Logger;
  /** Requests waiting behind the running turn; one more is refused with `busy`. */
  readonly maxQueued: number;
  /** Bytes queued on the socket beyond which tokens are merged (see createEventSender). */
  readonly highWaterBytes?: number;
}

/**
 * One compat connection: parse a frame, hand it to the chat service, render the outcome. Requests are
 * answered in arrival order (createRequestQueue); `cancel` and `history`, and refusals by a limit, at
 * once. Closing the socket stops delivery, never the turn.
 */
export function startCompatConnection(opts: CompatConnectionOptions): void {
  const { ws, userId, service, clock, logger } = opts;
  const highWaterBytes = opts.highWaterBytes ?? 1 << 20;
  // History pages wait on the congestion check the turn's tokens use (createEventSender).
  const { drained } = createCongestionCheck(ws, highWaterBytes);
  const sessionId = randomUUID();
  const queue = createRequestQueue(opts.maxQueued);
  // The turn being answered: its id once started, and a cancel that arrived while it was starting.
  let active: { turnId: string | undefined; cancelRequested: boolean; stop: (() => void) | undefined } | undefined;
  let closed = false;

  const sendFrame = (body: CompatFrameBody) => {
    if (ws.readyState === WebSocket.OPEN) ws.send(encodeFrame(body, clock()));
  };
  const busy = () => ({ errorType: 'busy', scope: 'queue_connection', message: `${opts.maxQueued} messages are already waiting for the current answer; send again after stream_end` }) as const;

  // A turn's events, until its end; after an `error` frame nothing of the turn follows (its stream_end included).
  const follow = (outcome: Exclude<SubmitOutcome, { kind: 'refusal' }>, done: () => void) => {
    const a = { turnId: outcome.turnId, cancelRequested: active?.cancelRequested ?? false, stop: undefined as (() => void) | undefined };
    active = a;
    if (a.cancelRequested) void service.cancel(outcome.turnId, userId);
    if (closed) return done();
    let ended = false;
    const sendEvent = createEventSender(ws, clock, highWaterBytes);
    a.stop = outcome.events({
      next: ({ event }) => {
        if (ended) return;
        if (event.type === 'error' && event.fatal) ended = true;
        sendEvent(event);
      },
      error: (cause: unknown) => {
        if (!ended) sendFrame(errorFrom(cause, logger));
        done();
      },
      complete: done,
    });
  };

  const render = (outcome: SubmitOutcome, done: () => void) => {
    if (outcome.kind !== 'refusal') return follow(outcome, done);
    for (const frame of refusalFrames(outcome)) sendFrame(frame);
    done();
  };

  const failed = (cause: unknown) => sendFrame(errorFrom(cause, logger));
  function guarded(step: () => Promise<void>) {
    step().catch(failed);
  }
  const refuseNow = (admission: Admission) => {
    if (!admission.admitted) admission.outcome.then((outcome) => render(outcome, () => {}), failed);
  };

  // Admission may ask a shared limit store (STORE=redis), so it settles later; the request's place in
  // the queue is taken now, in arrival order. A refusal by a limit is answered as soon as it is known,
  // like `busy`, not in its turn: a flood never waits behind (or grows) the queue.
  const submit = (request: Omit<SubmitRequest, 'limits' | 'userId' | 'transportRefusal'>) => {
    const full = queue.full;
    const admission = service.admit({ ...request, userId, limits: opts.limits, transportRefusal: full ? busy() : undefined });
    if (full) return void admission.then(refuseNow, failed);
    const settled = admission.then((a) => {
      refuseNow(a);
      return a;
    });
    queue.push((done) => {
      // From its turn in the queue on, this message is what a cancel stops, its admission still
      // settling included: a cancel sent right after the message (often in the same read) stops it.
      active = { turnId: undefined, cancelRequested: false, stop: undefined };
      const finish = () => {
        active = undefined;
        done();
      };
      settled.then(
        (a) => {
          if (!a.admitted) return finish();
          a.run().then(
            (outcome) => render(outcome, finish),
            (cause: unknown) => {
              failed(cause);
              finish();
            },
          );
        },
        (cause: unknown) => {
          failed(cause);
          finish();
        },
      );
    });
  };

  const onMessage = (frame: MessageFrame) =>
    submit({
      message: frame.message,
      sessionId: frame.sessionId ?? sessionId,
      enableAgents: frame.enableAgents,
      profile: frame.patientProfile,
      clientMessageId: frame.clientMessageId,
    });

  const onInvalid = (parsed: Extract<ParsedClientFrame, { ok: false }>) => {
    const refusal = { code: 'invalid_input', message: parsed.message, retryable: false, issues: parsed.issues.map(fromFrameIssue) } as const;
    // A frame with a message in it goes through the service, so the safety check reads the text first.
    if (parsed.readableMessage !== undefined) {
      return submit({ message: parsed.readableMessage, sessionId: parsed.readableSessionId ?? sessionId, enableAgents: false, profile: undefined, invalid: refusal });
    }
    const full = queue.full;
    const limited = opts.limits.request();
    if (full) return guarded(async () => sendFrame(refusalBody((await limited.then((l) => (l ? fromLimit(l) : undefined))) ?? { code: 'busy', message: busy().message, retryable: true })));
    const answer = (refused: Refusal | undefined) =>
      sendFrame(refused ? refusalBody(fromLimit(refused)) : errorBody('validation_error', parsed.message, { issues: parsed.issues }));
    // Nothing running: nothing to wait behind, so the answer goes out once the limit is checked.
    if (!queue.busy) return guarded(async () => answer(await limited));
    // Behind a running turn its place is taken now; a limit's refusal goes out at once, the validation error in its turn.
    guarded(async () => {
      const refused = await limited;
      if (refused) answer(refused);
    });
    queue.push((done) => {
      limited.then(
        (refused) => {
          if (!refused) answer(undefined);
          done();
        },
        () => done(),
      );
    });
  };

  const cancel = () => {
    if (!active) return sendFrame({ type: 'status', status: 'nothing_to_cancel', details: {} });
    if (active.turnId === undefined) active.cancelRequested = true;
    else void service.cancel(active.turnId, userId);
  };

  ws.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
    const parsed = opts.parse(Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.concat(Array.isArray(data) ? data : [Buffer.from(data)]).toString('utf8'));
    if (!parsed.ok) return onInvalid(parsed);
    const { frame } = parsed;
    if (frame.type === 'cancel') return cancel();
    if (frame.type === 'message') return onMessage(frame);
    // Every other frame counts against the rate limits, like a message.
    guarded(async () => {
      const limited = await opts.limits.request();
      if (limited) return sendFrame(refusalBody(fromLimit(limited)));
      void sendHistory({
        service,
        userId,
        sessionId: frame.sessionId ?? sessionId,
        own: frame.sessionId === undefined || frame.sessionId === sessionId,
        sendFrame,
        drained,
        isOpen: () => !closed && ws.readyState === WebSocket.OPEN,
      }).catch((cause: unknown) => sendFrame(errorFrom(cause, logger)));
    });
  });
  const cancelExpiry = scheduleExpiry(opts.expiresAt, () => {
    sendFrame(errorBody('unauthorized', 'Your credentials have expired; reconnect with new ones', { code: 'unauthorized' }));
    ws.close(CLOSE_CODES.unauthorized, 'token expired');
  });
  ws.on('close', () => {
    cancelExpiry();
    closed = true;
    queue.close();
    active?.stop?.();
  });

  sendFrame({ type: 'connection', status: 'connected', session_id: sessionId, ...(userId === undefined ? {} : { user_id: userId }) });
}
