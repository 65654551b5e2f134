/**
 * Graceful shutdown. Fault it stands for: a deploy or an autoscaler stopping an instance (SIGTERM)
 * while people are mid-answer; nothing they were being told may be lost or cut without an end.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { createChatClient, type TurnEvent } from '../../client/index.ts';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { openCompatSocket } from '../compat/compatSocket.ts';
import { openRawSocket } from '../harness/openRawSocket.ts';
import { startGatewayProcess } from '../harness/startGatewayProcess.ts';
import { startTestGateway } from '../harness/startTestGateway.ts';
import { openRawTurn, textOf } from '../resume/rawTurnStream.ts';
import { freePort } from '../harness/freePort.ts';
import { openTurnOver } from '../resume/openTurnOver.ts';
import type { ChatEvent } from '../../server/protocol/chatEvent.ts';

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i} `).join('');
const dir = mkdtempSync(join(tmpdir(), 'medchat-shutdown-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gateway.shutdown({ graceMs })', () => {
  it('refuses upgrades (503), reports draining, tells tRPC to reconnect, lets a short turn finish, ends a long one as interrupted, closes with 1001', async () => {
    const provider = createScriptedProvider({ tokens: (r) => Array.from({ length: r.grounding.message.includes('long') ? 2000 : 20 }, (_, i) => `w${i} `), delayMs: 10 });
    const gw = await startTestGateway({ provider });
    const short = await openRawTurn(gw.wsUrl, { input: { message: 'short' } });
    const long = await openRawTurn(gw.wsUrl, { input: { message: 'long' } });
    await using compat = await openCompatSocket(gw.wsUrl);
    await short.waitForEvents(3);
    await long.waitForEvents(3);

    const stopping = gw.shutdown({ graceMs: 3000 });
    await expect(fetch(`${gw.url}/ready`).then((r) => r.status)).resolves.toBe(503);
    await expect(openRawSocket(`${gw.wsUrl}/trpc`)).rejects.toThrow('HTTP 503');
    await long.waitFor((f) => f?.method === 'reconnect');
    expect(compat.frames.some((f: any) => f?.method === 'reconnect')).toBe(false);
    // An open connection may not start a turn that would outlive the grace period.
    compat.send({ message: 'one more question' });
    expect(await compat.waitFor((f) => f.type === 'error')).toMatchObject({ error_type: 'unavailable' });

    await stopping;
    expect(short.events().at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
    expect(textOf(short.events())).toBe(words(20));
    const longEnd = long.events().at(-1)?.event;
    expect(longEnd).toMatchObject({ type: 'stream_end', finishReason: 'interrupted' });
    expect(words(2000).startsWith(textOf(long.events()))).toBe(true);
    for (const socket of [short, long, compat]) expect((await socket.closed).code).toBe(1001);
    await Promise.all([short[Symbol.asyncDispose](), long[Symbol.asyncDispose]()]);
  });

  // Over tRPC HTTP (issue 20) the same promise holds with event streams: a stream cut by the exit is a
  // dropped connection, which EventSource reconnects with Last-Event-ID to the restarted process.
  it.each(['ws', 'http'] as const)('SIGTERM during 50 live turns (%s): exit 0 after the grace period; each turn finishes or ends interrupted, its client, its stored answer and a resume after the restart agree; none lost', async (transport) => {
    const port = await freePort();
    const dbPath = join(dir, `fifty-${transport}.db`);
    const entry = fileURLToPath(new URL('./shutdownEntry.ts', import.meta.url));
    const env = {
      PORT: port,
      STORE: 'sqlite',
      SQLITE_PATH: dbPath,
      SHUTDOWN_GRACE_MS: 3000,
      SCRIPT_DELAY_MS: 10,
      // Limits of the security settings, raised so 50 turns from one test host are allowed.
      MAX_CONCURRENT_TURNS_USER: 1000,
      MAX_CONCURRENT_TURNS_CONNECTION: 1000,
      RATE_LIMIT_PER_MINUTE_USER: 100_000,
      RATE_LIMIT_PER_MINUTE_CONNECTION: 100_000,
      MAX_CONNECTIONS_PER_IP: 1000,
    };
    const a = await startGatewayProcess({ entry, env });
    // 25 turns that finish within the grace period (20 tokens) and 25 that cannot (2000 tokens).
    const lengths = Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? 20 : 2000));
    const url = `http://127.0.0.1:${port}`;
    const clients = lengths.map(() =>
      transport === 'ws' ? createChatClient({ url, WebSocket: WebSocket as unknown as typeof globalThis.WebSocket }) : createChatClient({ url, transport: 'http' }),
    );
    const received: TurnEvent[][] = lengths.map(() => []);
    const tokensSeen = lengths.map(() => 0);
    const turns = clients.map(async (client, i) => {
      for await (const e of client.streamTurn({ message: `tokens=${lengths[i]}` })) {
        received[i]?.push(e);
        if (e.event.type === 'token') tokensSeen[i] = (tokensSeen[i] ?? 0) + 1;
      }
    });
    const deadline = Date.now() + 20_000;
    while (tokensSeen.some((n) => n < 2) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(tokensSeen.every((n) => n >= 2)).toBe(true);

    const signalledAt = Date.now();
    expect(await a.kill('SIGTERM')).toBe(0);
    const shutdownMs = Date.now() - signalledAt;
    expect(shutdownMs).toBeGreaterThanOrEqual(3000);
    expect(shutdownMs).toBeLessThan(3000 + 5000);

    // The same port and database again: a client still missing events reconnects and resumes there.
    await using b = await startGatewayProcess({ entry, env });
    await Promise.all(turns);
    for (const client of clients) client.close();

    const db = new Database(dbPath, { readonly: true });
    const byTurn = db.prepare("SELECT t.finish_reason AS reason, m.content AS content FROM turns t JOIN messages m ON m.turn_id = t.id AND m.role = 'assistant' WHERE t.id = ?");
    const endsOf = db.prepare("SELECT COUNT(*) AS n FROM turn_events WHERE turn_id = ? AND type = 'stream_end'");
    const reasons = { stop: 0, interrupted: 0 };
    received.forEach((events, i) => {
      const ends = events.filter((e) => e.event.type === 'stream_end');
      expect(ends, `turn ${i}`).toHaveLength(1);
      const end = ends[0]?.event as { finishReason: 'stop' | 'interrupted'; turnId: string };
      const text = textOf(events);
      const full = words(lengths[i] as number);
      if (lengths[i] === 20) expect(end.finishReason, `turn ${i}`).toBe('stop');
      if (end.finishReason === 'stop') expect(text).toBe(full);
      else expect(end.finishReason).toBe('interrupted');
      expect(full.startsWith(text)).toBe(true);
      // The client holds exactly what the store holds, once.
      expect(byTurn.get(end.turnId)).toEqual({ reason: end.finishReason, content: text });
      expect(endsOf.get(end.turnId)).toEqual({ n: 1 });
      reasons[end.finishReason]++;
    });
    db.close();
    expect(reasons).toEqual({ stop: 25, interrupted: 25 });
    // Every turn replays from the restarted process's store to the same end.
    await Promise.all(
      received.map(async (events) => {
        const end = events.at(-1)?.event as { turnId: string; finishReason: string };
        const replayed = await replayTurn(transport, b, `${end.turnId}:0`);
        expect(replayed.at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: end.finishReason });
        expect(textOf(replayed)).toBe(textOf(events));
      }),
    );
    expect(b.pid).not.toBe(a.pid);
  }, 90_000);
});

/** A finished turn read again from its start, over the transport under test. */
async function replayTurn(transport: 'ws' | 'http', gw: { url: string; wsUrl: string }, lastEventId: string): Promise<{ event: ChatEvent }[]> {
  await using replay = await openTurnOver(transport, gw, { input: { message: 'replay' }, lastEventId });
  await replay.waitForEnd();
  return replay.events();
}

describe('a second signal during the drain', () => {
  it('exits at once with 128 + the signal number instead of waiting out the grace period', async () => {
    const entry = fileURLToPath(new URL('./shutdownEntry.ts', import.meta.url));
    await using gw = await startGatewayProcess({ entry, env: { STORE: 'memory', SHUTDOWN_GRACE_MS: 600_000, SCRIPT_DELAY_MS: 10 } });
    const client = createChatClient({ url: gw.url, WebSocket: WebSocket as unknown as typeof globalThis.WebSocket });
    let tokens = 0;
    const turn = (async () => {
      for await (const e of client.streamTurn({ message: 'tokens=100000' })) if (e.event.type === 'token') tokens++;
    })().catch(() => undefined);
    await vi.waitFor(() => expect(tokens).toBeGreaterThan(1), { timeout: 20_000 });
    process.kill(gw.pid, 'SIGTERM');
    // Draining: the first signal is being honoured and the long turn cannot finish within the grace period.
    await vi.waitFor(async () => expect((await fetch(`${gw.url}/ready`)).status).toBe(503), { timeout: 20_000 });
    process.kill(gw.pid, 'SIGINT');
    expect(await gw.exited).toBe(130);
    client.close();
    await turn;
  }, 60_000);
});
