/**
 * Limits over tRPC HTTP (issues 20 and 21). Attack it stands for: a client that opens event streams
 * instead of sockets to get past MAX_CONNECTIONS_PER_IP, or spreads its turns and requests over both
 * transports and several accounts behind one address. Real HTTP clients (fetch, a raw TCP socket that
 * resets) against a real gateway; the address is the one a trusted proxy reports.
 */
import { connect } from 'node:net';
import superjson from 'superjson';
import { describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { TRPCClientError } from '@trpc/client';
import { ChatConnectionError } from '../../client/ChatConnectionError.ts';
import { createChatClient } from '../../client/createChatClient.ts';
import { createHeldProvider } from '../fakes/createHeldProvider.ts';
import { openRawSocket } from '../harness/openRawSocket.ts';
import { collectTurn, startTestGateway } from '../harness/startTestGateway.ts';
import { openSseTurn } from '../e2e/openSseTurn.ts';

const streamPath = (message: string) => `/trpc/chat.stream?input=${encodeURIComponent(JSON.stringify(superjson.serialize({ message })))}`;
const from = (ip: string, more: Record<string, string> = {}) => ({ 'x-real-ip': ip, ...more });
/** A short call (`chat.cancel` of no such turn) from `ip`: its status. */
const cancelFrom = async (url: string, ip: string) =>
  (await fetch(`${url}/trpc/chat.cancel`, { method: 'POST', headers: from(ip, { 'content-type': 'application/json' }), body: JSON.stringify({ json: { turnId: '00000000-0000-4000-8000-000000000000' } }) })).status;

describe('an open event stream is a connection of its address', () => {
  it('counts toward MAX_CONNECTIONS_PER_IP with sockets while open, and is released when it closes: client close, reset, or the end of its turn', async () => {
    const held = createHeldProvider();
    await using gw = await startTestGateway({
      provider: held.provider,
      config: { TRUSTED_PROXIES: '127.0.0.1', MAX_CONNECTIONS_PER_IP: 2, RATE_LIMIT_PER_MINUTE_CONNECTION: 10_000 },
    });
    const ip = '203.0.113.20';
    // The upgrade check peeks at the same per-address count without taking a slot.
    const slotFree = async () => (await fetch(`${gw.url}/api/v1/ws/check`, { headers: from(ip) })).status;

    const first = await openSseTurn(gw.url, { input: { message: 'hello' }, headers: from(ip) });
    await first.waitFor(() => first.tracked().some((e) => e.event.type === 'stream_start'));
    // Held open to the end of the test: the address's second connection.
    await using _socket = await openRawSocket(`${gw.wsUrl}/trpc`, { headers: from(ip) });
    expect(await slotFree()).toBe(429);
    // Full: a third stream and a new socket are refused alike, before any work.
    const refused = await fetch(`${gw.url}${streamPath('one more')}`, { headers: from(ip, { accept: 'text/event-stream' }) });
    expect(refused.status).toBe(429);
    expect(await refused.json()).toEqual({ error: 'rate_limited', message: 'Too many connections from this address' });
    await expect(openRawSocket(`${gw.wsUrl}/trpc`, { headers: from(ip) })).rejects.toThrow('HTTP 429');
    expect(gw.engine.activeTurns).toBe(1);
    // Short calls are not held connections: a mutation from the full address is still answered.
    expect(await cancelFrom(gw.url, ip)).not.toBe(429);
    // Another address is not affected.
    const other = await openSseTurn(gw.url, { input: { message: 'hello' }, headers: from('198.51.100.20') });
    expect(other.status).toBe(200);

    // The client closes its stream: the slot comes back, and the turn runs on (a drop, not a stop).
    first.close();
    await vi.waitFor(async () => expect(await slotFree()).toBe(200));
    expect(gw.engine.activeTurns).toBe(2);

    // A raw client that resets its TCP connection mid-stream, without a FIN.
    const raw = connect(gw.port, '127.0.0.1');
    let head = '';
    raw.on('data', (chunk: Buffer) => (head += chunk.toString()));
    raw.write(`GET ${streamPath('hello')} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\nX-Real-IP: ${ip}\r\n\r\n`);
    await vi.waitFor(() => expect(head).toContain('stream_start'));
    expect(head).toMatch(/^HTTP\/1\.1 200/);
    expect(await slotFree()).toBe(429);
    raw.resetAndDestroy();
    await vi.waitFor(async () => expect(await slotFree()).toBe(200));

    // A stream whose turn ends is released too: fill the address again, then let the answers finish.
    const last = await openSseTurn(gw.url, { input: { message: 'hello' }, headers: from(ip) });
    await last.waitFor(() => last.tracked().some((e) => e.event.type === 'stream_start'));
    expect(await slotFree()).toBe(429);
    held.release();
    await last.ended;
    expect(last.tracked().at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
    await vi.waitFor(async () => expect(await slotFree()).toBe(200));
    await other.ended;
  });
});

describe('a new event stream is a new connection of its address', () => {
  it('draws on UPGRADES_PER_MINUTE_IP with upgrades: past it a stream gets a typed 429 before any work, the typed client fails with the status, and short calls are not counted', async () => {
    await using gw = await startTestGateway({ config: { TRUSTED_PROXIES: '127.0.0.1', UPGRADES_PER_MINUTE_IP: 3, RATE_LIMIT_PER_MINUTE_CONNECTION: 10_000 } });
    const ip = '203.0.113.30';
    // A socket and two streams (the second a resume by Last-Event-ID, as EventSource reconnects): the budget is spent.
    await using _socket = await openRawSocket(`${gw.wsUrl}/trpc`, { headers: from(ip) });
    const first = await openSseTurn(gw.url, { input: { message: 'hello' }, headers: from(ip) });
    await first.ended;
    const end = first.tracked().at(-1);
    expect(end?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
    const resumed = await openSseTurn(gw.url, { input: { message: 'hello' }, lastEventId: `${end?.id.split(':')[0]}:1`, headers: from(ip) });
    await resumed.ended;
    expect(resumed.tracked().at(-1)?.event).toEqual(end?.event);

    const refused = await fetch(`${gw.url}${streamPath('one more')}`, { headers: from(ip, { accept: 'text/event-stream' }) });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toEqual({ error: 'rate_limited', message: expect.stringMatching(/^Too many new connections from this address; try again in \d+ s$/) });
    // The same budget as upgrades: a new socket is refused too, and no turn was started.
    await expect(openRawSocket(`${gw.wsUrl}/trpc`, { headers: from(ip) })).rejects.toThrow('HTTP 429');
    expect(gw.engine.activeTurns).toBe(0);
    // Queries and mutations open no connection: still answered (here: no such turn).
    expect(await cancelFrom(gw.url, ip)).not.toBe(429);
    // Another address is not affected.
    const other = await openSseTurn(gw.url, { input: { message: 'hello' }, headers: from('198.51.100.30') });
    expect(other.status).toBe(200);
    await other.ended;

    // The typed client, from the gateway's own view of 127.0.0.1 (no proxy header): spend its budget, then a turn.
    for (let i = 0; i < 3; i++) await (await openSseTurn(gw.url, { input: { message: 'hello' } })).ended;
    const client = createChatClient({ url: gw.url, transport: 'http' });
    const error = await collectTurn(client.streamTurn({ message: 'hello' })).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TRPCClientError);
    expect((error as TRPCClientError<never>).cause).toBeInstanceOf(ChatConnectionError);
    expect((error as TRPCClientError<never>).cause).toMatchObject({ status: 429 });
    expect(gw.engine.activeTurns).toBe(0);
  });
});

describe('turn and request limits of an address apply to HTTP calls as to sockets (with auth, the address is a ceiling)', () => {
  const AUTH = { AUTH_MODE: 'token', AUTH_TOKENS: 'tok-a:ann,tok-b:bob,tok-c:cai', TRUSTED_PROXIES: '127.0.0.1' };
  const ws = (url: string, token: string, ip: string) =>
    createChatClient({
      url,
      token,
      // The reported address rides on the upgrade, as a proxy would set it.
      WebSocket: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: from(ip) });
        }
      } as unknown as typeof globalThis.WebSocket,
    });
  /** `session.list` over HTTP as tRPC's httpLink sends it, from the address a proxy reports. */
  const listOverHttp = async (url: string, token: string, ip: string) => {
    const res = await fetch(`${url}/trpc/session.list`, { headers: from(ip, { authorization: `Bearer ${token}` }) });
    return { status: res.status, body: (await res.json()) as { result?: { data: { json: unknown } }; error?: { json: { data: Record<string, unknown> } } } };
  };

  it('MAX_CONCURRENT_TURNS_IP: a turn over WebSocket and one over HTTP from the same address, different users, share the cap', async () => {
    const held = createHeldProvider();
    await using gw = await startTestGateway({ provider: held.provider, config: { ...AUTH, MAX_CONCURRENT_TURNS_USER: 5, MAX_CONCURRENT_TURNS_IP: 1 } });
    const ann = ws(gw.url, 'tok-a', '203.0.113.21');
    const running = collectTurn(ann.streamTurn({ message: 'tell me about colds' }));
    await expect.poll(() => gw.engine.activeTurns).toBe(1);
    const refused = await openSseTurn(gw.url, { input: { message: 'and me?' }, headers: from('203.0.113.21', { authorization: 'Bearer tok-b' }) });
    await refused.ended;
    const types = refused.tracked().map((e) => e.event);
    expect(types.map((e) => e.type)).toEqual(['stream_start', 'error', 'stream_end']);
    expect(types[1]).toMatchObject({ errorType: 'busy', fatal: true });
    expect((types[1] as { message: string }).message).toMatch(/address/);
    // The same user from another address is served.
    const elsewhere = await openSseTurn(gw.url, { input: { message: 'and me?' }, headers: from('198.51.100.21', { authorization: 'Bearer tok-b' }) });
    await elsewhere.waitFor(() => elsewhere.tracked().some((e) => e.event.type === 'status'));
    expect(gw.engine.activeTurns).toBe(2);
    held.release();
    expect((await running).at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
    await elsewhere.ended;
    ann.close();
  });

  it('RATE_LIMIT_PER_MINUTE_IP: requests of several users over both transports from one address share one budget', async () => {
    await using gw = await startTestGateway({ config: { ...AUTH, RATE_LIMIT_PER_MINUTE_USER: 60, RATE_LIMIT_PER_MINUTE_IP: 3 } });
    const ann = ws(gw.url, 'tok-a', '203.0.113.22');
    await ann.trpc.session.list.query();
    ann.close();
    expect((await listOverHttp(gw.url, 'tok-b', '203.0.113.22')).status).toBe(200);
    const turn = await openSseTurn(gw.url, { input: { message: 'hello' }, headers: from('203.0.113.22', { authorization: 'Bearer tok-c' }) });
    await turn.ended;
    expect(turn.tracked().at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
    // A fourth request from the address, by a user well within its own budget: refused.
    const refused = await listOverHttp(gw.url, 'tok-a', '203.0.113.22');
    expect(refused.status).toBe(429);
    expect(refused.body.error?.json.data).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: expect.any(Number) });
    const elsewhere = await listOverHttp(gw.url, 'tok-a', '198.51.100.22');
    expect(elsewhere).toMatchObject({ status: 200, body: { result: { data: { json: [] } } } });
  });
});
