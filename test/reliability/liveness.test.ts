/**
 * Liveness: dead peers, stalled readers and idle sockets are ended; their turns are not.
 * Attacks and faults they stand for: half-open connections (a crashed client, a NAT that forgot the
 * mapping, a client that holds sockets without answering) and sockets opened and left idle, each
 * holding server memory and a file descriptor; a reader that stops reading mid-answer.
 */
import { request } from 'node:http';
import superjson from 'superjson';
import { describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { createChatClient, type TurnEvent } from '../../client/index.ts';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { openCompatSocket } from '../compat/compatSocket.ts';
import { openRawSocket } from '../harness/openRawSocket.ts';
import { startTestGateway } from '../harness/startTestGateway.ts';
import { createBulkAgent } from './createBulkAgent.ts';
import { openStreamReader } from './openStreamReader.ts';

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i} `);

describe.each(['compat', 'trpc'] as const)('heartbeat on %s', (endpoint) => {
  it('terminates a peer that stops answering pings; its turn finishes into the store; a live peer is served meanwhile', async () => {
    const provider = createScriptedProvider({ tokens: words(60), delayMs: 10 });
    await using gw = await startTestGateway({ provider, config: { WS_HEARTBEAT_MS: 100 } });
    await using dead = await openStreamReader(gw.wsUrl, { endpoint, message: 'long answer', autoPong: false });
    await using live = await openStreamReader(gw.wsUrl, { endpoint, message: 'long answer too' });
    // It answers pings by hand until its answer is streaming, then goes silent like a dead peer.
    let silent = false;
    dead.ws.on('ping', () => silent || dead.ws.pong());
    await dead.firstToken;
    silent = true;
    const startedAt = Date.now();
    // Closed by the server without a close frame: the client sees 1006.
    expect(await dead.closed).toBe(1006);
    expect(Date.now() - startedAt).toBeLessThan(2000);
    expect(await live.ended).toMatchObject({ type: 'stream_end' });
    expect(live.text).toBe(words(60).join(''));
    expect(live.ws.readyState).toBe(WebSocket.OPEN);
    const turnId = dead.turnId as string;
    await vi.waitFor(async () => expect((await gw.store.getTurn(turnId))?.finishReason).toBe('stop'), { timeout: 5000 });
    const stored = await gw.store.readEvents(turnId, 0);
    expect(stored.filter((e) => e.event.type === 'stream_end')).toHaveLength(1);
    expect(stored.map((e) => (e.event.type === 'token' ? e.event.content : '')).join('')).toBe(words(60).join(''));
  });
});

describe('idle timeout', () => {
  it('closes a socket with no traffic either way (1000), but not one that is streaming an answer', async () => {
    const provider = createScriptedProvider({ tokens: words(80), delayMs: 10 });
    await using gw = await startTestGateway({ provider, config: { WS_IDLE_TIMEOUT_MS: 300 } });
    await using idleCompat = await openCompatSocket(gw.wsUrl);
    await using idleTrpc = await openRawSocket(`${gw.wsUrl}/trpc`);
    await using busy = await openStreamReader(gw.wsUrl, { endpoint: 'compat', message: 'an answer longer than the idle timeout' });
    const [compatClose, trpcClose] = await Promise.all([idleCompat.closed, idleTrpc.closed]);
    expect(compatClose).toEqual({ code: 1000, reason: 'idle timeout' });
    expect(trpcClose).toEqual({ code: 1000, reason: 'idle timeout' });
    // 80 tokens at 10 ms: well past the timeout, yet the streaming socket stays until it goes quiet.
    expect(await busy.ended).toMatchObject({ type: 'stream_end' });
    expect(busy.text).toBe(words(80).join(''));
    expect(await busy.closed).toBe(1000);
  });
});

describe('idle timeout and client keep-alive', () => {
  // Regression: the typed client pings by default (keepAlive), and the PING/PONG frames counted as
  // traffic, so an idle socket of a typed client was never closed.
  it('keep-alive PINGs are not traffic: a tRPC socket that only pings (and gets its PONGs) is still closed as idle', async () => {
    await using gw = await startTestGateway({ config: { WS_IDLE_TIMEOUT_MS: 300 } });
    await using pinging = await openRawSocket(`${gw.wsUrl}/trpc`);
    // wsLink's keep-alive, sped up: a PING, and the next one 50 ms after each PONG.
    pinging.ws.on('message', (data: Buffer) => data.toString() === 'PONG' && setTimeout(() => pinging.ws.readyState === WebSocket.OPEN && pinging.sendRaw('PING'), 50));
    pinging.sendRaw('PING');
    expect(await pinging.closed).toEqual({ code: 1000, reason: 'idle timeout' });
    expect(pinging.frames.filter((f) => f === 'PONG').length).toBeGreaterThan(1);
  });
});

describe('stalled reader', () => {
  const config = { WS_BACKPRESSURE_BYTES: 64 * 1024, WS_STALL_TIMEOUT_MS: 300, TURN_TIMEOUT_MS: 120_000 };

  it('tRPC: terminated once it drains nothing for WS_STALL_TIMEOUT_MS; the turn runs on and the typed client resumes it exactly', async () => {
    const bulk = createBulkAgent({ count: 100_000, size: 8 });
    await using gw = await startTestGateway({ plugins: [{ plugin: bulk.plugin }], config });
    const sockets: WebSocket[] = [];
    class RecordingWebSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols);
        sockets.push(this);
      }
    }
    const client = createChatClient({ url: gw.url, WebSocket: RecordingWebSocket as unknown as typeof globalThis.WebSocket });
    const events: TurnEvent[] = [];
    let paused: (() => void) | undefined;
    const firstToken = new Promise<void>((resolve) => (paused = resolve));
    const done = (async () => {
      for await (const e of client.streamTurn({ message: 'a long answer please' })) {
        events.push(e);
        if (e.event.type === 'token' && paused) {
          (sockets.at(-1) as unknown as { _socket: { pause(): void } })._socket.pause();
          paused();
          paused = undefined;
        }
      }
    })();
    await firstToken;
    const turnId = (events[0]?.event as { turnId: string }).turnId;
    // The server gives up on the socket; meanwhile another client is served and the turn finishes.
    await using other = await openStreamReader(gw.wsUrl, { endpoint: 'trpc', message: 'hello', enableAgents: false });
    expect(await other.ended).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
    await vi.waitFor(async () => expect((await gw.store.getTurn(turnId))?.finishReason).toBe('stop'), { timeout: 30_000 });
    (sockets[0] as unknown as { _socket: { resume(): void } })._socket.resume();
    await done;
    client.close();
    expect(sockets.length).toBeGreaterThan(1); // it reconnected
    const ids = events.map((e) => Number(e.id.split(':')[1]));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(ids.length);
    expect(events.filter((e) => e.event.type === 'stream_end')).toHaveLength(1);
    expect(events.map((e) => (e.event.type === 'token' ? e.event.content : '')).join('')).toBe(`${bulk.text}Hello there.`);
  }, 60_000);

  it('tRPC over HTTP: an event stream that drains nothing for WS_STALL_TIMEOUT_MS is ended; its address slot is freed; the turn runs on into the store', async () => {
    // Events are merged while the stream waits, so it takes this much text to fill loopback's buffers.
    const bulk = createBulkAgent({ count: 1_000_000, size: 8, burst: 100 });
    await using gw = await startTestGateway({ plugins: [{ plugin: bulk.plugin }], config: { ...config, MAX_CONNECTIONS_PER_IP: 1, RATE_LIMIT_PER_MINUTE_CONNECTION: 10_000 } });
    const url = new URL('/trpc/chat.stream', gw.url);
    url.searchParams.set('input', JSON.stringify(superjson.serialize({ message: 'a long answer please' })));
    let head = '';
    let closed = false;
    // A paused client sees nothing more, not even the end: the server's side of the response says it.
    gw.server.once('request', (_req, res) => res.once('close', () => (closed = true)));
    const stalled = request(url, { headers: { accept: 'text/event-stream' } }, (res) => {
      res.on('data', (chunk: Buffer) => {
        head += chunk.toString();
        // Reads until the first token, then stops reading, as a frozen tab or a stuck proxy would.
        if (head.includes('"type":"token"')) res.pause();
      });
    });
    stalled.on('error', () => undefined);
    stalled.end();

    await vi.waitFor(() => expect(head).toContain('"type":"token"'), { timeout: 10_000 });
    const turnId = /"type":"stream_start","turnId":"([0-9a-f-]+)"/.exec(head)?.[1] as string;
    expect(await gw.engine.activeTurns).toBe(1);
    // The server gives up on the stream; its one slot of the address is free again.
    await vi.waitFor(() => expect(closed).toBe(true), { timeout: 30_000 });
    expect(bulk.progress.emitted).toBeLessThan(1_000_000);
    await vi.waitFor(async () => expect((await fetch(`${gw.url}/api/v1/ws/check`)).status).toBe(200));
    await vi.waitFor(async () => expect((await gw.store.getTurn(turnId))?.finishReason).toBe('stop'), { timeout: 60_000 });
    // Not cancelled: the whole answer is stored, once, for the client that comes back (a resume
    // reads the store; test/e2e/httpTransport.test.ts resumes event streams).
    const stored = await gw.store.readEvents(turnId, 0);
    expect(stored.filter((e) => e.event.type === 'stream_end')).toHaveLength(1);
    expect(stored.map((e) => (e.event.type === 'token' ? e.event.content : '')).join('')).toBe(`${bulk.text}Hello there.`);
  }, 90_000);

  it('compat: terminated the same way; the finished answer is in the session history for the client that comes back', async () => {
    // Well beyond what loopback's autotuned socket buffers can hold (several MB), or the reader's
    // pause would never show as a queue on the server (one full-suite run timed out here at 100k).
    const bulk = createBulkAgent({ count: 250_000, size: 8 });
    await using gw = await startTestGateway({ plugins: [{ plugin: bulk.plugin }], config });
    await using slow = await openStreamReader(gw.wsUrl, { endpoint: 'compat', message: 'a long answer please' });
    await slow.firstToken;
    slow.pause();
    const turnId = slow.turnId as string;
    await using other = await openStreamReader(gw.wsUrl, { endpoint: 'compat', message: 'hello', enableAgents: false });
    expect(await other.ended).toMatchObject({ type: 'stream_end' });
    await vi.waitFor(async () => expect((await gw.store.getTurn(turnId))?.finishReason).toBe('stop'), { timeout: 30_000 });
    slow.resume();
    expect(await slow.closed).toBe(1006);
    await using back = await openCompatSocket(gw.wsUrl);
    back.send({ type: 'history', session_id: slow.sessionId });
    const history = await back.waitFor<{ messages: { role: string; content: string }[] }>((f) => f.type === 'history');
    expect(history.messages.at(-1)).toMatchObject({ role: 'assistant', content: `${bulk.text}Hello there.` });
  }, 60_000);
});
