/**
 * tRPC over HTTP (issue 20): the checks the WebSocket transport passes (test/core/chatStream,
 * stopAndDrop, resume/resumeInProcess, auth/accessControl, security/floodsAndEmergencies), run over
 * httpBatchLink + httpSubscriptionLink against a real gateway, with the `eventsource` ponyfill as Node 20's
 * EventSource.
 */
import type { TRPCClientError } from '@trpc/client';
import { describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { createChatClient, type ChatClientOptions, type TurnEvent } from '../../client/createChatClient.ts';
import type { ConnectionState } from '../../client/trackConnection.ts';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { createCountingAgent, historyAgent, keywordSafety } from '../fakes/testPlugins.ts';
import { collectTurn, startTestGateway } from '../harness/startTestGateway.ts';
import { textOf } from '../resume/rawTurnStream.ts';
import { createDroppingProxy } from './createDroppingProxy.ts';
import { createFlakyHttpProxy } from './createFlakyHttpProxy.ts';
import { openSseTurn } from './openSseTurn.ts';
import { codeOf, expectSessionHiddenFrom } from '../auth/expectSessionHidden.ts';

const plugins = [{ plugin: keywordSafety }, { plugin: historyAgent }];
const AUTH = { AUTH_MODE: 'token', AUTH_TOKENS: 'token1:user1,token2:user2' } as const;
const seqOf = (id: string) => Number(id.split(':')[1]);
const http = (url: string, opts: Partial<ChatClientOptions> = {}) => createChatClient({ url, transport: 'http', ...opts });
const ws = (url: string, opts: Partial<ChatClientOptions> = {}) => createChatClient({ url, WebSocket: WebSocket as unknown as typeof globalThis.WebSocket, ...opts });
const longAnswer = (n: number) => Array.from({ length: n }, (_, i) => `w${i} `);

/** Ids never repeat or go back; a skipped seq is only ever inside merged tokens. */
function expectNoGapsOrDuplicates(events: readonly TurnEvent[], after = 0) {
  let previous = after;
  for (const { id, event } of events) {
    const seq = seqOf(id);
    expect(seq).toBeGreaterThan(previous);
    if (seq > previous + 1) expect(event.type).toBe('token');
    previous = seq;
  }
}

describe('chat over tRPC HTTP (batch link + SSE)', () => {
  it('streams a multi-agent turn in the documented order, with the same events and ids as over WebSocket', async () => {
    await using gw = await startTestGateway({ plugins });
    const overHttp = await collectTurn(http(gw.url).streamTurn({ message: 'I have a mild headache' }));
    const wsClient = ws(gw.url);
    const overWs = await collectTurn(wsClient.streamTurn({ message: 'I have a mild headache' }));
    await wsClient.close();
    const shape = (events: TurnEvent[]) => events.map((e) => [e.id.split(':')[1], e.event.type === 'status' ? `status:${e.event.status}` : e.event.type]);
    expect(shape(overHttp).map(([, type]) => type)).toEqual([
      'stream_start',
      'status:validating',
      'status:checking_emergency',
      'agent_result',
      'status:running_history',
      'agent_result',
      'status:generating_response',
      'token',
      'token',
      'token',
      'stream_end',
    ]);
    expect(shape(overHttp)).toEqual(shape(overWs));
    const start = overHttp[0]?.event;
    if (start?.type !== 'stream_start') throw new Error('no stream_start');
    // Ids are turnId:seq, the turn's own id, strictly increasing from 1.
    expect(overHttp.every((e) => e.id.startsWith(`${start.turnId}:`))).toBe(true);
    expect(overHttp.map((e) => seqOf(e.id))).toEqual(overHttp.map((_, i) => i + 1));
    expect(overHttp.at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop', agentsCompleted: ['emergency', 'history'] });
  });

  it('batches queries and mutations, and continues a session across turns', async () => {
    await using gw = await startTestGateway({ plugins, config: AUTH });
    const client = http(gw.url, { token: 'token1' });
    const first = await collectTurn(client.streamTurn({ message: 'first message' }));
    const start = first[0]?.event;
    if (start?.type !== 'stream_start') throw new Error('no stream_start');
    const second = await collectTurn(client.streamTurn({ message: 'second message', sessionId: start.sessionId }));
    expect(second.find((e) => e.event.type === 'agent_result' && e.event.agent === 'history')?.event).toMatchObject({ data: { historyLength: 2, lastUser: 'first message' } });
    // Calls made in one tick go as one batched request per method (queries GET, mutations POST).
    const requests: string[] = [];
    gw.server.on('request', (req) => requests.push(`${req.method} ${new URL(req.url ?? '/', 'http://x').pathname}`));
    const [sessions, history] = await Promise.all([client.trpc.session.list.query(), client.trpc.session.history.query({ sessionId: start.sessionId })]);
    expect(requests).toEqual(['GET /trpc/session.list,session.history']);
    expect(sessions.map((s) => s.id)).toContain(start.sessionId);
    expect(history).toHaveLength(4);
    await expect(client.trpc.profile.upsert.mutate({ age: 40 })).resolves.toMatchObject({ age: 40 });
    expect(requests.at(-1)).toBe('POST /trpc/profile.upsert');
    await expect(client.trpc.profile.get.query()).resolves.toMatchObject({ age: 40 });
  });

  it('chat.cancel stops a running turn with finishReason cancelled', async () => {
    const provider = createScriptedProvider({ tokens: longAnswer(200), delayMs: 5 });
    await using gw = await startTestGateway({ plugins: [{ plugin: keywordSafety }], provider });
    const client = http(gw.url);
    let turnId = '';
    let tokens = 0;
    let end: unknown;
    for await (const { event } of client.streamTurn({ message: 'long answer please' })) {
      if (event.type === 'stream_start') turnId = event.turnId;
      if (event.type === 'token' && ++tokens === 3) await expect(client.cancel(turnId)).resolves.toEqual({ cancelled: true });
      if (event.type === 'stream_end') end = event;
    }
    expect(end).toMatchObject({ finishReason: 'cancelled' });
    expect(provider.emitted).toBeLessThan(200);
    await expect(client.cancel(turnId)).resolves.toEqual({ cancelled: false });
    await expect(client.cancel('not-a-uuid')).rejects.toThrow(/uuid/i);
  });

  it("the client's stop (leaving the loop) cancels the turn over HTTP too, and stops token production", async () => {
    const { plugin, counter } = createCountingAgent({ intervalMs: 5 });
    await using gw = await startTestGateway({ plugins: [{ plugin: keywordSafety }, { plugin }] });
    const client = http(gw.url);
    let turnId = '';
    let tokens = 0;
    for await (const { event } of client.streamTurn({ message: 'count for me' })) {
      if (event.type === 'stream_start') turnId = event.turnId;
      if (event.type === 'token' && ++tokens === 5) break;
    }
    await vi.waitFor(async () => expect((await gw.store.getTurn(turnId))?.finishReason).toBe('cancelled'));
    expect(counter.aborted).toBe(true);
    // An aborted signal is a stop as well.
    const controller = new AbortController();
    let second = '';
    for await (const { event } of client.streamTurn({ message: 'count again' }, { signal: controller.signal })) {
      if (event.type === 'stream_start') second = event.turnId;
      if (event.type === 'token') controller.abort();
    }
    await vi.waitFor(async () => expect((await gw.store.getTurn(second))?.finishReason).toBe('cancelled'));
  });

  it('a closed event stream is a dropped connection: the turn runs on, and Last-Event-ID resumes it with no token lost or repeated', async () => {
    const answer = longAnswer(40);
    const provider = createScriptedProvider({ tokens: answer, delayMs: 5 });
    await using gw = await startTestGateway({ plugins, provider });
    const first = await openSseTurn(gw.url, { input: { message: 'tell me everything' } });
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/^text\/event-stream/);
    await first.waitFor(() => first.tracked().filter((e) => e.event.type === 'token').length >= 5);
    first.close();
    const seen = first.tracked();
    const start = seen[0]?.event;
    if (start?.type !== 'stream_start') throw new Error('no stream_start');
    // Not cancelled: the turn finishes and its answer is stored.
    await vi.waitFor(async () => expect((await gw.store.getTurn(start.turnId))?.finishReason).toBe('stop'), { timeout: 5000 });
    const last = seen.at(-1)?.id as string;
    const resumed = await openSseTurn(gw.url, { input: { message: 'tell me everything' }, lastEventId: last });
    await resumed.ended;
    const rest = resumed.tracked();
    expect(rest.every((e) => e.id.startsWith(`${start.turnId}:`))).toBe(true);
    expectNoGapsOrDuplicates(rest, seqOf(last));
    expect(textOf([...seen, ...rest])).toBe(answer.join(''));
    expect(rest.at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
    // tRPC ends a finished stream with `return`, so EventSource does not reconnect.
    expect(resumed.events.at(-1)?.event).toBe('return');
    expect(provider.requests).toHaveLength(1);
    expect((await gw.store.getMessages(start.sessionId)).map((m) => m.role)).toEqual(['user', 'assistant']);
  });

  it('the typed client resumes by itself through a reset connection (EventSource reconnect with Last-Event-ID)', async () => {
    const answer = longAnswer(60);
    const provider = createScriptedProvider({ tokens: answer, delayMs: 5 });
    await using gw = await startTestGateway({ plugins, provider });
    const proxy = await createDroppingProxy(gw.port);
    try {
      const states: ConnectionState[] = [];
      const client = http(`http://127.0.0.1:${proxy.port}`, { onConnectionChange: (s) => states.push(s) });
      const events: TurnEvent[] = [];
      let dropped = false;
      for await (const e of client.streamTurn({ message: 'tell me everything' })) {
        events.push(e);
        if (!dropped && events.filter((x) => x.event.type === 'token').length === 8) {
          dropped = true;
          proxy.dropAll();
        }
      }
      expect(dropped).toBe(true);
      expect(textOf(events)).toBe(answer.join(''));
      expectNoGapsOrDuplicates(events);
      expect(events.filter((e) => e.event.type === 'stream_start')).toHaveLength(1);
      expect(events.at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
      expect(provider.requests).toHaveLength(1);
      // The stream opened, dropped, and opened again.
      expect(states.filter((s) => s === 'open')).toHaveLength(2);
      expect(states).toContain('closed');
    } finally {
      await proxy.close();
    }
  });

  it('a stream whose reconnect a proxy refuses (502 while the gateway restarts) is subscribed again from its last event id', async () => {
    const answer = longAnswer(60);
    const provider = createScriptedProvider({ tokens: answer, delayMs: 5 });
    await using gw = await startTestGateway({ plugins, provider });
    const proxy = await createFlakyHttpProxy(gw.port);
    try {
      const client = http(proxy.url);
      const events: TurnEvent[] = [];
      let dropped = false;
      for await (const e of client.streamTurn({ message: 'tell me everything' })) {
        events.push(e);
        if (!dropped && events.filter((x) => x.event.type === 'token').length === 8) {
          dropped = true;
          // The next request (EventSource's own reconnect) gets the proxy's 502, which ends it for good.
          proxy.refuseNext(1, 502);
          proxy.dropAll();
        }
      }
      expect(dropped).toBe(true);
      expect(textOf(events)).toBe(answer.join(''));
      expectNoGapsOrDuplicates(events);
      expect(events.filter((e) => e.event.type === 'stream_start')).toHaveLength(1);
      expect(events.at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
      expect(provider.requests).toHaveLength(1);
      // Before any event there is nothing to resume: a refused stream fails at once, with the status.
      proxy.refuseNext(1, 502);
      const error = await collectTurn(client.streamTurn({ message: 'hello' })).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect((error as TRPCClientError<never>).cause).toMatchObject({ code: 'RETRIES_EXHAUSTED', status: 502 });
    } finally {
      await proxy.close();
    }
  }, 20_000);

  it('a finished turn replays to its end; unknown or malformed ids get a clear error', async () => {
    await using gw = await startTestGateway({ plugins });
    const events = await collectTurn(http(gw.url).streamTurn({ message: 'short one' }));
    const replay = await openSseTurn(gw.url, { input: { message: 'short one' }, lastEventId: events[2]?.id as string });
    await replay.ended;
    expect(replay.tracked().map((e) => e.event.type)).toEqual(events.slice(3).map((e) => e.event.type).filter((t, i, all) => t !== 'token' || all[i - 1] !== 'token'));
    const unknown = await openSseTurn(gw.url, { input: { message: 'resume me' }, lastEventId: '00000000-0000-4000-8000-000000000000:3' });
    await unknown.ended;
    const error = unknown.events.find((e) => e.event === 'serialized-error');
    expect(JSON.parse(error?.data ?? '{}').json).toMatchObject({ message: 'That turn is unknown or has expired', data: { code: 'NOT_FOUND' } });
    const malformed = await openSseTurn(gw.url, { input: { message: 'resume me' }, lastEventId: 'not-an-id' });
    await malformed.ended;
    expect(JSON.parse(malformed.events.find((e) => e.event === 'serialized-error')?.data ?? '{}').json.data.code).toBe('BAD_REQUEST');
  });
});

describe('auth over tRPC HTTP', () => {
  it('refuses every procedure without a token or with a wrong one (401), leaking nothing', async () => {
    await using gw = await startTestGateway({ plugins, config: AUTH });
    for (const client of [http(gw.url), http(gw.url, { token: 'token3' }), http(gw.url, { token: 'token1x' })]) {
      expect(await codeOf(collectTurn(client.streamTurn({ message: 'hello' })))).toBe('UNAUTHORIZED');
      expect(await codeOf(client.trpc.profile.get.query())).toBe('UNAUTHORIZED');
      expect(await codeOf(client.trpc.session.list.query())).toBe('UNAUTHORIZED');
      expect(await codeOf(client.trpc.chat.cancel.mutate({ turnId: '00000000-0000-4000-8000-000000000000' }))).toBe('UNAUTHORIZED');
    }
    expect(await gw.store.listSessions('user1')).toEqual([]);
    // On the wire: a 401 for queries, the stream's error event for a subscription.
    const query = await fetch(`${gw.url}/trpc/profile.get`, { headers: { authorization: 'Bearer wrong' } });
    expect(query.status).toBe(401);
    const stream = await openSseTurn(gw.url, { input: { message: 'hello' } });
    await stream.ended;
    expect(JSON.parse(stream.events.find((e) => e.event === 'serialized-error')?.data ?? '{}').json).toMatchObject({ message: 'Authentication required', data: { code: 'UNAUTHORIZED', httpStatus: 401 } });
  });

  it('a good token works as a header (client, Node) and as ?token= (what a browser EventSource sends)', async () => {
    await using gw = await startTestGateway({ plugins, config: AUTH });
    const alice = http(gw.url, { token: 'token1' });
    await alice.trpc.profile.upsert.mutate({ age: 52 });
    const events = await collectTurn(alice.streamTurn({ message: 'hello' }));
    expect(events.at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
    const start = events[0]?.event;
    if (start?.type !== 'stream_start') throw new Error('no stream_start');
    expect((await gw.store.listSessions('user1')).map((s) => s.id)).toContain(start.sessionId);
    const viaQuery = await openSseTurn(gw.url, { input: { message: 'hello again' }, query: { token: 'token1' } });
    await viaQuery.ended;
    expect(viaQuery.tracked().at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
    // Another user cannot resume (or read) alice's turn.
    const mallory = await openSseTurn(gw.url, { input: { message: 'resume me' }, lastEventId: events[1]?.id as string, headers: { authorization: 'Bearer token2' } });
    await mallory.ended;
    expect(JSON.parse(mallory.events.find((e) => e.event === 'serialized-error')?.data ?? '{}').json.data.code).toBe('NOT_FOUND');
    expect(JSON.stringify(mallory.events)).not.toContain('hello');
    expect(await http(gw.url, { token: 'token2' }).trpc.profile.get.query()).not.toMatchObject({ age: 52 });
  });
});

describe('access control over tRPC HTTP (test/auth/accessControl.test.ts on WebSocket)', () => {
  it("keeps each user's sessions, turns and profile to that user", async () => {
    const provider = createScriptedProvider({ tokens: longAnswer(200), delayMs: 5 });
    await using gw = await startTestGateway({ plugins, provider, config: AUTH });
    const alice = http(gw.url, { token: 'token1' });
    const mallory = http(gw.url, { token: 'token2' });
    await alice.trpc.profile.upsert.mutate({ age: 61, chronicConditions: ['diabetes'] });
    const running = await openSseTurn(gw.url, { input: { message: 'my private symptom' }, headers: { authorization: 'Bearer token1' } });
    await running.waitFor(() => running.tracked().some((e) => e.event.type === 'token'));
    const start = running.tracked()[0]?.event;
    if (start?.type !== 'stream_start') throw new Error('no stream_start');
    const { sessionId, turnId } = start;
    await expectSessionHiddenFrom(mallory, sessionId);
    // Her running turn cannot be stopped by him; it ends as hers.
    expect(await codeOf(mallory.cancel(turnId))).toBe('NOT_FOUND');
    await running.ended;
    expect(running.tracked().at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
    expect((await alice.trpc.session.history.query({ sessionId })).map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(await alice.trpc.profile.get.query()).toMatchObject({ age: 61 });
  });

  it('needs an authenticated user for profiles and sessions when auth is off', async () => {
    await using gw = await startTestGateway({ plugins });
    const client = http(gw.url);
    expect(await codeOf(client.trpc.profile.get.query())).toBe('UNAUTHORIZED');
    expect(await codeOf(client.trpc.session.list.query())).toBe('UNAUTHORIZED');
    expect((await collectTurn(client.streamTurn({ message: 'hi' }))).at(-1)?.event.type).toBe('stream_end');
  });
});

describe('limits and origins over tRPC HTTP', () => {
  it("HTTP requests count against the user's budget shared with WebSocket connections; a refused stream still gets its emergency advice", async () => {
    await using gw = await startTestGateway({ plugins: [{ plugin: keywordSafety }], config: { ...AUTH, RATE_LIMIT_PER_MINUTE_USER: 3 } });
    const wsClient = ws(gw.url, { token: 'token1' });
    await wsClient.trpc.session.list.query();
    await wsClient.close();
    const client = http(gw.url, { token: 'token1' });
    await client.trpc.session.list.query();
    await collectTurn(client.streamTurn({ message: 'hello' }));
    // Four requests for a budget of three: refused with the wait in the error data.
    await expect(client.trpc.session.list.query()).rejects.toMatchObject({ data: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: expect.any(Number) } });
    const limited = await collectTurn(client.streamTurn({ message: 'I have crushing chest pain' }));
    expect(limited.map((e) => e.event.type)).toEqual(['stream_start', 'emergency', 'error', 'stream_end']);
    expect(limited[2]?.event).toMatchObject({ errorType: 'rate_limited', retryAfterSeconds: expect.any(Number) });
    // Another user is served meanwhile.
    expect((await collectTurn(http(gw.url, { token: 'token2' }).streamTurn({ message: 'hello' }))).at(-1)?.event).toMatchObject({ finishReason: 'stop' });
  });

  it('without auth, concurrent turns count against the address, across transports', async () => {
    const provider = createScriptedProvider({ tokens: longAnswer(100), delayMs: 10 });
    await using gw = await startTestGateway({ plugins: [{ plugin: keywordSafety }], provider, config: { MAX_CONCURRENT_TURNS_USER: 1 } });
    const wsClient = ws(gw.url);
    const running = collectTurn(wsClient.streamTurn({ message: 'tell me about colds' }));
    await expect.poll(() => gw.engine.activeTurns).toBe(1);
    const busy = await collectTurn(http(gw.url).streamTurn({ message: 'and me?' }));
    expect(busy.map((e) => e.event.type)).toEqual(['stream_start', 'error', 'stream_end']);
    expect(busy[1]?.event).toMatchObject({ errorType: 'busy', fatal: true });
    // A refused turn that describes an emergency still gets the advice first.
    const busyEmergency = await collectTurn(http(gw.url).streamTurn({ message: 'I have crushing chest pain' }));
    expect(busyEmergency.map((e) => e.event.type)).toEqual(['stream_start', 'emergency', 'error', 'stream_end']);
    expect(busyEmergency[2]?.event).toMatchObject({ errorType: 'busy', fatal: true });
    expect((await running).at(-1)?.event).toMatchObject({ finishReason: 'stop' });
    await wsClient.close();
  });

  it('CORS for ALLOWED_ORIGINS: preflight for POST with content-type and authorization, Last-Event-ID; other or malformed origins refused and never echoed', async () => {
    await using gw = await startTestGateway({ plugins, config: { ALLOWED_ORIGINS: 'https://app.example' } });
    const preflight = await fetch(`${gw.url}/trpc/profile.upsert`, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type, last-event-id' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(preflight.headers.get('access-control-allow-methods')?.split(/,\s*/)).toEqual(expect.arrayContaining(['GET', 'POST']));
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase().split(/,\s*/)).toEqual(expect.arrayContaining(['authorization', 'content-type', 'last-event-id']));
    const allowed = await openSseTurn(gw.url, { input: { message: 'hello' }, headers: { origin: 'https://app.example' } });
    await allowed.ended;
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(allowed.tracked().at(-1)?.event.type).toBe('stream_end');

    for (const origin of ['https://evil.example', 'https://app.example.evil', 'https://app.example\u00ff']) {
      const refused = await fetch(`${gw.url}/trpc/chat.stream?input=${encodeURIComponent(JSON.stringify({ json: { message: 'hi' } }))}`, { headers: { origin } });
      expect(refused.status).toBe(403);
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
      const preflightRefused = await fetch(`${gw.url}/trpc/chat.stream`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } }).catch(() => undefined);
      expect(preflightRefused?.headers.get('access-control-allow-origin') ?? null).toBeNull();
    }
    // Nothing ran for the refused origins: one turn, the allowed one.
    expect(gw.engine.activeTurns).toBe(0);
  });
});

describe('bad input over tRPC HTTP', () => {
  it('malformed, oversized, over-batched or unknown requests get a clear error for that request alone; others are served meanwhile', async () => {
    await using gw = await startTestGateway({ plugins, config: { MAX_FRAME_BYTES: 4096, TRPC_MAX_BATCH_SIZE: 2 } });
    const post = (path: string, body: string) => fetch(`${gw.url}/trpc/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    // JSON.parse's message would quote the body (health data) back: only what failed is said.
    const malformed = await post('chat.cancel', '{"json": my chest hurts');
    expect(malformed.status).toBe(400);
    const malformedBody = await malformed.json();
    expect(malformedBody.error.json).toMatchObject({ message: 'Malformed tRPC message', data: { code: 'BAD_REQUEST' } });
    expect(JSON.stringify(malformedBody)).not.toMatch(/chest|stack/);
    expect((await post('chat.cancel', JSON.stringify({ json: { turnId: 'x'.repeat(5000) } }))).status).toBe(413);
    expect((await post('chat.cancel,chat.cancel,chat.cancel?batch=1', '{}')).status).toBe(400);
    const unknown = await fetch(`${gw.url}/trpc/chat.nothing`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.json.data.code).toBe('NOT_FOUND');
    // A subscription cannot ride a batch, nor a query go by POST.
    expect((await fetch(`${gw.url}/trpc/chat.stream,chat.stream?batch=1&input=${encodeURIComponent('{}')}`)).status).toBe(400);
    expect((await post('session.list', '{}')).status).toBe(405);
    const events = await collectTurn(http(gw.url).streamTurn({ message: 'hello' }));
    expect(events.at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
  });
});

describe('graceful shutdown over tRPC HTTP', () => {
  it('while draining, new requests get SERVICE_UNAVAILABLE (503); a running event stream finishes its turn, one that cannot within the grace period ends as interrupted', async () => {
    const provider = createScriptedProvider({ tokens: (r) => longAnswer(r.grounding.message.includes('long') ? 2000 : 30), delayMs: 10 });
    const gw = await startTestGateway({ plugins: [{ plugin: keywordSafety }], provider });
    const running = await openSseTurn(gw.url, { input: { message: 'short enough' } });
    const long = await openSseTurn(gw.url, { input: { message: 'a long one' } });
    await running.waitFor(() => running.tracked().some((e) => e.event.type === 'token'));
    await long.waitFor(() => long.tracked().some((e) => e.event.type === 'token'));
    const stopping = gw.shutdown({ graceMs: 3000 });
    const refused = await fetch(`${gw.url}/trpc/profile.get`);
    expect(refused.status).toBe(503);
    expect((await refused.json()).error.json.data.code).toBe('SERVICE_UNAVAILABLE');
    // A new stream is told so with a retryable code: EventSource reconnects (elsewhere, or here once back).
    const refusedStream = await openSseTurn(gw.url, { input: { message: 'new turn' } });
    await refusedStream.ended;
    expect(JSON.parse(refusedStream.events.find((e) => e.event === 'serialized-error')?.data ?? '{}').json.data.code).toBe('SERVICE_UNAVAILABLE');
    expect(refusedStream.events.some((e) => e.event === 'return')).toBe(false);
    await running.ended;
    expect(textOf(running.tracked())).toBe(longAnswer(30).join(''));
    expect(running.tracked().at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
    // The long answer is cut at the end of the grace period with an end the client can tell apart.
    await long.ended;
    expect(long.tracked().at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'interrupted' });
    expect(longAnswer(2000).join('').startsWith(textOf(long.tracked()))).toBe(true);
    expect(long.events.at(-1)?.event).toBe('return');
    await stopping;
  });
});
