import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { initTRPC, tracked, TRPCError } from '@trpc/server';
import { getWSConnectionHandler } from '@trpc/server/adapters/ws';
import type { TRPCRequestInfo } from '@trpc/server/unstable-core-do-not-import';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { z } from 'zod';
import { createTrpcWsHandler } from '../../server/trpc/createTrpcWsHandler.ts';

/**
 * Our tRPC WebSocket handler against tRPC's own adapter: the same router behind each, the same frames
 * sent by a plain socket, and every frame that comes back compared byte for byte.
 */
const t = initTRPC.context<{ user: string }>().create({ transformer: superjson, isDev: false });
const torndown: string[] = [];
const endedSignals: AbortSignal[] = [];
const bodiesRun: string[] = [];
const SETUP_MS = 100;
const appRouter = t.router({
  hello: t.procedure.input(z.object({ name: z.string() })).query(({ input, ctx }) => ({ greeting: `hi ${input.name}`, user: ctx.user, at: new Date(0) })),
  bump: t.procedure.input(z.number()).mutation(({ input }) => input + 1),
  forbidden: t.procedure.query(() => {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'not yours' });
  }),
  crash: t.procedure.query(() => {
    throw new Error('boom');
  }),
  iterableQuery: t.procedure.query(async function* () {
    yield 1;
  }),
  notIterable: t.procedure.subscription(() => 5 as unknown as AsyncIterable<number>),
  ticks: t.procedure.input(z.object({ count: z.number(), lastEventId: z.string().optional() })).subscription(async function* ({ input }) {
    for (let i = input.lastEventId === undefined ? 0 : Number(input.lastEventId) + 1; i < input.count; i++) yield tracked(String(i), { n: i, at: new Date(i) });
  }),
  // A procedure whose call takes a while (a middleware's wait) before its body can run.
  slowSetup: t.procedure
    .use(async ({ next }) => {
      await new Promise((resolve) => setTimeout(resolve, SETUP_MS));
      return next();
    })
    .input(z.string())
    .subscription(async function* ({ input }) {
      bodiesRun.push(input);
      yield input;
    }),
  finite: t.procedure.subscription(async function* ({ signal }) {
    yield 'only';
    if (signal) endedSignals.push(signal);
  }),
  untracked: t.procedure.subscription(async function* () {
    yield 'a';
    yield { b: new Map([['k', 1]]) };
  }),
  failing: t.procedure.subscription(async function* () {
    yield tracked('0', 'first');
    throw new TRPCError({ code: 'CONFLICT', message: 'went wrong' });
  }),
  // Yields once, then waits for its signal: ends only by a stop or a closed socket.
  held: t.procedure.input(z.string()).subscription(async function* ({ input, signal }) {
    try {
      yield tracked('0', input);
      await new Promise((resolve) => signal?.addEventListener('abort', resolve, { once: true }));
    } finally {
      torndown.push(input);
    }
  }),
});

const createContext = (connectionParams: TRPCRequestInfo['connectionParams']) => {
  if (connectionParams?.['user'] === 'mallory') throw new TRPCError({ code: 'UNAUTHORIZED', message: 'who are you' });
  return { user: connectionParams?.['user'] ?? 'anonymous' };
};

async function serve(attach: (wss: WebSocketServer) => void) {
  const server = createServer();
  const wss = new WebSocketServer({ server });
  attach(wss);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      for (const ws of wss.clients) ws.terminate();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

let theirs: Awaited<ReturnType<typeof serve>>;
let ours: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  theirs = await serve((wss) => {
    const handleTheirs = getWSConnectionHandler({ wss, router: appRouter, maxBatchSize: 2, createContext: ({ info }) => createContext(info.connectionParams) });
    wss.on('connection', (ws, req) => handleTheirs(ws, req));
  });
  const handleOurs = createTrpcWsHandler({
    router: appRouter,
    maxBatchSize: 2,
    createContext: async ({ connectionParams }) => createContext(connectionParams),
    onError: () => {},
  });
  ours = await serve((wss) => wss.on('connection', (ws: WebSocket, req: IncomingMessage) => handleOurs(ws, req)));
});
afterAll(async () => {
  await theirs.close();
  await ours.close();
});

type Step = { send: string | Buffer; expect: number; thenWaitMs?: number };

