import type { SessionStore } from './SessionStore.ts';

/**
 * The store did not answer within STORE_TIMEOUT_MS, or failed (Redis frozen, unreachable or
 * refusing). Clients get a typed `store_unavailable` refusal; the cause is logged by name and code.
 */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  readonly code = 'store_unavailable';
}

/**
 * Every call of `store` with a deadline: past `timeoutMs` it rejects with StoreUnavailableError
 * instead of hanging, and a failure of the store itself becomes one too, so every caller (a new
 * turn, a resume, a history page, /ready) fails fast with the same typed error, decided here once
 * and not at each call site. The late answer of a timed-out call is dropped. A blocking wait
 * (`waitForEvents`) gets its own block time on top of the deadline.
 */
export function withStoreDeadline(store: SessionStore, opts: { timeoutMs: number }): SessionStore {
  const guard = <T>(call: () => Promise<T>, ms = opts.timeoutMs): Promise<T> => {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StoreUnavailableError(`the ${store.kind} store did not answer within ${ms} ms`)), ms);
    });
    const answer = (async () => {
      try {
        return await call();
      } catch (cause) {
        // The store's own message names the failure (NOAUTH, ECONNREFUSED); clients never see it, logs get name and code.
        const why = cause instanceof Error ? `: ${cause.message}` : '';
        throw cause instanceof StoreUnavailableError ? cause : new StoreUnavailableError(`the ${store.kind} store failed${why}`, { cause });
      }
    })();
    // A late failure after the deadline has nobody to tell.
    answer.catch(() => {});
    return Promise.race([answer, deadline]).finally(() => clearTimeout(timer));
  };
  const waitForEvents = store.waitForEvents?.bind(store);
  const boundAppend = createAppendDeadline(store.kind, opts.timeoutMs);
  return {
    kind: store.kind,
    getSession: (id) => guard(() => store.getSession(id)),
    createSession: (session) => guard(() => store.createSession(session)),
    updateSessionState: (id, state) => guard(() => store.updateSessionState(id, state)),
    listSessions: (userId) => guard(() => store.listSessions(userId)),
    deleteSession: (id) => guard(() => store.deleteSession(id)),
    appendMessage: (message) => guard(() => store.appendMessage(message)),
    getMessages: (sessionId, page) => guard(() => store.getMessages(sessionId, page)),
    getProfile: (userId) => guard(() => store.getProfile(userId)),
    upsertProfile: (userId, profile) => guard(() => store.upsertProfile(userId, profile)),
    deleteUserData: (userId) => guard(() => store.deleteUserData(userId)),
    createTurn: (turn) => guard(() => store.createTurn(turn)),
    finishTurn: (turnId, end) => guard(() => store.finishTurn(turnId, end)),
    getTurn: (turnId) => guard(() => store.getTurn(turnId)),
    listTurns: (sessionId) => guard(() => store.listTurns(sessionId)),
    appendEvents: (turnId, events) => {
      // Stored at return (memory): nothing to wait for, nothing to bound.
      const written = store.appendEvents(turnId, events);
      return written === undefined ? undefined : boundAppend(written);
    },
    readEvents: (turnId, afterSeq) => guard(() => store.readEvents(turnId, afterSeq)),
    ...(waitForEvents ? { waitForEvents: (turnId: string, afterSeq: number, timeoutMs: number, signal: AbortSignal) => guard(() => waitForEvents(turnId, afterSeq, timeoutMs, signal), timeoutMs + opts.timeoutMs) } : {}),
    renewLeases: (owner, turnIds, ttlMs) => guard(() => store.renewLeases(owner, turnIds, ttlMs)),
    closeIfAbandoned: (turnId) => guard(() => store.closeIfAbandoned(turnId)),
    closeAbandonedTurns: () => guard(() => store.closeAbandonedTurns()),
    getClientMessageTurn: (key) => guard(() => store.getClientMessageTurn(key)),
    putClientMessageTurn: (key, turnId, ttlMs) => guard(() => store.putClientMessageTurn(key, turnId, ttlMs)),
    purgeOlderThan: (cutoff) => guard(() => store.purgeOlderThan(cutoff)),
    ping: () => guard(() => store.ping()),
    close: () => guard(() => store.close()),
  };
}

/**
 * The deadline of the per-token write, without a timer per token: in-flight writes are kept in a set
 * and one sweep, every quarter of the deadline while any is in flight, rejects those older than it
 * (so a write fails between 1 and 1.25 deadlines after it started). A frozen store thus ends a
 * running turn's stream instead of holding it forever. SQLite's group commit hands every append of one
 * commit the same promise, which is guarded once, not once per append: after a burst of turns starting,
 * V8 allocated the per-append set entry and promise straight in the old generation, one per token
 * (pretenuring; BENCHMARKS.md, session 21). Redis's batcher gives each append its own promise.
 */
function createAppendDeadline(kind: string, timeoutMs: number): (written: Promise<void>) => Promise<void> {
  const inFlight = new Set<{ readonly startedAt: number; readonly reject: (cause: Error) => void }>();
  let sweeper: NodeJS.Timeout | undefined;
  const sweep = () => {
    sweeper = undefined;
    const now = Date.now();
    for (const write of inFlight) {
      if (now - write.startedAt < timeoutMs) continue;
      inFlight.delete(write);
      write.reject(new StoreUnavailableError(`the ${kind} store did not answer within ${timeoutMs} ms`));
    }
    if (inFlight.size > 0) schedule();
  };
  const schedule = () => {
    sweeper = setTimeout(sweep, Math.max(10, Math.floor(timeoutMs / 4)));
    sweeper.unref();
  };
  const guard = (written: Promise<void>) =>
    new Promise<void>((resolve, reject) => {
      const entry = { startedAt: Date.now(), reject };
      inFlight.add(entry);
      if (sweeper === undefined) schedule();
      written.then(
        () => {
          inFlight.delete(entry);
          resolve();
        },
        (cause: unknown) => {
          inFlight.delete(entry);
          const why = cause instanceof Error ? `: ${cause.message}` : '';
          reject(cause instanceof StoreUnavailableError ? cause : new StoreUnavailableError(`the ${kind} store failed${why}`, { cause }));
        },
      );
    });
  // The last commit's promise and its guard: the appends of one commit arrive together.
  let last: { readonly written: Promise<void>; readonly guarded: Promise<void> } | undefined;
  return (written) => {
    if (last?.written !== written) last = { written, guarded: guard(written) };
    return last.guarded;
  };
}
