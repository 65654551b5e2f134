import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChatEvent } from '../../server/protocol/chatEvent.ts';
import type { SessionStore, StoredEvent } from '../../server/store/SessionStore.ts';
import { TRIM_MAX_ROWS, createSqliteStore } from '../../server/store/sqlite/createSqliteStore.ts';
import { MIGRATIONS, migrate } from '../../server/store/sqlite/migrations.ts';

const dir = mkdtempSync(join(tmpdir(), 'medchat-journal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const token = (seq: number, content = `t${seq}`): StoredEvent => ({ seq, event: { type: 'token', content } });
const status = (seq: number): StoredEvent => ({ seq, event: { type: 'status', status: 'generating_response' } });
const end = (seq: number, turnId: string): StoredEvent => ({
  seq,
  event: { type: 'stream_end', turnId, sessionId: 's', agentsCompleted: [], finishReason: 'stop', usage: { inputTokens: 1, outputTokens: 1 } },
});

async function newTurn(store: SessionStore, id: string, leaseExpiresAt = Date.now() + 60_000) {
  await store.createSession({ id: 's', userId: undefined });
  await store.createTurn({ id, sessionId: 's', userId: undefined, status: 'running', finishReason: undefined, owner: 'o', leaseExpiresAt, createdAt: 1, updatedAt: 1, audit: [] });
}

const viewOf = (path: string, turnId: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT seq, type FROM turn_events WHERE turn_id = ? ORDER BY seq').all(turnId) as { seq: number; type: string }[];
  } finally {
    db.close();
  }
};
const count = (path: string, table: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('sqlite event journal', () => {
  it('keeps a running turn’s tokens in the journal and moves them to the turn’s rows, packed as one run, at stream_end; the view shows each event once', async () => {
    const path = join(dir, 'move.db');
    const store = createSqliteStore({ path });
    await newTurn(store, 't1');
    await store.appendEvents('t1', [status(1)]);
    for (let seq = 2; seq <= 5; seq++) await store.appendEvents('t1', [token(seq)]);
    expect(count(path, 'event_journal')).toBe(4);
    expect(count(path, 'turn_event_rows')).toBe(1);
    expect(viewOf(path, 't1').map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    await store.appendEvents('t1', [end(6, 't1')]);
    // status and stream_end keep a row each; the four tokens are one run.
    expect(count(path, 'turn_event_rows')).toBe(2);
    expect(count(path, 'turn_token_runs')).toBe(1);
    expect(viewOf(path, 't1')).toEqual([{ seq: 1, type: 'status' }, ...[2, 3, 4, 5].map((seq) => ({ seq, type: 'token' })), { seq: 6, type: 'stream_end' }]);
    await store.close();
    // Another process (a fresh store on the file) reads the same events from the rows.
    const reader = createSqliteStore({ path });
    const events = await reader.readEvents('t1', 2);
    expect(events.map((e) => [e.seq, e.event.type === 'token' ? e.event.content : e.event.type])).toEqual([[3, 't3'], [4, 't4'], [5, 't5'], [6, 'stream_end']]);
    await reader.close();
  });

  it('packed runs read back exactly: every event after every id, agents and gaps kept, and the view gives the JSON a row per token gave', async () => {
    const path = join(dir, 'runs.db');
    const store = createSqliteStore({ path });
    await newTurn(store, 'r1');
    const agentToken = (seq: number, content: string, agent: string): StoredEvent => ({ seq, event: { type: 'token', content, agent } });
    const events: StoredEvent[] = [status(1), token(2, 'a'), token(3, 'b"q'), agentToken(4, 'x', 'triage'), agentToken(5, 'y', 'triage'), status(6), token(7, 'ü\n'), token(8, ''), end(9, 'r1')];
    for (const e of events) await store.appendEvents('r1', [e]);
    expect(count(path, 'turn_token_runs')).toBe(3);
    await store.close();
    const reader = createSqliteStore({ path });
    for (let after = 0; after <= 9; after++) expect(await reader.readEvents('r1', after)).toEqual(events.filter((e) => e.seq > after));
    await reader.close();
    const db = new Database(path, { readonly: true });
    try {
      const view = db.prepare('SELECT seq, type, data FROM turn_events WHERE turn_id = ? ORDER BY seq').all('r1') as { seq: number; type: string; data: string }[];
      expect(view.map((r) => [r.seq, r.type, JSON.parse(r.data)])).toEqual(events.map((e) => [e.seq, e.event.type, e.event]));
      expect(view.filter((r) => r.type === 'token').map((r) => r.data)).toEqual(events.filter((e) => e.event.type === 'token').map((e) => JSON.stringify(e.event)));
    } finally {
      db.close();
    }
  });

  it('another process reads a running turn’s tokens from the journal, exactly after the id it is given', async () => {
    const path = join(dir, 'follow.db');
    const writer = createSqliteStore({ path });
    const reader = createSqliteStore({ path });
    await newTurn(writer, 't1');
    await writer.appendEvents('t1', [status(1), token(2, 'a'), token(3, 'b')]);
    await writer.appendEvents('t1', [token(4, 'c')]);
    expect((await reader.readEvents('t1', 2)).map((e) => e.seq)).toEqual([3, 4]);
    expect((await reader.readEvents('t1', 0)).map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    await writer.close();
    await reader.close();
  });

  it('a dead owner’s turn: its journaled tokens move to its rows and it is closed after the last one', async () => {
    const path = join(dir, 'dead.db');
    const owner = createSqliteStore({ path });
    await newTurn(owner, 'dead', Date.now() - 1);
    await owner.appendEvents('dead', [status(1), token(2), token(3)]);
    await owner.close(); // the owner is gone; its lease has lapsed
    const other = createSqliteStore({ path });
    expect(await other.closeIfAbandoned('dead')).toBe(true);
    const events = await other.readEvents('dead', 0);
    expect(events.map((e) => [e.seq, e.event.type])).toEqual([[1, 'status'], [2, 'token'], [3, 'token'], [4, 'stream_end']]);
    expect((events.at(-1)?.event as Extract<ChatEvent, { type: 'stream_end' }>).finishReason).toBe('interrupted');
    expect(viewOf(path, 'dead').map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    await other.close();
  });

  it('a turn whose session is deleted mid-stream fails nobody else’s writes in its batch', async () => {
    const path = join(dir, 'deleted.db');
    const store = createSqliteStore({ path });
    await newTurn(store, 'gone');
    await store.createSession({ id: 's2', userId: undefined });
    await store.createTurn({ id: 'kept', sessionId: 's2', userId: undefined, status: 'running', finishReason: undefined, owner: 'o', leaseExpiresAt: Date.now() + 60_000, createdAt: 1, updatedAt: 1, audit: [] });
    await Promise.all([store.appendEvents('gone', [token(1)]), store.appendEvents('kept', [token(1)])]);
    await store.deleteSession('s');
    // One batch: the deleted turn's status and end, and the other turn's next events.
    await Promise.all([store.appendEvents('gone', [status(2), end(3, 'gone')]), store.appendEvents('kept', [token(2), status(3)])]);
    expect(await store.readEvents('gone', 0)).toEqual([]);
    expect((await store.readEvents('kept', 0)).map((e) => e.seq)).toEqual([1, 2, 3]);
    await store.close();
  });

  it('cuts the journal’s head once no running turn needs it, and never what a running turn does', async () => {
    const path = join(dir, 'trim.db');
    const store = createSqliteStore({ path });
    await newTurn(store, 'ended');
    await newTurn(store, 'running');
    await store.appendEvents('ended', [token(1)]);
    await store.appendEvents('ended', [end(2, 'ended')]);
    await store.finishTurn('ended', { finishReason: 'stop', audit: [] });
    // Enough commits for a trim (it runs every few hundred commits).
    for (let seq = 1; seq <= 600; seq++) await store.appendEvents('running', [token(seq)]);
    // The running turn began before the ended one's token: that row may stay, none of its own may go.
    expect(count(path, 'event_journal')).toBeGreaterThanOrEqual(600);
    expect(viewOf(path, 'running').map((e) => e.seq)).toEqual(Array.from({ length: 600 }, (_, i) => i + 1));
    await store.appendEvents('running', [end(601, 'running')]);
    await store.finishTurn('running', { finishReason: 'stop', audit: [] });
    for (let i = 0; i < 300; i++) await store.appendEvents(`none-${i}`, [token(1)]); // commits of turns that do not exist
    expect(count(path, 'event_journal')).toBe(0);
    expect((await store.readEvents('running', 0)).length).toBe(601);
    expect((await store.readEvents('ended', 0)).map((e) => e.seq)).toEqual([1, 2]);
    await store.close();
  });

  // Regression: one trim deleted every row of a burst of ended turns in one statement, a 100–200 ms
  // stall of every stream at the start of the next paced step (BENCHMARKS.md, session 11).
  it('trims the rows of a burst of ended turns a bounded slice at a time, and catches up', async () => {
    const path = join(dir, 'burst.db');
    const store = createSqliteStore({ path });
    await newTurn(store, 'burst');
    await store.appendEvents('burst', Array.from({ length: 20_000 }, (_, i) => token(i + 1)));
    await store.appendEvents('burst', [end(20_001, 'burst')]);
    await store.finishTurn('burst', { finishReason: 'stop', audit: [] });
    await newTurn(store, 'after');
    let rows = count(path, 'event_journal');
    expect(rows).toBeGreaterThanOrEqual(20_000);
    let biggestCut = 0;
    for (let seq = 1; seq <= 300; seq++) {
      await store.appendEvents('after', [token(seq)]);
      const now = count(path, 'event_journal');
      biggestCut = Math.max(biggestCut, rows + 1 - now);
      rows = now;
    }
    expect(biggestCut).toBeGreaterThan(0);
    expect(biggestCut).toBeLessThanOrEqual(TRIM_MAX_ROWS);
    // Every row of the ended burst is gone; every row of the running turn is there.
    expect(count(path, 'event_journal')).toBe(300);
    expect((await store.readEvents('burst', 0)).length).toBe(20_001);
    expect((await store.readEvents('after', 0)).length).toBe(300);
    await store.close();
  });

  it('a version-2 database keeps its events readable after the upgrade, and its running turn closes after its last event', async () => {
    const path = join(dir, 'v2.db');
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    migrate(db, MIGRATIONS.slice(0, 2));
    db.prepare("INSERT INTO sessions (id, user_id, created_at, updated_at) VALUES ('s', NULL, 1, 1)").run();
    db.prepare(
      "INSERT INTO turns (id, session_id, user_id, status, owner, owner_host, owner_pid, lease_expires_at, created_at, updated_at) VALUES ('old', 's', NULL, 'running', 'o', 'h', 1, 1, 1, 1)",
    ).run();
    const insert = db.prepare('INSERT INTO turn_events (turn_id, seq, type, data) VALUES (?, ?, ?, ?)');
    for (const stored of [status(1), token(2), token(3)]) insert.run('old', stored.seq, stored.event.type, JSON.stringify(stored.event));
    db.close();
    const store = createSqliteStore({ path });
    expect((await store.readEvents('old', 1)).map((e) => e.seq)).toEqual([2, 3]);
    expect(await store.closeIfAbandoned('old')).toBe(true);
    expect((await store.readEvents('old', 0)).map((e) => [e.seq, e.event.type])).toEqual([[1, 'status'], [2, 'token'], [3, 'token'], [4, 'stream_end']]);
    await store.close();
  });
});

describe('sqlite group commit of a turn’s other writes', () => {
  it('a failing statement fails only its caller; the events and messages of the same tick are committed', async () => {
    const path = join(dir, 'grouped.db');
    const store = createSqliteStore({ path });
    await newTurn(store, 'g1');
    const message = { sessionId: 's', turnId: 'g1', content: 'hello', createdAt: 1 };
    // All in one tick: one commit. SQLite cannot bind an object: that statement throws.
    const results = await Promise.allSettled([
      store.appendEvents('g1', [status(1), token(2)]),
      store.appendMessage({ ...message, id: 'bad', role: 'user', content: {} as never }),
      store.appendMessage({ ...message, id: 'good', role: 'user' }),
      store.finishTurn('g1', { finishReason: 'stop', audit: [] }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    await store.close();
    const reader = createSqliteStore({ path });
    expect((await reader.getMessages('s')).map((m) => m.id)).toEqual(['good']);
    expect((await reader.readEvents('g1', 0)).map((e) => e.seq)).toEqual([1, 2]);
    expect((await reader.getTurn('g1'))?.status).toBe('finished');
    await reader.close();
  });
});
