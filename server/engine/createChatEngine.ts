import { randomUUID } from 'node:crypto';
import type { HistoryMessage, PatientProfile, SafetySettings } from '../../plugins/sdk/index.ts';
import type { Logger } from '../logging/createLogger.ts';
import type { PluginHost } from '../plugins/createPluginHost.ts';
import type { ChatEvent, ChatEventOf } from '../protocol/chatEvent.ts';
import { parseEventId } from '../protocol/eventId.ts';
import { followTurnEvents, type FollowOptions } from '../store/followTurnEvents.ts';
import type { SessionRecord, SessionStore, StoredEvent } from '../store/SessionStore.ts';
import { createLiveTurn, type LiveTurn } from './createLiveTurn.ts';
import { createTurnPipeline } from './createTurnPipeline.ts';
import { fromObservable, type Feed } from '../protocol/Feed.ts';
import { assessSafetyOnly } from './assessSafetyOnly.ts';
import { createLeaseKeeper } from './createLeaseKeeper.ts';
import { EngineError } from './EngineError.ts';
import { noopObserver, type EngineObserver, type TurnClock } from './EngineObserver.ts';
import { mergeTokensUnderLoad } from './mergeTokensUnderLoad.ts';
import type { LoadWindow } from '../reliability/createLoadWindow.ts';
import type { ResponseOptions } from './respondWithLlm.ts';
import { createTurnState } from './TurnState.ts';
import { createYieldingQueue } from './createYieldingQueue.ts';

export interface TurnRequest {
  readonly message: string;
  readonly sessionId?: string | undefined;
  readonly enableAgents: boolean;
  readonly profile?: PatientProfile | undefined;
  /** Authenticated user; undefined when auth is off. */
  readonly userId: string | undefined;
  /** A concurrency slot (server/security) the turn holds until it ends; a caller whose startTurn fails releases it. */
  readonly slot?: TurnSlot | undefined;
  /** The session as the caller has just read it (null: none yet), so it is not read twice per message. */
  readonly knownSession?: SessionRecord | null | undefined;
  /** True when `profile` is final (the caller merged the stored one in), so the stored one is not read again. */
  readonly profileResolved?: boolean | undefined;
}

export interface TurnSlot {
  /** Idempotent. */
  release(): void;
}

export interface ChatEngine {
  readonly instanceId: string;
  startTurn(request: TurnRequest): Promise<LiveTurn>;
  /**
   * Runs only the safety plugins on a message the gateway refuses (a limit, its length, its profile,
   * ...), so an emergency still gets its advice. Nothing is stored and no session changes.
   */
  assessSafetyOnly(request: Omit<TurnRequest, 'enableAgents'>): Promise<ChatEventOf<'emergency'>[]>;
  /** Events of a turn after the given event id (`turnId:seq`), from memory or the store, then live. */
  resume(eventId: string, userId: string | undefined): Promise<{ turnId: string; events: Feed<StoredEvent> }>;
  /** True when it stopped a running turn of this user's; false for anything else (ended, unknown, another user's). */
  cancel(turnId: string, userId: string | undefined): boolean;
  /** Stops a deleted session's running turns and drops its turns from memory, so nothing replays them. */
  forgetSession(sessionId: string): void;
  /** Turns running on this instance. */
  readonly activeTurns: number;
  /**
   * Refuses new turns (`unavailable`), waits up to `graceMs` for running ones, then ends the rest as
   * interrupted with their partial answers stored, so each is resumable to its end from the store.
   */
  drain(graceMs: number): Promise<void>;
}

export interface ChatEngineOptions {
  readonly host: PluginHost;
  readonly store: SessionStore;
  readonly response: ResponseOptions;
  readonly logger: Logger;
  readonly safety: SafetySettings;
  readonly turnTimeoutMs: number;
  readonly kbVersion?: string;
  /** Metrics hook; called on the per-token path, so it must be cheap. */
  readonly observer?: EngineObserver;
  readonly historyLimit?: number;
  /** Lease on a running turn, renewed every third of it; another instance closes the turn once it lapses. */
  readonly leaseMs?: number;
  /** How a resume follows a turn this instance does not hold (another instance's, or a dead one's). */
  readonly follow?: FollowOptions;
  /**
   * The process's load window (the composition root passes server/reliability's): while it says the
   * process is loaded, tokens are merged before they are numbered and stored (mergeTokensUnderLoad).
   * Without one, one event per token always.
   */
  readonly tokenWindow?: LoadWindow;
}

