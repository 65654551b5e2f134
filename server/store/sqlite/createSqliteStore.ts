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
import { createGroupCommit } from './createGroupCommit.ts';
import { migrate } from './migrations.ts';
import { prepareStatements } from './prepareStatements.ts';
import { toMessage, toSession, toTurn, type SessionRow, type TurnRow } from './sqliteRows.ts';

/**
 * The embedded default: one SQLite file in WAL mode. better-sqlite3 is synchronous: a write commits
 * before its promise returns, except turn events, which are committed together once per run of the
 * event loop (createGroupCommit) and whose promises settle at that commit. The engine publishes an
 * event only then, so a SIGKILL loses nothing a client saw, and WAL keeps the file consistent.
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
  const host = hostname();
  const clientMessageTurns = createClientMessageTurns(db);

  const q = prepareStatements(db);

  const append = (turnId: string, events: readonly StoredEvent[]) => {
    if (q.lastEventType.get(turnId) === 'stream_end' || !q.turnExists.get(turnId)) return;
    for (const { seq, event } of events) {
      q.insertEvent.run(turnId, seq, event.type, JSON.stringify(event));
      if (event.type === 'stream_end') break;
    }
  };
  const appendBatch = db.transaction((batch: readonly { turnId: string; events: readonly StoredEvent[] }[]) => {
    for (const { turnId, events } of batch) append(turnId, events);
  });
  // Token events of every stream in one run of the event loop share a transaction (why: BENCHMARKS.md).
  const groupCommit = createGroupCommit(appendBatch);

  // The owner is gone when its lease lapsed, or at once when it was a process on this host that has died.
  const abandoned = (t: TurnRow, now: number) =>
    t.status === 'running' && (t.lease_expires_at <= now || (t.owner_host === host && t.owner_pid !== process.pid && !isProcessAlive(t.owner_pid)));

  const closeIfAbandoned = db.transaction((turnId: string): boolean => {
    const now = Date.now();
    const turn = q.getTurn.get(turnId);
    if (!turn || !abandoned(turn, now)) return false;
    const last = q.lastEvent.get(turnId);
    let finishReason: FinishReason = 'interrupted';
    // An owner that logged its stream_end but died before marking the turn keeps its own ending.
    if (last?.type === 'stream_end') finishReason = (JSON.parse(last.data) as Extract<ChatEvent, { type: 'stream_end' }>).finishReason;
    else q.insertEvent.run(turnId, (last?.seq ?? 0) + 1, 'stream_end', JSON.stringify(interruptedEnd({ id: turn.id, sessionId: turn.session_id })));
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
    async updateSessionState(id, state) {
      q.setState.run(JSON.stringify(state), Date.now(), id);
    },
    async listSessions(userId) {
      return q.listSessions.all(userId).map(toSession);
    },
    async deleteSession(id) {
      q.deleteSession.run(id);
    },
    async appendMessage(m) {
      db.transaction(() => {
        // A session deleted while its turn was still generating stays deleted.
        if (!q.getSession.get(m.sessionId)) return;
        const { changes } = q.insertMessage.run(m.id, m.sessionId, m.turnId, m.role, m.content, m.createdAt, m.finishReason ?? null);
        if (changes > 0) q.touch.run(Date.now(), m.sessionId);
      })();
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
    },
    async finishTurn(turnId, end) {
      q.finishTurn.run(end.finishReason, JSON.stringify(end.audit), Date.now(), turnId);
    },
    async getTurn(turnId) {
      const row = q.getTurn.get(turnId);
      return row && toTurn(row);
    },
    async listTurns(sessionId) {
      return q.listTurns.all(sessionId).map(toTurn);
    },
    appendEvents(turnId, events) {
      return groupCommit.add({ turnId, events });
    },
    async readEvents(turnId, afterSeq) {
      return q.readEvents.all(turnId, afterSeq).map((r) => ({ seq: r.seq, event: JSON.parse(r.data) as ChatEvent }));
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
      db.close();
    },
  };
}
