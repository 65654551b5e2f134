import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../server/store/sqlite/createSqliteStore.ts';
import { MIGRATIONS, SchemaVersionError, migrate } from '../../server/store/sqlite/migrations.ts';

const dir = mkdtempSync(join(tmpdir(), 'medchat-schema-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sqlite schema and durability settings', () => {
  it('migrates an empty database to the latest version once, in WAL mode with foreign keys', async () => {
    const path = join(dir, 'fresh.db');
    const store = createSqliteStore({ path });
    await store.close();
    const db = new Database(path);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)?.version);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(migrate(db)).toEqual({ from: MIGRATIONS.at(-1)?.version, to: MIGRATIONS.at(-1)?.version });
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['event_journal', 'messages', 'profiles', 'sessions', 'turn_event_rows', 'turns']));
    // turn_events: every event of every turn, one row per event, whichever table holds it now.
    expect(db.prepare("SELECT type FROM sqlite_master WHERE name = 'turn_events'").get()).toEqual({ type: 'view' });
    db.close();
  });

  it('applies only the migrations a database lacks, each in its own transaction', () => {
    const db = new Database(join(dir, 'steps.db'));
    const steps = [
      { version: 1, description: 'a', up: 'CREATE TABLE a (x INTEGER)' },
      { version: 2, description: 'b', up: 'ALTER TABLE a ADD COLUMN y TEXT' },
    ];
    expect(migrate(db, steps.slice(0, 1))).toEqual({ from: 0, to: 1 });
    db.prepare('INSERT INTO a (x) VALUES (1)').run();
    expect(migrate(db, steps)).toEqual({ from: 1, to: 2 });
    expect(db.prepare('SELECT x, y FROM a').all()).toEqual([{ x: 1, y: null }]);
    // A failing migration leaves the version and schema where they were.
    expect(() => migrate(db, [...steps, { version: 3, description: 'bad', up: 'CREATE TABLE c (z); SELECT * FROM missing' }])).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'c'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a database written by a newer gateway', () => {
    const path = join(dir, 'newer.db');
    const db = new Database(path);
    db.pragma('user_version = 99');
    db.close();
    expect(() => createSqliteStore({ path })).toThrow(SchemaVersionError);
  });

  it('keeps everything across a reopen', async () => {
    const path = join(dir, 'nested', 'reopen.db');
    const first = createSqliteStore({ path });
    await first.createSession({ id: 's1', userId: 'u1' });
    await first.appendMessage({ id: 'm1', sessionId: 's1', turnId: 't1', role: 'user', content: 'hello', createdAt: 1 });
    await first.upsertProfile('u1', { age: 50 });
    await first.close();
    const second = createSqliteStore({ path });
    expect((await second.getMessages('s1')).map((m) => m.content)).toEqual(['hello']);
    expect(await second.getProfile('u1')).toEqual({ age: 50 });
    expect((await second.listSessions('u1')).map((s) => s.id)).toEqual(['s1']);
    await second.close();
  });
});
