import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logging/createLogger.ts';
import { createConfig } from '../../server/config/loadConfig.ts';
import { createStoreFromConfig } from '../../server/store/createStoreFromConfig.ts';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { keywordSafety } from '../fakes/testPlugins.ts';
import { openRawSocket } from '../harness/openRawSocket.ts';
import { startRedis } from '../harness/startRedis.ts';
import { collectTurn, startTestGateway } from '../harness/startTestGateway.ts';
import { expectServed } from './expectServed.ts';

// Its own server: this test freezes it (SIGSTOP), which must never hit a shared REDIS_URL one.
const redis = await startRedis({ dedicated: true });
afterAll(() => redis?.stop());

const serverPid = async (url: string): Promise<number> => {
  const client = new Redis(url);
  try {
    const info = await client.info('server');
    return Number(/process_id:(\d+)/.exec(info)?.[1]);
  } finally {
    client.disconnect();
  }
};
let frozen: number | undefined;
const freeze = (pid: number) => {
  process.kill(pid, 'SIGSTOP');
  frozen = pid;
};
const thaw = () => {
  if (frozen !== undefined) process.kill(frozen, 'SIGCONT');
  frozen = undefined;
};
// A failed assertion must not leave the server stopped for the next test (or for redis.stop()).
afterEach(thaw);

function memoryLog() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { stream, lines };
}