/** The domain core: one chat turn in, one Observable of chat events out, stored as it goes. */
export function createChatEngine(opts: ChatEngineOptions): ChatEngine {
  const instanceId = randomUUID();
  const turns = new Map<string, LiveTurn>();
  const { store, logger } = opts;
  const logWriteError = (cause: unknown) => logger.error({ err: cause }, 'event log write failed');
  // Turns whose events did not all reach the store (an outage): kept here after they finish, so a
  // resume within KEEP_UNPERSISTED_MS still gets the whole answer from memory.
  const unpersisted = new Set<string>();
  const leaseMs = opts.leaseMs ?? 10_000;
  // Turns' ends, run after the tokens due with them (many turns ending at once would otherwise hold those back).
  const endQueue = createYieldingQueue({ onError: (cause) => logger.error({ err: cause }, 'turn end failed') });
  const { tokenWindow } = opts;
  const mergeIfWindowed = (source: Feed<ChatEvent>) => (tokenWindow ? mergeTokensUnderLoad(source, tokenWindow) : source);

  // SQLite (group commit per tick) and Redis return a promise, and the live turn publishes the event
  // once it settles (a failure is reported by the live turn): no client sees an event a crash could
  // lose, and another instance can resume from it. The memory store stores at once (no promise).
  const appendEvent = (turnId: string, stored: StoredEvent): Promise<void> | undefined => store.appendEvents(turnId, [stored]);

  const leases = createLeaseKeeper({
    store,
    instanceId,
    leaseMs,
    runningTurns: () => [...turns.values()].filter((t) => !t.done),
    logger,
    onError: logWriteError,
  });
  const leaseLost = leases.lost;
  let draining = false;
  const safetyDeps = {
    store,
    host: opts.host,
    safety: opts.safety,
    logger,
    observer: opts.observer ?? noopObserver,
    historyLimit: opts.historyLimit ?? 40,
  };

  // Another user's session or turn gets the answer an unknown one gets, so nothing tells a stranger it exists.
  const assertOwner = (ownerId: string | undefined, userId: string | undefined, notFound: string) => {
    if (ownerId !== userId) throw new EngineError('not_found', notFound);
  };

  return {
    instanceId,
    get activeTurns() {
      return [...turns.values()].filter((t) => !t.done).length;
    },

    async startTurn(request) {
      // A turn started now would outlive the grace period; the client sends it again after reconnecting.
      if (draining) throw new EngineError('unavailable', 'This server is shutting down; send the message again after reconnecting');
      const sessionId = request.sessionId ?? randomUUID();
      const known = request.knownSession;
      const existing = known === null ? undefined : known?.id === sessionId ? known : await store.getSession(sessionId);
      if (existing) assertOwner(existing.userId, request.userId, 'No such session');
      const session = existing ?? (await store.createSession({ id: sessionId, userId: request.userId }));
      const profile = request.profile ?? (request.profileResolved || request.userId === undefined ? undefined : await store.getProfile(request.userId));
      const history: HistoryMessage[] = (await store.getMessages(sessionId, { limit: opts.historyLimit ?? 40 })).map((m) => ({
        role: m.role,
        content: m.content,
        turnId: m.turnId,
      }));

      const turnId = randomUUID();
      const now = Date.now();
      await store.createTurn({ id: turnId, sessionId, userId: request.userId, status: 'running', finishReason: undefined, owner: instanceId, leaseExpiresAt: now + leaseMs, createdAt: now, updatedAt: now, audit: [] });
      await store.appendMessage({ id: `${turnId}:user`, sessionId, turnId, role: 'user', content: request.message, createdAt: now });

      const state = createTurnState(session.state);
      const observer = opts.observer ?? noopObserver;
      const clock: TurnClock = { startedAt: performance.now(), firstTokenSeen: false };
      const ctx = { turnId, sessionId, userId: request.userId, message: request.message, history, profile, safety: opts.safety, logger, state, observer };

      const turn = createLiveTurn({
        id: turnId,
        sessionId,
        userId: request.userId,
        pipeline: (cancel$) =>
          mergeIfWindowed(createTurnPipeline({
            ctx,
            host: opts.host,
            response: opts.response,
            enableAgents: request.enableAgents,
            turnTimeoutMs: opts.turnTimeoutMs,
            kbVersion: opts.kbVersion,
            cancel$,
            interrupted: () => leaseLost.has(turnId),
            deferEnd: endQueue.defer,
          })),
        beforePublish: (stored, live) => {
          observer.onTurnEvent(stored.event, clock);
          if (stored.event.type !== 'stream_end') return appendEvent(turnId, stored);
          const { finishReason } = stored.event;
          return (async () => {
            // The answer is stored (once, keyed by turn) before stream_end is logged or seen, so a
            // crash in between leaves a turn that is closed as interrupted, never an end without it.
            await store.appendMessage({ id: `${turnId}:assistant`, sessionId, turnId, role: 'assistant', content: live.text(), createdAt: Date.now(), finishReason });
            if (state.sessionStateChanged) await store.updateSessionState(sessionId, state.sessionState);
            await appendEvent(turnId, stored)?.catch((cause: unknown) => {
              unpersisted.add(turnId);
              logWriteError(cause);
            });
            await store.finishTurn(turnId, { finishReason, audit: state.audit });
          })();
        },
        onPublishError: (cause) => {
          unpersisted.add(turnId);
          logger.error({ turnId, err: cause }, 'turn persistence failed');
        },
      });
      turns.set(turnId, turn);
      leases.start();
      void turn.finished.then(() => {
        request.slot?.release();
        logger.info({ turnId, sessionId, finishReason: state.finishReason, outputTokens: state.outputTokens }, 'turn finished');
        leaseLost.delete(turnId);
        // The store has every event by now (stream_end's write is awaited before the turn finishes), so a
        // resume is served from it; a finished turn kept here would be old-generation work for every
        // major GC while it waits (BENCHMARKS.md, session 14). Unless a write failed.
        if (!unpersisted.delete(turnId)) turns.delete(turnId);
        else setTimeout(() => turns.delete(turnId), KEEP_UNPERSISTED_MS).unref();
      });
      return turn;
    },

    assessSafetyOnly(request) {
      return assessSafetyOnly(safetyDeps, request);
    },

    async resume(eventId, userId) {
      const parsed = parseEventId(eventId);
      if (!parsed) throw new EngineError('invalid_input', 'lastEventId is not an event id of this gateway');
      const live = turns.get(parsed.turnId);
      if (live) {
        assertOwner(live.userId, userId, NO_SUCH_TURN);
        return { turnId: live.id, events: live.follow(parsed.seq) };
      }
      const record = await store.getTurn(parsed.turnId);
      if (!record) throw new EngineError('not_found', NO_SUCH_TURN);
      assertOwner(record.userId, userId, NO_SUCH_TURN);
      // From the store, then live as its owner (here or elsewhere) appends; a dead owner's turn is closed as interrupted.
      return { turnId: record.id, events: fromObservable(followTurnEvents(store, record.id, parsed.seq, opts.follow)) };
    },

    cancel(turnId, userId) {
      const turn = turns.get(turnId);
      if (!turn || turn.done || turn.userId !== userId) return false;
      turn.cancel();
      return true;
    },

    forgetSession(sessionId) {
      for (const [id, turn] of turns) {
        if (turn.sessionId !== sessionId) continue;
        if (!turn.done) turn.cancel();
        turns.delete(id);
      }
    },

    async drain(graceMs) {
      draining = true;
      const running = [...turns.values()].filter((t) => !t.done);
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.all(running.map((t) => t.finished)),
        new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs))),
      ]);
      clearTimeout(timer);
      for (const t of running) {
        if (t.done) continue;
        leaseLost.add(t.id);
        t.cancel();
      }
      await Promise.all(running.map((t) => t.finished));
      leases.stop();
    },
  };
}

const NO_SUCH_TURN = 'That turn is unknown or has expired';
const KEEP_UNPERSISTED_MS = 60_000;

