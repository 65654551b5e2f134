import { randomUUID } from 'node:crypto';
import type { PatientProfile } from '../../plugins/sdk/index.ts';
import type { ChatEngine } from '../engine/createChatEngine.ts';
import { EngineError } from '../engine/EngineError.ts';
import type { Logger } from '../logging/createLogger.ts';
import { formatEventId } from '../protocol/eventId.ts';
import { sessionIdSchema } from '../protocol/sessionId.ts';
import type { ConnectionLimits } from '../security/createRequestLimits.ts';
import type { Refusal } from '../security/Refusal.ts';
import type { SessionStore } from '../store/SessionStore.ts';
import type { Answer, Emergencies, HistoryPage, ResumeOutcome, ServiceRefusal, SubmitOutcome } from './ChatOutcome.ts';
import { createMessageIdRegistry, digestText, type MessageIdRegistry, type RecordedTurn } from './createMessageIdRegistry.ts';
import { exportUserData } from './exportUserData.ts';
import { StoreUnavailableError } from '../store/withStoreDeadline.ts';
import { endsWithStreamEnd } from './endsWithStreamEnd.ts';
import { mergeProfile } from './mergeProfile.ts';
import { fromLimit, NO_SUCH_SESSION, NO_SUCH_TURN, STORE_UNAVAILABLE } from './refusals.ts';
import { readableProfile, validateProfile } from './validateProfile.ts';

export interface SubmitRequest {
  /** Authenticated user (or the compat path's user id); undefined when anonymous. */
  readonly userId: string | undefined;
  /** Trimmed and non-empty; its length is checked here, after the safety check has read it. */
  readonly message: string;
  /** The conversation; a new one when undefined. */
  readonly sessionId: string | undefined;
  readonly enableAgents: boolean;
  /** The message's profile as received (camelCase), validated here after the safety check. */
  readonly profile: unknown;
  /** The client's own message id (compat): a resend replays the turn that id started. */
  readonly clientMessageId?: string | undefined;
  readonly limits: ConnectionLimits;
  /** A refusal only the transport can decide (compat queue full, tRPC subscription cap). */
  readonly transportRefusal?: Refusal | undefined;
  /** The transport could not parse the rest of the request: refused in its turn, after the safety check. */
  readonly invalid?: ServiceRefusal | undefined;
}

/**
 * The first step of a submit, applied as the request arrives: it is counted against the rate limits,
 * then the transport's own refusal applies. `run` does the rest when the transport is ready for it
 * (compat runs a connection's requests in order).
 */
export type Admission =
  | { readonly admitted: true; run(): Promise<SubmitOutcome> }
  | { readonly admitted: false; readonly outcome: Promise<SubmitOutcome> };

export interface HistoryRequest {
  readonly userId: string | undefined;
  readonly sessionId: string;
  /** Where the page starts (from a previous page's `nextCursor`); the conversation's start when absent. */
  readonly cursor?: string | undefined;
  readonly pageSize?: number | undefined;
  /** The last `last` messages instead of a page. */
  readonly last?: number | undefined;
  /** An unknown session reads as empty (the connection's own, not yet stored, session); foreign ones stay not found. */
  readonly emptyIfUnknown?: boolean;
}

export interface AuditEntry {
  readonly turnId: string;
  readonly createdAt: number;
  readonly finishReason: string | null;
  readonly audit: readonly { rule: string; detail: string }[];
}

export interface ChatService {
  admit(request: SubmitRequest): Promise<Admission>;
  /** `admit` and `run` at once. */
  submit(request: SubmitRequest): Promise<SubmitOutcome>;
  /** A turn's events after an event id (`turnId:seq`), counted against the rate limits. */
  resume(request: { eventId: string; userId: string | undefined; limits: ConnectionLimits }): Promise<ResumeOutcome>;
  /** Stops a running turn of the user's: cancelled true, false when it had ended, not found otherwise. */
  cancel(turnId: string, userId: string | undefined): Promise<Answer<{ cancelled: boolean }>>;
  history(request: HistoryRequest): Promise<Answer<HistoryPage>>;
  audit(sessionId: string, userId: string): Promise<Answer<AuditEntry[]>>;
  listSessions(userId: string): Promise<{ id: string; createdAt: number; updatedAt: number }[]>;
  deleteSession(sessionId: string, userId: string): Promise<Answer<{ deleted: true }>>;
  getProfile(userId: string): Promise<PatientProfile | undefined>;
  upsertProfile(userId: string, profile: PatientProfile): Promise<PatientProfile>;
  /** The profile and every session, message, event log and audit of the user. */
  deleteUserData(userId: string): Promise<{ deleted: true; sessions: number }>;
  exportUserData(userId: string): ReturnType<typeof exportUserData>;
}