describe.skipIf(!redis)('a frozen Redis (SIGSTOP): new turns fail fast and typed, /ready is 503, service comes back', () => {
  it('STORE=redis: compat and tRPC turns are refused as store_unavailable, /ready answers 503; after SIGCONT a turn completes', async () => {
    const url = redis?.url ?? '';
    await using gw = await startTestGateway({ config: { STORE: 'redis', REDIS_URL: url, STORE_TIMEOUT_MS: 300 } });
    await expectServed(gw.wsUrl);
    expect((await fetch(`${gw.url}/ready`)).status).toBe(200);

    freeze(await serverPid(url));
    await using compat = await openRawSocket(`${gw.wsUrl}/api/v1/ws/chat`);
    await compat.waitFor((f) => f.type === 'connection');
    compat.send({ message: 'I have a mild headache' });
    expect(await compat.waitFor((f) => f.type === 'error' || f.type === 'stream_end')).toMatchObject({ type: 'error', error_type: 'unavailable', code: 'store_unavailable', retryable: true });

    const refused = await collectTurn(gw.client().streamTurn({ message: 'I have a mild headache' }));
    expect(refused.map((e) => e.event.type)).toEqual(['stream_start', 'error', 'stream_end']);
    expect(refused[1]?.event).toMatchObject({ errorType: 'store_unavailable', fatal: true });
    // The same short refused turn over tRPC HTTP.
    const overHttp = await collectTurn(gw.client({ transport: 'http' }).streamTurn({ message: 'I have a mild headache' }));
    expect(overHttp.map((e) => e.event.type)).toEqual(['stream_start', 'error', 'stream_end']);
    expect(overHttp[1]?.event).toMatchObject({ errorType: 'store_unavailable', fatal: true });
    const ready = await fetch(`${gw.url}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'store_unavailable' });

    thaw();
    await expectServed(gw.wsUrl);
    expect((await collectTurn(gw.client().streamTurn({ message: 'and now?' }))).at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
    expect((await collectTurn(gw.client({ transport: 'http' }).streamTurn({ message: 'and now?' }))).at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
    expect((await fetch(`${gw.url}/ready`)).status).toBe(200);
  });

  it('a message describing an emergency during the outage: the store_unavailable refusal carries the advice first, on every transport', async () => {
    const url = redis?.url ?? '';
    // Limits in memory, so it is the store's own deadline that refuses.
    const config = createConfig({ STORE: 'redis', REDIS_URL: url, STORE_TIMEOUT_MS: 200 });
    await using gw = await startTestGateway({ store: createStoreFromConfig(config), plugins: [{ plugin: keywordSafety }], config: { STORE_TIMEOUT_MS: 200 } });
    await expectServed(gw.wsUrl);
    freeze(await serverPid(url));
    await using compat = await openRawSocket(`${gw.wsUrl}/api/v1/ws/chat`);
    await compat.waitFor((f) => f.type === 'connection');
    compat.send({ message: 'I have crushing chest pain' });
    await compat.waitFor((f) => f.type === 'error');
    const frames = compat.frames.filter((f: any) => f.type !== 'connection');
    expect(frames[0]).toMatchObject({ type: 'emergency', advice: 'Call 911 now.' });
    expect(frames.find((f: any) => f.type === 'error')).toMatchObject({ code: 'store_unavailable' });
    for (const transport of ['ws', 'http'] as const) {
      const refused = await collectTurn(gw.client({ transport }).streamTurn({ message: 'I have crushing chest pain' }));
      expect(refused.map((e) => e.event.type), transport).toEqual(['stream_start', 'emergency', 'error', 'stream_end']);
      expect(refused[1]?.event).toMatchObject({ advice: 'Call 911 now.' });
      expect(refused[2]?.event).toMatchObject({ errorType: 'store_unavailable' });
    }
    // Closing the gateway writes to the store.
    thaw();
  });

  it('the store alone frozen (limits in memory): the store deadline refuses each turn, and the repeated log line is written once with a count', async () => {
    const url = redis?.url ?? '';
    const log = memoryLog();
    const config = createConfig({ STORE: 'redis', REDIS_URL: url, STORE_TIMEOUT_MS: 200 });
    await using gw = await startTestGateway({
      provider: createScriptedProvider({ tokens: ['Rest', '.'] }),
      store: createStoreFromConfig(config),
      logger: createLogger({ level: 'info', destination: log.stream, throttleMs: 4000 }),
      config: { LOG_LEVEL: 'info', STORE_TIMEOUT_MS: 200 },
    });
    await expectServed(gw.wsUrl);

    freeze(await serverPid(url));
    // One runs, four wait: the queue's limit (one more would be refused busy by the connection).
    const attempts = 5;
    await using client = await openRawSocket(`${gw.wsUrl}/api/v1/ws/chat`);
    await client.waitFor((f) => f.type === 'connection');
    for (let i = 0; i < attempts; i++) client.send({ message: `question ${i}` });
    await expect.poll(() => client.frames.filter((f: any) => f.type === 'error').length, { timeout: 10_000 }).toBe(attempts);
    for (const f of client.frames.filter((f: any) => f.type === 'error')) expect(f, JSON.stringify(f)).toMatchObject({ error_type: 'unavailable', code: 'store_unavailable' });
    expect(client.frames.filter((f: any) => f.type === 'stream_end')).toHaveLength(0);

    // One line for the first refusal, then (at the end of the interval) one summary with the rest counted.
    const refusedLines = () => log.lines.filter((l) => l['msg'] === 'store unavailable, turn refused');
    const counted = () => refusedLines().reduce((n, l) => n + (typeof l['repeated'] === 'number' ? l['repeated'] : 1), 0);
    await expect.poll(counted, { timeout: 20_000 }).toBe(attempts);
    const lines = refusedLines();
    expect(lines.length).toBeLessThan(attempts);
    expect(lines[0]).toMatchObject({ err: { name: 'StoreUnavailableError', code: 'store_unavailable' } });

    thaw();
    await using after = await openRawSocket(`${gw.wsUrl}/api/v1/ws/chat`);
    await after.waitFor((f) => f.type === 'connection');
    after.send({ message: 'hello' });
    const end = await after.waitFor((f) => f.type === 'stream_end' || f.type === 'error');
    expect(end, JSON.stringify(after.frames)).toMatchObject({ type: 'stream_end' });
  });
  // Regression (merge of the store deadline with the per-token writes): a token's write had no deadline,
  // so a store frozen mid-turn held that turn's stream forever.
  it('a store frozen while a turn streams: the turn still reaches its stream_end, every token in order', async () => {
    const url = redis?.url ?? '';
    const tokens = Array.from({ length: 30 }, (_, i) => `w${i} `);
    await using gw = await startTestGateway({
      provider: createScriptedProvider({ tokens, delayMs: 20 }),
      config: { STORE: 'redis', REDIS_URL: url, STORE_TIMEOUT_MS: 300 },
    });
    await using client = await openRawSocket(`${gw.wsUrl}/api/v1/ws/chat`);
    await client.waitFor((f) => f.type === 'connection');
    client.send({ message: 'tell me about colds', enable_agents: false });
    await client.waitFor((f) => f.type === 'token');
    freeze(await serverPid(url));
    const end = await client.waitFor((f) => f.type === 'stream_end', 0, 20_000);
    expect(end).toMatchObject({ type: 'stream_end' });
    const text = client.frames.filter((f: any) => f.type === 'token').map((f: any) => f.content).join('');
    expect(text).toContain(tokens.join(''));
    thaw();
  });
  // Regression: while the store was frozen, calls other than a turn (history, sessions) answered
  // INTERNAL_SERVER_ERROR (tRPC) or internal_error (compat) instead of the outage's typed refusal.
  it('every other call during the outage is refused as store_unavailable too: tRPC queries and compat history', async () => {
    const url = redis?.url ?? '';
    // Limits in memory, so it is the store's own deadline that answers (a Redis limit check would refuse first).
    const auth = { AUTH_MODE: 'token', AUTH_TOKENS: 'tok-f:frozen-user', STORE_TIMEOUT_MS: 300 } as const;
    await using gw = await startTestGateway({ store: createStoreFromConfig(createConfig({ STORE: 'redis', REDIS_URL: url, ...auth })), config: auth });
    const client = gw.client({ token: 'tok-f' });
    expect(await client.trpc.session.list.query()).toEqual([]);
    freeze(await serverPid(url));
    const refused = await client.trpc.session.list.query().then(
      () => undefined,
      (cause: { data?: { code?: string; retryAfterSeconds?: number } }) => cause.data,
    );
    expect(refused).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 1 });
    // The same over tRPC HTTP: a 503 with the same typed error.
    const overHttp = await fetch(`${gw.url}/trpc/session.list`, { headers: { authorization: 'Bearer tok-f' } });
    expect(overHttp.status).toBe(503);
    expect((await overHttp.json()).error.json.data).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 1 });
    await using compat = await openRawSocket(`${gw.wsUrl}/api/v1/ws/chat`, { headers: { authorization: 'Bearer tok-f' } });
    await compat.waitFor((f) => f.type === 'connection');
    compat.send({ type: 'history', session_id: '00000000-0000-4000-8000-000000000000' });
    expect(await compat.waitFor((f) => f.type === 'error')).toMatchObject({ error_type: 'unavailable', code: 'store_unavailable', retryable: true });
    thaw();
    expect(await client.trpc.session.list.query()).toEqual([]);
    client.close();
  });
});
