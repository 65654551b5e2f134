import type { PatientProfile } from '../../plugins/sdk/index.ts';
import { createEventLog, type EventLog } from './createEventLog.ts';
import { interruptedEnd } from './interruptedEnd.ts';
import type { MessageRecord, SessionRecord, SessionStore, TurnRecord } from './SessionStore.ts';

/** Reading a character flattens a string built with `+=` per token into one (memory; BENCHMARKS.md). */
function flatten(text: string): string {
  void text.charCodeAt(0);
  return text;
}

/**
 * In-process store for tests and throwaway runs; everything is gone when the process exits. It keeps at
 * most `maxSessions` sessions: past that, creating one deletes the least recently updated session with no
 * running turn (a finished turn costs ~12 KB of heap, kept otherwise until RETENTION_DAYS).
 */
export function createMemoryStore(opts: { maxSessions?: number } = {}): SessionStore {
  const maxSessions = opts.maxSessions ?? 10_000;
  const sessions = new Map<string, SessionRecord>();
  const messages = new Map<string, MessageRecord[]>();
  const messageIds = new Set<string>();
  const profiles = new Map<string, PatientProfile>();
  const turns = new Map<string, TurnRecord>();
  // Each session's turn ids, so deleting, evicting and listing look at one session's turns, not all.
  const sessionTurns = new Map<string, Set<string>>();
  // Tokens packed, answers flattened: what this store keeps for good must be few objects for the GC to trace.
  const events = new Map<string, EventLog>();
  const clientMessageTurns = new Map<string, { turnId: string; expiresAt: number }>();

  const deleteSession = (id: string) => {
    for (const m of messages.get(id) ?? []) messageIds.delete(m.id);
    messages.delete(id);
    sessions.delete(id);
    for (const turnId of sessionTurns.get(id) ?? []) {
      turns.delete(turnId);
      events.delete(turnId);
    }
    sessionTurns.delete(id);
  };
  const hasRunningTurn = (sessionId: string) => {
    for (const turnId of sessionTurns.get(sessionId) ?? []) if (turns.get(turnId)?.status === 'running') return true;
    return false;
  };

  // `sessions` is kept in order of last update (a Map iterates in insertion order), oldest first.
  const update = (record: SessionRecord) => {
    sessions.delete(record.id);
    sessions.set(record.id, record);
  };
  const touch = (id: string) => {
    const s = sessions.get(id);
    if (s) update({ ...s, updatedAt: Date.now() });
  };
  // A session whose turn is still running is never evicted: its answer would be lost mid-stream.
  const evictOldest = (keep: string) => {
    for (const id of sessions.keys()) {
      if (id === keep || hasRunningTurn(id)) continue;
      deleteSession(id);
      return;
    }
  };

  const closeIfAbandoned = (turnId: string): boolean => {
    const turn = turns.get(turnId);
    if (!turn || turn.status !== 'running' || turn.leaseExpiresAt > Date.now()) return false;
    const log = events.get(turnId) ?? createEventLog();
    // Ignored by a log that already ends with a stream_end (the log keeps a turn's rules).
    log.append({ seq: log.lastSeq + 1, event: interruptedEnd(turn) });
    events.set(turnId, log);
    const end = log.at(log.length - 1)?.event;
    turns.set(turnId, { ...turn, status: 'finished', finishReason: end?.type === 'stream_end' ? end.finishReason : 'interrupted', updatedAt: Date.now() });
    return true;
  };

  return {
    kind: 'memory',
    async getSession(id) {
      return sessions.get(id);
    },
    async createSession({ id, userId }) {
      const existing = sessions.get(id);
      if (existing) return existing;
      const now = Date.now();
      const record: SessionRecord = { id, userId, createdAt: now, updatedAt: now, state: {} };
      sessions.set(id, record);
      if (sessions.size > maxSessions) evictOldest(id);
      return record;
    },
    async updateSessionState(id, state) {
      const s = sessions.get(id);
      if (s) update({ ...s, state: structuredClone(state), updatedAt: Date.now() });
    },
    async listSessions(userId) {
      return [...sessions.values()].filter((s) => s.userId === userId).sort((a, b) => b.updatedAt - a.updatedAt);
    },
    async deleteSession(id) {
      deleteSession(id);
    },
    async appendMessage(message) {
      // A session deleted while its turn was still generating stays deleted.
      if (messageIds.has(message.id) || !sessions.has(message.sessionId)) return;
      messageIds.add(message.id);
      const list = messages.get(message.sessionId) ?? [];
      list.push({ ...message, content: flatten(message.content) });
      messages.set(message.sessionId, list);
      touch(message.sessionId);
    },
    async getMessages(sessionId, opts) {
      const list = messages.get(sessionId) ?? [];
      if (opts?.offset !== undefined) return list.slice(opts.offset, opts.limit === undefined ? undefined : opts.offset + opts.limit);
      return opts?.limit === undefined ? [...list] : list.slice(-opts.limit);
    },
    async getProfile(userId) {
      return profiles.get(userId);
    },
    async upsertProfile(userId, profile) {
      profiles.set(userId, structuredClone(profile));
    },
    async deleteUserData(userId) {
      profiles.delete(userId);
      for (const s of [...sessions.values()]) if (s.userId === userId) deleteSession(s.id);
    },
    async createTurn(turn) {
      turns.set(turn.id, turn);
      const ids = sessionTurns.get(turn.sessionId) ?? new Set<string>();
      sessionTurns.set(turn.sessionId, ids.add(turn.id));
      if (!events.has(turn.id)) events.set(turn.id, createEventLog());
    },
    async finishTurn(turnId, end) {
      const turn = turns.get(turnId);
      if (turn?.status === 'running') turns.set(turnId, { ...turn, status: 'finished', finishReason: end.finishReason, audit: end.audit, updatedAt: Date.now() });
    },
    async getTurn(turnId) {
      return turns.get(turnId);
    },
    async listTurns(sessionId) {
      const list: TurnRecord[] = [];
      for (const turnId of sessionTurns.get(sessionId) ?? []) {
        const turn = turns.get(turnId);
        if (turn) list.push(turn);
      }
      return list.sort((a, b) => a.createdAt - b.createdAt);
    },
    appendEvents(turnId, batch) {
      // A turn's log exists from createTurn until its session is deleted (the log keeps a turn's rules).
      // Stored at return: no promise (the per-token path).
      const log = events.get(turnId);
      for (const e of batch) log?.append(e);
      return undefined;
    },
    async readEvents(turnId, afterSeq) {
      return events.get(turnId)?.after(afterSeq) ?? [];
    },
    async renewLeases(owner, turnIds, ttlMs) {
      const lost: string[] = [];
      for (const id of turnIds) {
        const turn = turns.get(id);
        if (turn?.status === 'running' && turn.owner === owner) turns.set(id, { ...turn, leaseExpiresAt: Date.now() + ttlMs });
        else lost.push(id);
      }
      return lost;
    },
    async closeIfAbandoned(turnId) {
      return closeIfAbandoned(turnId);
    },
    async closeAbandonedTurns() {
      return [...turns.keys()].filter(closeIfAbandoned).length;
    },
    async getClientMessageTurn(key) {
      const entry = clientMessageTurns.get(key);
      return entry && entry.expiresAt > Date.now() ? entry.turnId : undefined;
    },
    async putClientMessageTurn(key, turnId, ttlMs) {
      const now = Date.now();
      if ((clientMessageTurns.get(key)?.expiresAt ?? 0) > now) return;
      clientMessageTurns.set(key, { turnId, expiresAt: now + ttlMs });
    },
    async purgeOlderThan(cutoff) {
      const now = Date.now();
      for (const [key, entry] of clientMessageTurns) if (entry.expiresAt <= now) clientMessageTurns.delete(key);
      const old = [...sessions.values()].filter((s) => s.updatedAt < cutoff);
      for (const s of old) deleteSession(s.id);
      return old.length;
    },
    async ping() {},
    async close() {},
  };
}