export interface ChatServiceOptions {
  readonly engine: ChatEngine;
  readonly store: SessionStore;
  readonly logger: Logger;
  readonly maxMessageChars: number;
  /** Shared through the store by default, so a resend to another instance replays the same turn. */
  readonly registry?: MessageIdRegistry;
}

const DEFAULT_PAGE = 100;
const MAX_PAGE = 1000;

/**
 * Every chat use case once, for both transports. Admission runs in one order: the request is counted,
 * the transport's refusal applies, then length, profile, the client's message id, session ownership
 * and the turn slot. Whatever refuses a message, its text has been through the safety check first and
 * the refusal carries what it raised. Unknown and foreign sessions and turns get one answer.
 */
export function createChatService(opts: ChatServiceOptions): ChatService {
  const { engine, store, logger, maxMessageChars } = opts;
  const registry = opts.registry ?? createMessageIdRegistry({ shared: store });

  const storedProfile = (userId: string | undefined) =>
    userId === undefined ? Promise.resolve(undefined) : store.getProfile(userId).catch(() => undefined);

  // The safety check of a message that will not become a turn; a broken safety plugin must not turn a
  // refusal into a crash (its failure is logged by the stage).
  const assess = async (request: SubmitRequest, sessionId: string | undefined): Promise<Emergencies> => {
    const profile = mergeProfile(await storedProfile(request.userId), readableProfile(request.profile));
    return engine
      .assessSafetyOnly({ message: request.message.slice(0, maxMessageChars), sessionId, profile, userId: request.userId })
      .catch((cause: unknown) => {
        logger.error({ err: cause }, 'safety check of a refused message failed');
        return [];
      });
  };
  const refuse = async (request: SubmitRequest, refusal: ServiceRefusal, named: string | undefined): Promise<SubmitOutcome> => {
    // A malformed id names no session: the check and the refused turn go without one.
    const sessionId = named !== undefined && sessionIdSchema.safeParse(named).success ? named : undefined;
    return { kind: 'refusal', refusal, emergencies: await assess(request, sessionId), sessionId };
  };

  const run = async (request: SubmitRequest): Promise<SubmitOutcome> => {
    if (request.invalid) return refuse(request, request.invalid, request.sessionId);
    if (request.message.length > maxMessageChars) {
      const message = `Message is longer than ${maxMessageChars} characters`;
      return refuse(request, { code: 'invalid_input', message, retryable: false, issues: [{ path: ['message'], code: 'too_big', message }] }, request.sessionId);
    }
    const checked = validateProfile(request.profile);
    if (!checked.ok) {
      const first = checked.issues[0];
      const message = first ? `${first.path.join('.')}: ${first.message}` : 'patientProfile is not valid';
      return refuse(request, { code: 'invalid_input', message, retryable: false, issues: checked.issues }, request.sessionId);
    }
    if (request.sessionId !== undefined && !sessionIdSchema.safeParse(request.sessionId).success) {
      return refuse(request, { code: 'invalid_input', message: 'sessionId must be a UUID', retryable: false, issues: [{ path: ['sessionId'], code: 'invalid_format', message: 'sessionId must be a UUID' }] }, undefined);
    }
    const { userId } = request;
    const sessionId = request.sessionId ?? randomUUID();

    // The id is recorded before the turn exists, so a resend racing the start waits for it instead of starting another.
    const key = request.clientMessageId === undefined ? undefined : `${userId ?? ''}\n${sessionId}\n${request.clientMessageId}`;
    let record: ((turn: RecordedTurn | undefined) => void) | undefined;
    if (key !== undefined) {
      const known = await registry.get(key)?.catch(() => undefined);
      if (known !== undefined) return replay(request, sessionId, known);
      const recorded = new Promise<RecordedTurn>((resolve, reject) => {
        record = (turn) => (turn ? resolve(turn) : reject(new Error('not started')));
      });
      recorded.catch(() => registry.delete(key));
      registry.set(key, recorded);
    }
    const outcome = await start(request, sessionId, checked.profile);
    record?.(outcome.kind === 'turn' ? { turnId: outcome.turnId, digest: digestText(request.message) } : undefined);
    return outcome;
  };

  const replay = async (request: SubmitRequest, sessionId: string, known: RecordedTurn): Promise<SubmitOutcome> => {
    if (known.digest !== undefined && known.digest !== digestText(request.message)) {
      return refuse(request, { code: 'invalid_input', message: 'This client_message_id was already used for another message; send it with a new id', retryable: false, issues: [{ path: ['clientMessageId'], message: 'already used for another message' }] }, sessionId);
    }
    try {
      const { turnId, events } = await engine.resume(formatEventId(known.turnId, 0), request.userId);
      return { kind: 'replay', turnId, events: endsWithStreamEnd(events, async () => (await store.readEvents(turnId, 0)).at(-1)) };
    } catch (cause) {
      return refuse(request, refusalOf(cause, NO_SUCH_TURN), sessionId);
    }
  };

  const start = async (request: SubmitRequest, sessionId: string, profile: PatientProfile | undefined): Promise<SubmitOutcome> => {
    const existing = await store.getSession(sessionId);
    if (existing && existing.userId !== request.userId) return refuse(request, NO_SUCH_SESSION, sessionId);
    const slot = await request.limits.acquireTurn();
    if (!slot.ok) return refuse(request, fromLimit(slot.refusal), sessionId);
    try {
      const turn = await engine.startTurn({
        message: request.message,
        sessionId,
        enableAgents: request.enableAgents,
        profile: mergeProfile(await storedProfile(request.userId), profile),
        profileResolved: true,
        knownSession: existing ?? null,
        userId: request.userId,
        slot,
      });
      return { kind: 'turn', turnId: turn.id, sessionId, events: turn.follow(0) };
    } catch (cause) {
      // A turn that never started holds no slot (release is idempotent).
      slot.release();
      if (cause instanceof StoreUnavailableError) throw cause;
      if (!(cause instanceof EngineError)) logger.error({ err: cause }, 'starting a turn failed');
      return refuse(request, refusalOf(cause, NO_SUCH_SESSION), sessionId);
    }
  };

  const ownSession = async (sessionId: string, userId: string | undefined) => {
    const session = await store.getSession(sessionId);
    return session && session.userId === userId ? session : undefined;
  };

  const admit = async (request: SubmitRequest): Promise<Admission> => {
    const refusal = (await request.limits.request()) ?? request.transportRefusal;
    if (refusal) return { admitted: false, outcome: refuse(request, fromLimit(refusal), request.sessionId) };
    // A store that does not answer (withStoreDeadline) refuses the message, typed, after its safety check.
    const unavailable = (cause: unknown) => {
      if (!(cause instanceof StoreUnavailableError)) throw cause;
      logger.warn({ err: cause }, 'store unavailable, turn refused');
      return refuse(request, STORE_UNAVAILABLE, request.sessionId);
    };
    return { admitted: true, run: () => run(request).catch(unavailable) };
  };

  return {
    admit,
    async submit(request) {
      const admission = await admit(request);
      return admission.admitted ? admission.run() : admission.outcome;
    },

    async resume({ eventId, userId, limits }) {
      const limited = await limits.request();
      if (limited) return { kind: 'refusal', refusal: fromLimit(limited) };
      try {
        const { turnId, events } = await engine.resume(eventId, userId);
        // Every subscription ends with one stream_end or one error, a resume past the end included.
        return { kind: 'replay', turnId, events: endsWithStreamEnd(events, async () => (await store.readEvents(turnId, 0)).at(-1)) };
      } catch (cause) {
        if (cause instanceof StoreUnavailableError) return { kind: 'refusal', refusal: STORE_UNAVAILABLE };
        if (!(cause instanceof EngineError)) throw cause;
        return { kind: 'refusal', refusal: refusalOf(cause, NO_SUCH_TURN) };
      }
    },

    async cancel(turnId, userId) {
      if (engine.cancel(turnId, userId)) return { ok: true, value: { cancelled: true } };
      // Not running here: an ended turn of the user's is a no-op, anything else is not found.
      const turn = await store.getTurn(turnId);
      return turn && turn.userId === userId ? { ok: true, value: { cancelled: false } } : { ok: false, refusal: NO_SUCH_TURN };
    },

    async history(request) {
      const session = await store.getSession(request.sessionId);
      if (!session || session.userId !== request.userId) {
        if (!session && request.emptyIfUnknown) return { ok: true, value: { sessionId: request.sessionId, messages: [], nextCursor: undefined, hasMore: false } };
        return { ok: false, refusal: NO_SUCH_SESSION };
      }
      if (request.last !== undefined) {
        const messages = await store.getMessages(session.id, { limit: request.last });
        return { ok: true, value: { sessionId: session.id, messages: messages.map(viewOf), nextCursor: undefined, hasMore: false } };
      }
      const offset = request.cursor === undefined ? 0 : parseCursor(request.cursor);
      if (offset === undefined) return { ok: false, refusal: { code: 'invalid_input', message: 'cursor is not a cursor of this gateway', retryable: false, issues: [{ path: ['cursor'], message: 'not a cursor of this gateway' }] } };
      const size = Math.min(Math.max(1, request.pageSize ?? DEFAULT_PAGE), MAX_PAGE);
      // One more than the page says whether more exist, without counting the conversation.
      const rows = await store.getMessages(session.id, { offset, limit: size + 1 });
      const hasMore = rows.length > size;
      return {
        ok: true,
        value: { sessionId: session.id, messages: rows.slice(0, size).map(viewOf), hasMore, nextCursor: hasMore ? String(offset + size) : undefined },
      };
    },

    async audit(sessionId, userId) {
      if (!(await ownSession(sessionId, userId))) return { ok: false, refusal: NO_SUCH_SESSION };
      const turns = await store.listTurns(sessionId);
      return {
        ok: true,
        value: turns.map((t) => ({ turnId: t.id, createdAt: t.createdAt, finishReason: t.finishReason ?? null, audit: t.audit.map((hit) => ({ rule: hit.rule, detail: hit.detail })) })),
      };
    },

    async listSessions(userId) {
      return (await store.listSessions(userId)).map((s) => ({ id: s.id, createdAt: s.createdAt, updatedAt: s.updatedAt }));
    },

    async deleteSession(sessionId, userId) {
      if (!(await ownSession(sessionId, userId))) return { ok: false, refusal: NO_SUCH_SESSION };
      engine.forgetSession(sessionId);
      await store.deleteSession(sessionId);
      return { ok: true, value: { deleted: true } };
    },

    async getProfile(userId) {
      return store.getProfile(userId);
    },
    async upsertProfile(userId, profile) {
      await store.upsertProfile(userId, profile);
      return profile;
    },
    async deleteUserData(userId) {
      const sessions = await store.listSessions(userId);
      for (const s of sessions) engine.forgetSession(s.id);
      await store.deleteUserData(userId);
      return { deleted: true, sessions: sessions.length };
    },
    exportUserData: (userId) => exportUserData(store, userId),
  };
}

function viewOf(m: { id: string; turnId: string; role: 'user' | 'assistant'; content: string; createdAt: number; finishReason?: string | undefined }) {
  return { id: m.id, turnId: m.turnId, role: m.role, content: m.content, createdAt: m.createdAt, finishReason: m.finishReason };
}

function parseCursor(cursor: string): number | undefined {
  return /^\d{1,9}$/.test(cursor) ? Number(cursor) : undefined;
}

/** An engine refusal as a service refusal; `notFound` is the one answer for unknown and foreign things. */
function refusalOf(cause: unknown, notFound: ServiceRefusal): ServiceRefusal {
  if (cause instanceof StoreUnavailableError) return STORE_UNAVAILABLE;
  if (!(cause instanceof EngineError)) return { code: 'internal_error', message: 'Internal error', retryable: true };
  if (cause.code === 'not_found') return notFound;
  if (cause.code === 'unavailable') return { code: 'unavailable', message: cause.message, retryable: true };
  return { code: 'invalid_input', message: cause.message, retryable: false };
}

