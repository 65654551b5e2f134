import { mkdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { PatientProfile } from '../../../plugins/sdk/index.ts';
import type { ChatEvent, FinishReason } from '../../protocol/chatEvent.ts';
import { interruptedEnd } from '../interruptedEnd.ts';
import { isProcessAlive } from '../isProcessAlive.ts';
import type { SessionStore, StoredEvent } from '../SessionStore.ts';
import { createClientMessageTurns } from './createClientMessageTurns.ts';
import { createEventLog, type EventLog } from '../createEventLog.ts';
import { createGroupCommit } from './createGroupCommit.ts';
import { migrate } from './migrations.ts';
import { packTokenRuns, unpackTokenRun } from './packTokenRuns.ts';
import { prepareStatements } from './prepareStatements.ts';
import { startCheckpointer } from './startCheckpointer.ts';
import { toMessage, toSession, toTurn, type SessionRow, type TurnRow } from './sqliteRows.ts';

/**
 * The embedded default: one SQLite file in WAL mode. better-sqlite3 is synchronous: a write commits
 * before its promise returns, except turn events, which are committed together once per run of the
 * event loop, or every 4 ms of a long one (createGroupCommit), and whose promises settle at that
 * commit. The engine publishes an event only then, so a SIGKILL loses nothing a client saw, and WAL
 * keeps the file consistent.
 * A running turn's tokens go to an append-only journal (its pages fill in order, so a commit writes a
 * few pages for all streams) and move to the turn's own rows when it ends (BENCHMARKS.md, SQLite).
 */
export function createSqliteStore(opts: { path: string }): SessionStore {
  if (opts.path !== ':memory:') mkdirSync(dirname(opts.path), { recursive: true });
  const db = new Database(opts.path);
  db.pragma('journal_mode = WAL');
  // NORMAL in WAL mode survives a process crash; only a power loss may drop the last commits.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  // The WAL is checkpointed off the event loop (startCheckpointer); this connection checkpoints only as a
  // backstop, should that worker not keep up or not run (about 40 MB of WAL).
  const checkpointer = opts.path === ':memory:' ? undefined : startCheckpointer(opts.path);
  if (checkpointer) db.pragma('wal_autocheckpoint = 10000');
  const host = hostname();
  const clientMessageTurns = createClientMessageTurns(db);

  const q = prepareStatements(db);

  // What this process has written of each turn it is writing (the engine's turns): the turn's rules
  // are applied here, in call order, so a token costs one journal row and no read. Dropped once the
  // turn's stream_end is committed (or the turn turns out closed or gone).
  const writing = new Map<string, TurnWrites>();
  const commitItem = ({ turnId, writes, events }: PendingWrite) => {
    if (writes.state === 'unchecked') {
      const { found, last_type } = q.turnOpen.get(turnId, turnId) as { found: number; last_type: string | null };
      writes.state = found === 1 && last_type !== 'stream_end' ? 'open' : 'closed';
    }
    if (writes.state === 'closed') return;
    for (const stored of events) {
      const { seq, event } = stored;
      if (event.type === 'token') {
        q.journalToken.run(turnId, seq, JSON.stringify(event));
        journaledSinceTrim++;
        continue;
      }
      // A row of a turn deleted meanwhile (its session was) would fail the whole batch on its foreign key.
      if (!q.turnExists.get(turnId)) {
        writes.state = 'closed';
        return;
      }
      if (event.type !== 'stream_end') q.insertEvent.run(turnId, seq, event.type, JSON.stringify(event));
      else {
        // The turn's tokens move from the journal to its own rows, packed as runs (a row or two per turn):
        // from memory when this process wrote the turn from its start, else from the journal.
        if (writes.log.at(0)?.seq === 1) {
          for (const run of packTokenRuns(writes.log.after(0), seq)) q.insertTokenRun.run(turnId, run.firstSeq, run.agent, run.contents);
        } else for (const r of q.readJournal.all(turnId, 0, turnId)) q.insertEvent.run(turnId, r.seq, 'token', r.data);
        q.insertEvent.run(turnId, seq, 'stream_end', JSON.stringify(event));
        writes.state = 'closed';
      }
    }
  };
  let commitsSinceTrim = 0;
  let journaledSinceTrim = 0;
  const appendBatch = db.transaction((batch: readonly PendingItem[]) => {
    for (const item of batch) {
      if (!('statement' in item)) {
        commitItem(item);
        continue;
      }
      // A savepoint of its own: a failing statement fails its caller, not the batch's other writes.
      try {
        db.transaction(item.statement)();
      } catch (cause) {
        item.failed = cause;
      }
    }
    // Rows of ended turns are garbage in the journal: cut its head now and then (a range delete at its
    // start), about twice the rows journaled meanwhile, so the trim keeps ahead of the appends without
    // one commit deleting a whole burst of ended turns at once (BENCHMARKS.md, session 11).
    if (++commitsSinceTrim >= TRIM_EVERY_COMMITS) {
      q.trimJournal.run(Math.min(TRIM_MAX_ROWS, Math.max(TRIM_MIN_ROWS, 2 * journaledSinceTrim)));
      commitsSinceTrim = 0;
      journaledSinceTrim = 0;
    }
  });
  // The writes of one run of the event loop share a transaction (why: BENCHMARKS.md).
  const groupCommit = createGroupCommit((batch: readonly PendingItem[]) => {
    try {
      appendBatch(batch);
    } catch (cause) {
      // Rolled back: whatever the batch decided about its turns is read again from the file next time.
      for (const item of batch) if (!('statement' in item)) item.writes.state = 'unchecked';
      throw cause;
    }
    for (const item of batch) {
      if ('statement' in item) continue;
      const { turnId, writes, upTo } = item;
      writes.committed = Math.max(writes.committed, upTo);
      if (writes.state === 'closed' && writing.get(turnId) === writes) writing.delete(turnId);
    }
  });
  // A turn's own writes besides its events (its messages, its end) join the same commit: many turns
  // ending together cost one commit, not three each (BENCHMARKS.md, SQLite). Settles once durable.
  const grouped = async (statement: () => void): Promise<void> => {
    const item: StatementWrite = { statement };
    await groupCommit.add(item);
    if ('failed' in item) throw item.failed;
  };

  // Events from the rows, plus the journal's tokens while the turn has no stream_end there.
  const readStored = db.transaction((turnId: string, afterSeq: number): StoredEvent[] => {
    if (!q.turnExists.get(turnId)) return [];
    const rows = q.readRows.all(turnId, afterSeq).map((r) => ({ seq: r.seq, event: JSON.parse(r.data) as ChatEvent }));
    if (rows.at(-1)?.event.type === 'stream_end' || q.lastRow.get(turnId)?.type === 'stream_end') {
      const runs = q.readTokenRuns.all(turnId).flatMap((run) => unpackTokenRun(run, afterSeq));
      return runs.length === 0 ? rows : [...rows, ...runs].sort((a, b) => a.seq - b.seq);
    }
    const tokens = q.readJournal.all(turnId, afterSeq, turnId).map((r) => ({ seq: r.seq, event: JSON.parse(r.data) as ChatEvent }));
    return tokens.length === 0 ? rows : [...rows, ...tokens].sort((a, b) => a.seq - b.seq);
  });

  // The owner is gone when its lease lapsed, or at once when it was a process on this host that has died.
  const abandoned = (t: TurnRow, now: number) =>
    t.status === 'running' && (t.lease_expires_at <= now || (t.owner_host === host && t.owner_pid !== process.pid && !isProcessAlive(t.owner_pid)));

  const closeIfAbandoned = db.transaction((turnId: string): boolean => {
    const now = Date.now();
    const turn = q.getTurn.get(turnId);
    if (!turn || !abandoned(turn, now)) return false;
    const last = q.lastRow.get(turnId);
    let finishReason: FinishReason = 'interrupted';
    // An owner that logged its stream_end but died before marking the turn keeps its own ending.
    if (last?.type === 'stream_end') finishReason = (JSON.parse(last.data) as Extract<ChatEvent, { type: 'stream_end' }>).finishReason;
    else {
      // The dead owner's tokens move from the journal to the turn's rows, then the turn is closed after the last.
      let lastSeq = last?.seq ?? 0;
      for (const r of q.readJournal.all(turnId, 0, turnId)) {
        q.insertEvent.run(turnId, r.seq, 'token', r.data);
        lastSeq = Math.max(lastSeq, r.seq);
      }
      q.insertEvent.run(turnId, lastSeq + 1, 'stream_end', JSON.stringify(interruptedEnd({ id: turn.id, sessionId: turn.session_id })));
    }
    // This process stops writing it (its own turn whose lease it lost): what it still sends is dropped.
    const writes = writing.get(turnId);
    if (writes) writes.state = 'closed';
    writing.delete(turnId);
    q.finishTurn.run(finishReason, turn.audit, now, turnId);
    return true;
  });

  return {
    kind: 'sqlite',
    async getSession(id) {
      const row = q.getSession.get(id);
      return row && toSession(row);
    },
    async createSession({ id, userId }) {
      const now = Date.now();
      q.insertSession.run(id, userId ?? null, now, now);
      return toSession(q.getSession.get(id) as SessionRow);
    },
    updateSessionState(id, state) {
      const data = JSON.stringify(state);
      return grouped(() => q.setState.run(data, Date.now(), id));
    },
    async listSessions(userId) {
      return q.listSessions.all(userId).map(toSession);
    },
    async deleteSession(id) {
      q.deleteSession.run(id);
    },
    appendMessage(m) {
      return grouped(() => {
        // A session deleted while its turn was still generating stays deleted.
        if (!q.getSession.get(m.sessionId)) return;
        const { changes } = q.insertMessage.run(m.id, m.sessionId, m.turnId, m.role, m.content, m.createdAt, m.finishReason ?? null);
        if (changes > 0) q.touch.run(Date.now(), m.sessionId);
      });
    },
    async getMessages(sessionId, opts) {
      const rows =
        opts?.offset !== undefined
          ? q.pageMessages.all(sessionId, opts.limit ?? -1, opts.offset)
          : opts?.limit === undefined
            ? q.messages.all(sessionId)
            : q.lastMessages.all(sessionId, opts.limit);
      return rows.map(toMessage);
    },
    async getProfile(userId) {
      const row = q.getProfile.get(userId);
      return row && (JSON.parse(row.data) as PatientProfile);
    },
    async upsertProfile(userId, profile) {
      q.upsertProfile.run(userId, JSON.stringify(profile), Date.now());
    },
    async deleteUserData(userId) {
      db.transaction(() => {
        q.deleteProfile.run(userId);
        q.deleteUserSessions.run(userId);
      })();
    },
    async createTurn(t) {
      q.insertTurn.run({ ...t, userId: t.userId ?? null, finishReason: t.finishReason ?? null, host, pid: process.pid, audit: JSON.stringify(t.audit) });
      // Created here, so open: its first commit need not read that back (a query per turn in a busy commit).
      if (t.status === 'running' && !writing.has(t.id)) writing.set(t.id, { log: createEventLog(), committed: 0, state: 'open' });
    },
    async finishTurn(turnId, end) {
      const audit = JSON.stringify(end.audit);
      await grouped(() => q.finishTurn.run(end.finishReason, audit, Date.now(), turnId));
      // A turn created here that never wrote an event (it failed before streaming) is not kept as being written.
      if (writing.get(turnId)?.log.length === 0) writing.delete(turnId);
    },
    async getTurn(turnId) {
      const row = q.getTurn.get(turnId);
      return row && toTurn(row);
    },
    async listTurns(sessionId) {
      return q.listTurns.all(sessionId).map(toTurn);
    },
    appendEvents(turnId, events) {
      let writes = writing.get(turnId);
      if (!writes) writing.set(turnId, (writes = { log: createEventLog(), committed: 0, state: 'unchecked' }));
      const { log } = writes;
      // The turn's rules (seq past the last, nothing after stream_end), applied in call order.
      const accepted: StoredEvent[] = [];
      for (const stored of events) {
        const before = log.length;
        log.append(stored);
        if (log.length > before) accepted.push(stored);
      }
      return groupCommit.add({ turnId, writes, events: accepted, upTo: log.length });
    },
    async readEvents(turnId, afterSeq) {
      // A turn this process is writing: what of it is committed, from memory (no journal scan).
      const writes = writing.get(turnId);
      if (writes && writes.state === 'open' && q.turnExists.get(turnId)) {
        const out: StoredEvent[] = [];
        for (let i = 0; i < writes.committed; i++) {
          const stored = writes.log.at(i) as StoredEvent;
          if (stored.seq > afterSeq) out.push(stored);
        }
        return out;
      }
      return readStored(turnId, afterSeq);
    },
    async renewLeases(owner, turnIds, ttlMs) {
      const expires = Date.now() + ttlMs;
      return db.transaction(() => turnIds.filter((id) => q.renewLease.run(expires, id, owner).changes === 0))();
    },
    async closeIfAbandoned(turnId) {
      // Followers poll this: take the write lock only when the turn looks abandoned.
      const turn = q.getTurn.get(turnId);
      return turn !== undefined && abandoned(turn, Date.now()) && closeIfAbandoned.immediate(turnId);
    },
    async closeAbandonedTurns() {
      return q.runningTurns.all().filter((t) => closeIfAbandoned.immediate(t.id)).length;
    },
    async getClientMessageTurn(key) {
      return clientMessageTurns.get(key);
    },
    async putClientMessageTurn(key, turnId, ttlMs) {
      clientMessageTurns.put(key, turnId, ttlMs);
    },
    async purgeOlderThan(cutoff) {
      clientMessageTurns.purgeExpired();
      // Foreign keys cascade to messages, turns and their event logs.
      return db.transaction(() => q.oldSessions.all(cutoff).filter((s) => q.deleteSession.run(s.id).changes > 0).length)();
    },
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      if (!db.open) return;
      groupCommit.flush();
      await checkpointer?.stop();
      db.close();
    },
  };
}

interface TurnWrites {
  readonly log: EventLog;
  /** How many of log's events are committed. */
  committed: number;
  /** Unchecked until its first commit reads whether the turn exists and is still open. */
  state: 'unchecked' | 'open' | 'closed';
}

/** A statement run in the group commit, in call order with the events. */
interface StatementWrite {
  readonly statement: () => void;
  failed?: unknown;
}

type PendingItem = PendingWrite | StatementWrite;

interface PendingWrite {
  readonly turnId: string;
  readonly writes: TurnWrites;
  readonly events: readonly StoredEvent[];
  /** log.length once these were accepted: committed with them. */
  readonly upTo: number;
}

// How often the journal's head is trimmed, and the fewest and most rows one trim may delete.
const TRIM_EVERY_COMMITS = 16;
const TRIM_MIN_ROWS = 2048;
export const TRIM_MAX_ROWS = 8192;
