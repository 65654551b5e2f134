import { Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import type { LlmChunk, LlmProvider } from '../../server/llm/LlmProvider.ts';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { keywordSafety } from '../fakes/testPlugins.ts';
import { openRawSocket } from '../harness/openRawSocket.ts';
import { collectTurn, startTestGateway } from '../harness/startTestGateway.ts';
import { expectServed } from './expectServed.ts';

const plugins = [{ plugin: keywordSafety }];
const EMERGENCY = 'I have crushing chest pain';
const slowProvider = () => createScriptedProvider({ tokens: Array.from({ length: 40 }, (_, i) => `w${i} `), delayMs: 25 });

describe('floods and concurrency', () => {
  it('a message flood on one compat connection (LLM cost, CPU): rate_limited with retry_after once the bucket is empty', async () => {
    await using gw = await startTestGateway({ plugins, config: { RATE_LIMIT_PER_MINUTE_CONNECTION: 3 } });
    await using flood = await openRawSocket(`${gw.wsUrl}/api/v1/ws/chat`);
    await flood.waitFor((f) => f.type === 'connection');
    for (let i = 0; i < 10; i++) flood.send({ message: `question ${i}` });
    await expect.poll(() => flood.frames.filter((f: any) => f.type === 'stream_end').length).toBe(3);
    const refused = flood.frames.filter((f: any) => f.type === 'error') as any[];
    expect(refused).toHaveLength(7);
    for (const f of refused) expect(f).toMatchObject({ error_type: 'rate_limited', retryable: true, retry_after: expect.any(Number) });
    expect(refused[0].retry_after).toBeGreaterThanOrEqual(1);
    await expectServed(gw.wsUrl);
  });

  it('an emergency sent while rate limited still gets the emergency advice, before the refusal (compat)', async () => {
    await using gw = await startTestGateway({ plugins, config: { RATE_LIMIT_PER_MINUTE_CONNECTION: 1 } });
    await using client = await openRawSocket(`${gw.wsUrl}/api/v1/ws/chat`);
    await client.waitFor((f) => f.type === 'connection');
    client.send({ message: 'hello' });
    await client.waitFor((f) => f.type === 'stream_end');
    const from = client.frames.length;
    client.send({ message: EMERGENCY });
    await client.waitFor((f) => f.type === 'error', from);
    expect(client.frames.slice(from).map((f: any) => f.type)).toEqual(['emergency', 'error']);
    expect(client.frames[from]).toMatchObject({ severity: 'critical', advice: 'Call 911 now.' });
    expect(client.frames.at(-1)).toMatchObject({ error_type: 'rate_limited' });
    await expectServed(gw.wsUrl);
  });

  it('an over-long message describing an emergency gets the advice, then validation_error', async () => {
    await using gw = await startTestGateway({ plugins, config: { MAX_MESSAGE_CHARS: 100 } });
    await using client = await openRawSocket(`${gw.wsUrl}/api/v1/ws/chat`);
    await client.waitFor((f) => f.type === 'connection');
    client.send({ message: `${EMERGENCY} ${'and more '.repeat(30)}` });
    await client.waitFor((f) => f.type === 'error');
    expect(client.frames.slice(1).map((f: any) => f.type)).toEqual(['emergency', 'error']);
    expect(client.frames.at(-1)).toMatchObject({ error_type: 'validation_error' });
    await expectServed(gw.wsUrl);
  });

  it("too many concurrent turns of one user across connections (fan-out on the paid model): busy, with the emergency advice first", async () => {
    // Per user needs a user: with auth off the path's user id is the client's own choice (see the per-IP test below).
    const AUTH = { AUTH_MODE: 'token', AUTH_TOKENS: 'tok-dana:dana,tok-erin:erin' };
    await using gw = await startTestGateway({ plugins, provider: slowProvider(), config: { MAX_CONCURRENT_TURNS_USER: 2, ...AUTH } });
    const sockets = await Promise.all([0, 1, 2].map(() => openRawSocket(`${gw.wsUrl}/api/v1/ws/chat/dana`, { headers: { authorization: 'Bearer tok-dana' } })));
    try {
      for (const s of sockets.slice(0, 2)) {
        await s.waitFor((f) => f.type === 'connection');
        s.send({ message: 'tell me about colds' });
        await s.waitFor((f) => f.type === 'token');
      }
      const third = sockets[2]!;
      await third.waitFor((f) => f.type === 'connection');
      third.send({ message: EMERGENCY });
      await third.waitFor((f) => f.type === 'error');
      expect(third.frames.slice(1).map((f: any) => f.type)).toEqual(['emergency', 'error']);
      expect(third.frames.at(-1)).toMatchObject({ error_type: 'busy', retryable: true });
      // Another user is not affected, and dana may start again once a turn ends.
      await expectServed(gw.wsUrl, { path: '/api/v1/ws/chat/erin', headers: { authorization: 'Bearer tok-erin' } });
      await sockets[0]!.waitFor((f) => f.type === 'stream_end');
      third.send({ message: 'tell me about colds' });
      expect(await third.waitFor((f) => f.type === 'stream_end')).toMatchObject({ metadata: { finish_reason: 'stop' } });
    } finally {
      for (const s of sockets) s.ws.terminate();
    }
  });

  it('without auth, turns and requests count against the address across reconnects (attack: connect, send, disconnect in a loop)', async () => {
    await using gw = await startTestGateway({
      plugins,
      provider: slowProvider(),
      config: { MAX_CONCURRENT_TURNS_USER: 2, RATE_LIMIT_PER_MINUTE_USER: 4, TRUSTED_PROXIES: '127.0.0.1' },
    });
    const from = (ip: string, path = '/api/v1/ws/chat') => openRawSocket(`${gw.wsUrl}${path}`, { headers: { 'x-real-ip': ip } });
    // Two turns start and their sockets go away: the turns run on, so they still count.
    for (const path of ['/api/v1/ws/chat', '/api/v1/ws/chat/made-up-user']) {
      const s = await from('203.0.113.5', path);
      await s.waitFor((f) => f.type === 'connection');
      s.send({ message: 'tell me about colds' });
      await s.waitFor((f) => f.type === 'token');
      s.ws.terminate();
    }
    // A fresh socket from the same address, under a user id of its choosing, is over the cap.
    await using third = await from('203.0.113.5', '/api/v1/ws/chat/someone-else');
    await third.waitFor((f) => f.type === 'connection');
    third.send({ message: EMERGENCY });
    await third.waitFor((f) => f.type === 'error');
    expect(third.frames.slice(1).map((f: any) => f.type)).toEqual(['emergency', 'error']);
    expect(third.frames.at(-1)).toMatchObject({ error_type: 'busy', retryable: true });
    // The address's request budget (4 a minute) is spent across sockets: three used, one left, then refused.
    await using fourth = await from('203.0.113.5');
    await fourth.waitFor((f) => f.type === 'connection');
    fourth.send({ message: 'and now?' });
    await fourth.waitFor((f) => f.type === 'error');
    fourth.send({ message: 'and now?' });
    await fourth.waitFor((f) => f.type === 'error' && f.error_type === 'rate_limited');
    // Another address is served meanwhile.
    await expectServed(gw.wsUrl, { headers: { 'x-real-ip': '198.51.100.9' } });
  });

  it('tRPC: too many concurrent turns on one connection, and an emergency while rate limited, arrive as a short refused turn', async () => {
    await using gw = await startTestGateway({ plugins, provider: slowProvider(), config: { MAX_CONCURRENT_TURNS_CONNECTION: 1, RATE_LIMIT_PER_MINUTE_CONNECTION: 2 } });
    const client = gw.client();
    const running = collectTurn(client.streamTurn({ message: 'tell me about colds' }));
    await expect.poll(() => gw.engine.activeTurns).toBe(1);
    const busy = await collectTurn(client.streamTurn({ message: EMERGENCY }));
    expect(busy.map((e) => e.event.type)).toEqual(['stream_start', 'emergency', 'error', 'stream_end']);
    expect(busy[2]?.event).toMatchObject({ errorType: 'busy', fatal: true });
    expect(busy[3]?.event).toMatchObject({ finishReason: 'error' });
    expect((await running).at(-1)?.event).toMatchObject({ finishReason: 'stop' });

    await collectTurn(client.streamTurn({ message: 'one more' }));
    const limited = await collectTurn(client.streamTurn({ message: EMERGENCY }));
    expect(limited.map((e) => e.event.type)).toEqual(['stream_start', 'emergency', 'error', 'stream_end']);
    expect(limited[2]?.event).toMatchObject({ errorType: 'rate_limited', retryAfterSeconds: expect.any(Number) });
    // Other calls on the same connection are refused too, with the wait in the error data.
    await expect(client.trpc.session.list.query()).rejects.toMatchObject({ data: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: expect.any(Number) } });
    const other = gw.client();
    expect((await collectTurn(other.streamTurn({ message: 'hello' }))).at(-1)?.event).toMatchObject({ finishReason: 'stop' });
  });

  it('LLM_MAX_OUTPUT_TOKENS is enforced on what a provider streams, even one that ignores max_tokens', async () => {
    // A provider that never stops on its own: only the cap ends (and unsubscribes) it.
    const streamed = { deltas: 0, stopped: false };
    const runaway: LlmProvider = {
      name: 'runaway',
      stream: () =>
        new Observable<LlmChunk>((subscriber) => {
          const timer = setInterval(() => {
            streamed.deltas++;
            subscriber.next({ type: 'delta', text: 'word ' });
          }, 1);
          return () => {
            streamed.stopped = true;
            clearInterval(timer);
          };
        }),
    };
    await using gw = await startTestGateway({ provider: runaway, config: { LLM_MAX_OUTPUT_TOKENS: 20 } });
    const events = await collectTurn(gw.client().streamTurn({ message: 'talk forever' }));
    // Token events may be merged for a lagging reader; the text is what counts.
    expect(events.map((e) => (e.event.type === 'token' ? e.event.content : '')).join('')).toBe('word '.repeat(20));
    expect(events.at(-1)?.event).toMatchObject({ finishReason: 'stop', usage: { outputTokens: 20 } });
    expect(streamed.stopped).toBe(true);
    expect(streamed.deltas).toBeLessThanOrEqual(21);
  });
});
