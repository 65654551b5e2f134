import type Database from 'better-sqlite3';

export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly up: string;
}

/**
 * Schema history, applied in order inside one transaction each and recorded in `PRAGMA user_version`.
 * Never edit a released migration: add the next version.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'sessions, messages, profiles, turns with leases and audit, turn event logs',
    up: `
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        user_id TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        state TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX sessions_by_user ON sessions (user_id, updated_at);
      CREATE INDEX sessions_by_updated ON sessions (updated_at);
      CREATE TABLE messages (
        ord INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        turn_id TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
        content TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        finish_reason TEXT
      );
      CREATE INDEX messages_by_session ON messages (session_id, ord);
      CREATE TABLE profiles (
        user_id TEXT PRIMARY KEY,
        data TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE TABLE turns (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        user_id TEXT,
        status TEXT NOT NULL CHECK (status IN ('running', 'finished')),
        finish_reason TEXT,
        owner TEXT NOT NULL,
        owner_host TEXT NOT NULL,
        owner_pid INTEGER NOT NULL,
        lease_expires_at INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        audit TEXT NOT NULL DEFAULT '[]'
      );
      CREATE INDEX turns_by_session ON turns (session_id, created_at);
      CREATE INDEX turns_running ON turns (status) WHERE status = 'running';
      CREATE TABLE turn_events (
        turn_id TEXT NOT NULL REFERENCES turns (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        type TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (turn_id, seq)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 2,
    description: 'client message ids to the turns they started, shared by every process on the file',
    up: `
      CREATE TABLE client_message_turns (
        key TEXT PRIMARY KEY,
        turn_id TEXT NOT NULL,
        expires_at INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX client_message_turns_by_expiry ON client_message_turns (expires_at);
    `,
  },
  {
    version: 3,
    description:
      'token events of running turns in an append-only journal (written in insertion order, one page per commit instead of one per stream), moved to the per-turn rows when the turn ends; turn_events becomes a view over both',
    up: `
      ALTER TABLE turn_events RENAME TO turn_event_rows;
      CREATE TABLE event_journal (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        turn_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        data TEXT NOT NULL
      );
      ALTER TABLE turns ADD COLUMN journal_from INTEGER NOT NULL DEFAULT 0;
      CREATE VIEW turn_events (turn_id, seq, type, data) AS
        SELECT turn_id, seq, type, data FROM turn_event_rows
        UNION ALL
        SELECT j.turn_id, j.seq, 'token', j.data FROM event_journal j JOIN turns t ON t.id = j.turn_id
        WHERE j.id > t.journal_from
          AND NOT EXISTS (SELECT 1 FROM turn_event_rows r WHERE r.turn_id = j.turn_id AND r.type = 'stream_end');
    `,
  },
  {
    version: 4,
    description:
      "a finished turn's tokens as runs, one row per run of consecutive tokens of one agent instead of one per token (a commit of many ending turns wrote a row per token); turn_events expands them",
    up: `
      CREATE TABLE turn_token_runs (
        turn_id TEXT NOT NULL REFERENCES turns (id) ON DELETE CASCADE,
        first_seq INTEGER NOT NULL,
        agent TEXT,
        contents TEXT NOT NULL,
        PRIMARY KEY (turn_id, first_seq)
      );
      DROP VIEW turn_events;
      CREATE VIEW turn_events (turn_id, seq, type, data) AS
        SELECT turn_id, seq, type, data FROM turn_event_rows
        UNION ALL
        SELECT r.turn_id, r.first_seq + c.key, 'token',
               CASE WHEN r.agent IS NULL THEN json_object('type', 'token', 'content', c.value)
                    ELSE json_object('type', 'token', 'content', c.value, 'agent', r.agent) END
        FROM turn_token_runs r, json_each(r.contents) c
        UNION ALL
        SELECT j.turn_id, j.seq, 'token', j.data FROM event_journal j JOIN turns t ON t.id = j.turn_id
        WHERE j.id > t.journal_from
          AND NOT EXISTS (SELECT 1 FROM turn_event_rows r WHERE r.turn_id = j.turn_id AND r.type = 'stream_end');
    `,
  },
];

export class SchemaVersionError extends Error {
  override readonly name = 'SchemaVersionError';
}

/** Brings the database to the latest version; refuses a database written by a newer gateway. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): { from: number; to: number } {
  const from = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  if (from > latest) throw new SchemaVersionError(`Database schema version ${from} is newer than this gateway's (${latest})`);
  for (const migration of migrations) {
    if (migration.version <= from) continue;
    db.transaction(() => {
      db.exec(migration.up);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return { from, to: Math.max(from, latest) };
}
