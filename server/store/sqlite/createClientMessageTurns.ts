import type Database from 'better-sqlite3';

/**
 * The sqlite side of `getClientMessageTurn`/`putClientMessageTurn` (table of migration 2). Kept apart
 * from the store's other statements because it has its own lifetime: rows expire, sessions do not.
 */
export function createClientMessageTurns(db: Database.Database) {
  const get = db.prepare<[string, number], { turn_id: string }>('SELECT turn_id FROM client_message_turns WHERE key = ? AND expires_at > ?');
  // A live key keeps its first turn; an expired one is taken over.
  const put = db.prepare(
    `INSERT INTO client_message_turns (key, turn_id, expires_at) VALUES (@key, @turnId, @expiresAt)
     ON CONFLICT (key) DO UPDATE SET turn_id = excluded.turn_id, expires_at = excluded.expires_at
     WHERE client_message_turns.expires_at <= @now`,
  );
  const purge = db.prepare('DELETE FROM client_message_turns WHERE expires_at <= ?');
  return {
    get(key: string): string | undefined {
      return get.get(key, Date.now())?.turn_id;
    },
    put(key: string, turnId: string, ttlMs: number): void {
      const now = Date.now();
      put.run({ key, turnId, expiresAt: now + ttlMs, now });
    },
    purgeExpired(): void {
      purge.run(Date.now());
    },
  };
}