/** Sends each step's frame and waits for its number of answers; returns every text frame received, and the close code. */
async function exchange(url: string, steps: Step[]): Promise<{ frames: string[]; closed: number | undefined }> {
  const ws = new WebSocket(url);
  const frames: string[] = [];
  let closed: number | undefined;
  ws.on('message', (data: Buffer) => frames.push(data.toString()));
  ws.on('close', (code) => (closed = code));
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  let wanted = 0;
  for (const step of steps) {
    ws.send(step.send, { binary: Buffer.isBuffer(step.send) });
    wanted += step.expect;
    await vi.waitFor(() => expect(frames.length, `${url}: ${frames.join('\n')}`).toBeGreaterThanOrEqual(wanted));
    if (step.thenWaitMs) await new Promise((resolve) => setTimeout(resolve, step.thenWaitMs));
  }
  // Nothing more arrives: a last round trip (PING is answered in order) proves it.
  if (ws.readyState === ws.OPEN) {
    ws.send('PING');
    await vi.waitFor(() => expect(frames.length).toBe(wanted + 1));
    expect(frames.pop()).toBe('PONG');
  }
  ws.terminate();
  return { frames, closed };
}

const call = (id: number | string | null, method: string, path: string, input?: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ id, method, params: { path, input: superjson.serialize(input), ...extra } });

const scripts: [string, Step[], string?][] = [
  ['a query', [{ send: call(1, 'query', 'hello', { name: 'ann' }), expect: 1 }]],
  ['a mutation with a JSON-RPC 2.0 id', [{ send: JSON.stringify({ id: 'm1', jsonrpc: '2.0', method: 'mutation', params: { path: 'bump', input: superjson.serialize(41) } }), expect: 1 }]],
  ['an input that fails validation', [{ send: call(1, 'query', 'hello', { name: 5 }), expect: 1 }]],
  ['a TRPCError, and an internal error', [{ send: call(1, 'query', 'forbidden'), expect: 1 }, { send: call(2, 'query', 'crash'), expect: 1 }]],
  ['an unknown procedure', [{ send: call(1, 'query', 'nope'), expect: 1 }]],
  ['a query that returns an iterable, a subscription that does not', [{ send: call(1, 'query', 'iterableQuery'), expect: 1 }, { send: call(2, 'subscription', 'notIterable'), expect: 1 }]],
  ['a subscription of tracked events to its end', [{ send: call(1, 'subscription', 'ticks', { count: 3 }), expect: 5 }]],
  ['a subscription resumed after lastEventId', [{ send: call(1, 'subscription', 'ticks', { count: 4 }, { lastEventId: '1' }), expect: 4 }]],
  ['untracked events', [{ send: call(1, 'subscription', 'untracked'), expect: 4 }]],
  ['a subscription that fails after an event', [{ send: call(1, 'subscription', 'failing'), expect: 4 }]],
  ['a stop', [{ send: call(1, 'subscription', 'held', 'stop-me'), expect: 2 }, { send: JSON.stringify({ id: 1, method: 'subscription.stop' }), expect: 1 }]],
  ['a duplicate subscription id', [{ send: call(7, 'subscription', 'held', 'dup'), expect: 2 }, { send: call(7, 'subscription', 'held', 'dup2'), expect: 1 }, { send: JSON.stringify({ id: 7, method: 'subscription.stop' }), expect: 1 }]],
  ['a batch', [{ send: `[${call(1, 'query', 'hello', { name: 'a' })},${call(2, 'subscription', 'ticks', { count: 1 })}]`, expect: 4 }]],
  ['a batch over maxBatchSize', [{ send: `[${call(1, 'query', 'hello', { name: 'a' })},${call('x', 'mutation', 'bump', 1)},${JSON.stringify({ id: 3, method: 'subscription.stop' })}]`, expect: 2 }]],
  ['a batch over maxBatchSize with no ids', [{ send: '[1,2,3]', expect: 1 }]],
  ['a frame that is not JSON', [{ send: '{"id":1,', expect: 1 }]],
  ['a message that is not a tRPC call', [{ send: '{"id":1,"method":"explode"}', expect: 1 }]],
  ['a call with a null id', [{ send: call(null, 'query', 'hello', { name: 'a' }), expect: 1 }]],
  ['PING', [{ send: 'PING', expect: 1 }]],
];

