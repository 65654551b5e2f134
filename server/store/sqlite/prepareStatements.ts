import type Database from 'better-sqlite3';
import type { TokenRunRow } from './packTokenRuns.ts';
import type { MessageRow, SessionRow, TurnRow } from './sqliteRows.ts';

/** Every statement the sqlite store runs, prepared once per connection. */
export function prepareStatements(db: Database.Database) {
  return {
    getSession: db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id = ?'),
    insertSession: db.prepare('INSERT OR IGNORE INTO sessions (id, user_id, created_at, updated_at) VALUES (?, ?, ?, ?)'),
    setState: db.prepare('UPDATE sessions SET state = ?, updated_at = ? WHERE id = ?'),
    touch: db.prepare('UPDATE sessions SET updated_at = ? WHERE id = ?'),
    listSessions: db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE user_id = ? ORDER BY updated_at DESC'),
    deleteSession: db.prepare('DELETE FROM sessions WHERE id = ?'),
    insertMessage: db.prepare(
      'INSERT OR IGNORE INTO messages (id, session_id, turn_id, role, content, created_at, finish_reason) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    messages: db.prepare<[string], MessageRow>('SELECT * FROM messages WHERE session_id = ? ORDER BY ord'),
    pageMessages: db.prepare<[string, number, number], MessageRow>('SELECT * FROM messages WHERE session_id = ? ORDER BY ord LIMIT ? OFFSET ?'),
    lastMessages: db.prepare<[string, number], MessageRow>('SELECT * FROM (SELECT * FROM messages WHERE session_id = ? ORDER BY ord DESC LIMIT ?) ORDER BY ord'),
    getProfile: db.prepare<[string], { data: string }>('SELECT data FROM profiles WHERE user_id = ?'),
    upsertProfile: db.prepare('INSERT INTO profiles (user_id, data, updated_at) VALUES (?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at'),
    deleteProfile: db.prepare('DELETE FROM profiles WHERE user_id = ?'),
    deleteUserSessions: db.prepare('DELETE FROM sessions WHERE user_id = ?'),
    insertTurn: db.prepare(
      // journal_from: the journal's last id now; the turn's journal rows all come after it.
      `INSERT INTO turns (id, session_id, user_id, status, finish_reason, owner, owner_host, owner_pid, lease_expires_at, created_at, updated_at, audit, journal_from)
       VALUES (@id, @sessionId, @userId, @status, @finishReason, @owner, @host, @pid, @leaseExpiresAt, @createdAt, @updatedAt, @audit,
               IFNULL((SELECT seq FROM sqlite_sequence WHERE name = 'event_journal'), 0))`,
    ),
    finishTurn: db.prepare("UPDATE turns SET status = 'finished', finish_reason = ?, audit = ?, updated_at = ? WHERE id = ? AND status = 'running'"),
    getTurn: db.prepare<[string], TurnRow>('SELECT * FROM turns WHERE id = ?'),
    listTurns: db.prepare<[string], TurnRow>('SELECT * FROM turns WHERE session_id = ? ORDER BY created_at'),
    runningTurns: db.prepare<[], { id: string }>("SELECT id FROM turns WHERE status = 'running'"),
    renewLease: db.prepare("UPDATE turns SET lease_expires_at = ? WHERE id = ? AND owner = ? AND status = 'running'"),
    insertEvent: db.prepare('INSERT OR IGNORE INTO turn_event_rows (turn_id, seq, type, data) VALUES (?, ?, ?, ?)'),
    journalToken: db.prepare('INSERT INTO event_journal (turn_id, seq, data) VALUES (?, ?, ?)'),
    insertTokenRun: db.prepare('INSERT OR IGNORE INTO turn_token_runs (turn_id, first_seq, agent, contents) VALUES (?, ?, ?, ?)'),
    readTokenRuns: db.prepare<[string], TokenRunRow>('SELECT first_seq AS firstSeq, agent, contents FROM turn_token_runs WHERE turn_id = ? ORDER BY first_seq'),
    // A turn's state before this process's first write to it: does it exist, and is it closed already?
    turnOpen: db.prepare<[string, string], { found: number; last_type: string | null }>(
      'SELECT EXISTS (SELECT 1 FROM turns WHERE id = ?) AS found, (SELECT type FROM turn_event_rows WHERE turn_id = ? ORDER BY seq DESC LIMIT 1) AS last_type',
    ),
    turnExists: db.prepare<[string], number>('SELECT 1 FROM turns WHERE id = ?').pluck(),
    lastRow: db.prepare<[string], { seq: number; type: string; data: string }>('SELECT seq, type, data FROM turn_event_rows WHERE turn_id = ? ORDER BY seq DESC LIMIT 1'),
    readRows: db.prepare<[string, number], { seq: number; type: string; data: string }>('SELECT seq, type, data FROM turn_event_rows WHERE turn_id = ? AND seq > ? ORDER BY seq'),
    // A running turn's tokens: the journal from where the turn began (no index by turn: a scan, for
    // another process's or a dead process's turn only).
    readJournal: db.prepare<[string, number, string], { seq: number; data: string }>(
      'SELECT j.seq, j.data FROM event_journal j WHERE j.id > (SELECT journal_from FROM turns WHERE id = ?) AND j.seq > ? AND j.turn_id = ? ORDER BY j.id',
    ),
    // Journal rows every running turn is past (rows of ended turns were moved to turn_event_rows).
    // Up to the first running turn's start (everything, when none runs), and at most `?` rows.
    trimJournal: db.prepare<[number]>(
      "DELETE FROM event_journal WHERE id <= MIN(IFNULL((SELECT MIN(journal_from) FROM turns WHERE status = 'running'), (SELECT IFNULL(MAX(id), 0) FROM event_journal)), (SELECT IFNULL(MIN(id), 0) FROM event_journal) + ? - 1)",
    ),
    oldSessions: db.prepare<[number], { id: string }>('SELECT id FROM sessions WHERE updated_at < ?'),
  };
}
