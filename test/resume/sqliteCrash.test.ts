import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createClientOver } from '../harness/createClientOver.ts';
import { collectTurn } from '../harness/startTestGateway.ts';
import { startGatewayProcess } from '../harness/startGatewayProcess.ts';
import { openTurnOver } from './openTurnOver.ts';
import { textOf } from './rawTurnStream.ts';

const dir = mkdtempSync(join(tmpdir(), 'medchat-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const TOKENS = 80;
// What the process entry's scripted provider answers.
const full = Array.from({ length: TOKENS }, (_, i) => `w${i} `).join('');

// Over tRPC HTTP (issue 20) the killed turn is an event stream cut by the exit, resumed with Last-Event-ID.
describe.each(['ws', 'http'] as const)('sqlite across real processes (%s)', (transport) => {
  it('SIGKILL mid-turn: intact database, answers stored once, an interrupted end on resume, the conversation goes on', async () => {
    const dbPath = join(dir, `kill-${transport}.db`);
    // A long lease: the restarted process must notice the dead owner by its pid, not by waiting.
    const env = { STORE: 'sqlite', SQLITE_PATH: dbPath, SCRIPT_TOKENS: TOKENS, SCRIPT_DELAY_MS: 4, TURN_LEASE_MS: 120_000 };
    let sessionId: string;
    let killedTurn: { seen: { id: string; event: any }[]; lastId: string };
    {
      await using a = await startGatewayProcess({ env });
      const client = createClientOver(transport, a.url);
      const first = await collectTurn(client.streamTurn({ message: 'first question' }));
      sessionId = (first[0]?.event as { sessionId: string }).sessionId;
      await collectTurn(client.streamTurn({ message: 'second question', sessionId }));
      client.close();
      const third = await openTurnOver(transport, a, { input: { message: 'third question', sessionId } });
      await third.waitForEvents(15);
      await a.kill('SIGKILL');
      const seen = third.events();
      killedTurn = { seen, lastId: seen.at(-1)?.id as string };
      await third[Symbol.asyncDispose]();
    }

    const db = new Database(dbPath);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const answers = db.prepare("SELECT turn_id, COUNT(*) AS n, MAX(content) AS content FROM messages WHERE role = 'assistant' GROUP BY turn_id").all() as { n: number; content: string }[];
    expect(answers.map((r) => [r.n, r.content])).toEqual([
      [1, full],
      [1, full],
    ]);
    const killedId = killedTurn.lastId.split(':')[0] as string;
    expect(db.prepare('SELECT status FROM turns WHERE id = ?').get(killedId)).toEqual({ status: 'running' });
    // Every event the client saw was already in the log when the process died.
    const logged = db.prepare('SELECT MAX(seq) AS seq FROM turn_events WHERE turn_id = ?').get(killedId) as { seq: number };
    expect(logged.seq).toBeGreaterThanOrEqual(Number(killedTurn.lastId.split(':')[1]));
    db.close();

    await using b = await startGatewayProcess({ env });
    const resumed = await openTurnOver(transport, b, { input: { message: 'third question' }, lastEventId: killedTurn.lastId });
    await resumed.waitForEnd(5000);
    const rest = resumed.events();
    expect(rest.at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'interrupted', turnId: killedId });
    const text = textOf([...killedTurn.seen, ...rest]);
    expect(full.startsWith(text)).toBe(true);
    await resumed[Symbol.asyncDispose]();

    const client = createClientOver(transport, b.url);
    const fourth = await collectTurn(client.streamTurn({ message: 'fourth question', sessionId }));
    client.close();
    const history = fourth.find((e) => e.event.type === 'agent_result' && e.event.agent === 'history')?.event;
    // Two full exchanges plus the interrupted turn's question.
    expect(history).toMatchObject({ data: { historyLength: 5, lastUser: 'third question' } });
    expect(fourth.at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
  });

  it('SIGTERM mid-turn: the clean shutdown loses nothing and closes the turn', async () => {
    const dbPath = join(dir, `term-${transport}.db`);
    const env = { STORE: 'sqlite', SQLITE_PATH: dbPath, SCRIPT_TOKENS: 400, SCRIPT_DELAY_MS: 5 };
    const a = await startGatewayProcess({ env });
    const turn = await openTurnOver(transport, a, { input: { message: 'long one' } });
    await turn.waitForEvents(20);
    expect(await a.kill('SIGTERM')).toBe(0);
    const seen = turn.events();
    const turnId = seen[0]?.id.split(':')[0] as string;
    const db = new Database(dbPath);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT status, finish_reason FROM turns WHERE id = ?').get(turnId)).toEqual({ status: 'finished', finish_reason: 'interrupted' });
    const events = db.prepare('SELECT seq, type FROM turn_events WHERE turn_id = ? ORDER BY seq').all(turnId) as { seq: number; type: string }[];
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    expect(events.at(-1)?.type).toBe('stream_end');
    expect(events.length).toBeGreaterThanOrEqual(seen.length);
    const answer = db.prepare("SELECT content FROM messages WHERE turn_id = ? AND role = 'assistant'").all(turnId) as { content: string }[];
    expect(answer).toHaveLength(1);
    expect(answer[0]?.content.startsWith(textOf(seen))).toBe(true);
    db.close();
    await turn[Symbol.asyncDispose]();
  });
});