describe('our tRPC WebSocket handler answers as tRPC’s own adapter does', () => {
  it.each(scripts)('%s', async (_label, steps) => {
    const [a, b] = await Promise.all([exchange(theirs.url, steps), exchange(ours.url, steps)]);
    expect(b.frames).toEqual(a.frames);
  });

  it('connectionParams sent as the first message make the context', async () => {
    const steps: Step[] = [
      { send: JSON.stringify({ method: 'connectionParams', data: { user: 'ann' } }), expect: 0 },
      { send: call(1, 'query', 'hello', { name: 'x' }), expect: 1 },
    ];
    const [a, b] = await Promise.all([exchange(`${theirs.url}/?connectionParams=1`, steps), exchange(`${ours.url}/?connectionParams=1`, steps)]);
    expect(b.frames).toEqual(a.frames);
    expect(JSON.parse(b.frames[0] as string).result.data.json.user).toBe('ann');
  });

  it('a context that fails answers id null and closes the socket', async () => {
    const steps: Step[] = [{ send: JSON.stringify({ method: 'connectionParams', data: { user: 'mallory' } }), expect: 1 }];
    const [a, b] = await Promise.all([exchange(`${theirs.url}/?connectionParams=1`, steps), exchange(`${ours.url}/?connectionParams=1`, steps)]);
    expect(b.frames).toEqual(a.frames);
    expect(JSON.parse(b.frames[0] as string)).toMatchObject({ id: null, error: { json: { data: { code: 'UNAUTHORIZED' } } } });
    await vi.waitFor(() => expect(b.closed).toBeDefined());
  });

  // Regression: our loop aborted the signal after every normal end, and the chat router read that as
  // the client's stop: a cancel (and a store read) per finished turn, rejected unhandled in a Redis outage.
  it('a subscription that ends by itself does not see its signal aborted', async () => {
    for (const url of [theirs.url, ours.url]) {
      endedSignals.length = 0;
      const { frames } = await exchange(url, [{ send: call(1, 'subscription', 'finite'), expect: 3 }]);
      expect(frames.at(-1)).toBe('{"id":1,"result":{"type":"stopped"}}');
      expect(endedSignals.map((s) => s.aborted)).toEqual([false]);
    }
  });

  // Regression: our loop ran the body of a subscription stopped (or whose socket closed) while its
  // procedure was being called; for the chat router, a turn started for a client that had left.
  it('a subscription stopped while its procedure is being called never runs its body', async () => {
    bodiesRun.length = 0;
    // Stopped at once (the stop read in the same tick), and stopped while the middleware waits.
    for (const thenWaitMs of [0, SETUP_MS / 2]) {
      const steps: Step[] = [
        { send: call(1, 'subscription', 'slowSetup', 'stopped early'), expect: 0, thenWaitMs },
        { send: JSON.stringify({ id: 1, method: 'subscription.stop' }), expect: 1 },
      ];
      const [a, b] = await Promise.all([exchange(theirs.url, steps), exchange(ours.url, steps)]);
      expect(b.frames).toEqual(a.frames);
      expect(b.frames).toEqual(['{"id":1,"result":{"type":"stopped"}}']);
    }
    for (const url of [theirs.url, ours.url]) {
      const ws = new WebSocket(url);
      await new Promise((resolve) => ws.once('open', resolve));
      ws.send(call(1, 'subscription', 'slowSetup', 'closed early'));
      ws.terminate();
    }
    await new Promise((resolve) => setTimeout(resolve, SETUP_MS * 3));
    expect(bodiesRun).toEqual([]);
  });

  it('a binary frame is a parse error (JSON travels as text)', async () => {
    const { frames } = await exchange(ours.url, [{ send: Buffer.from(call(1, 'query', 'hello', { name: 'a' })), expect: 1 }]);
    expect(JSON.parse(frames[0] as string)).toMatchObject({ id: null, error: { json: { data: { code: 'PARSE_ERROR' } } } });
  });

  it('a stopped subscription, and one whose socket closed, both run their teardown', async () => {
    await exchange(ours.url, [
      { send: call(1, 'subscription', 'held', 'stopped'), expect: 2 },
      { send: JSON.stringify({ id: 1, method: 'subscription.stop' }), expect: 1 },
    ]);
    expect(torndown).toContain('stopped');
    const ws = new WebSocket(ours.url);
    await new Promise((resolve) => ws.once('open', resolve));
    ws.send(call(1, 'subscription', 'held', 'dropped'));
    await new Promise((resolve) => ws.on('message', (data: Buffer) => data.includes('"dropped"') && resolve(undefined)));
    ws.terminate();
    await vi.waitFor(() => expect(torndown).toContain('dropped'));
  });
});
