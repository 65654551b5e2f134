import { describe, expect, it } from 'vitest';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { openRawSocket, type RawSocket } from '../harness/openRawSocket.ts';
import { collectTurn, startTestGateway } from '../harness/startTestGateway.ts';
import { expectServed } from './expectServed.ts';

const AUTH = { AUTH_MODE: 'token', AUTH_TOKENS: 'good-token:alice' } as const;
const sub = (id: unknown, message = 'hello') => ({ id, method: 'subscription', params: { path: 'chat.stream', input: { json: { message } } } });

async function stillAnswers(raw: RawSocket, id = 9999): Promise<void> {
  raw.send({ id, method: 'query', params: { path: 'session.list', input: { json: null } } });
  await raw.waitFor((f) => f.id === id);
}

describe('tRPC message fuzz', () => {
  it('malformed ids, unknown methods and paths, junk and duplicate subscription ids get errors; the socket keeps serving', async () => {
    await using gw = await startTestGateway({ config: { MAX_SUBSCRIPTIONS_PER_CONNECTION: 50 } });
    await using raw = await openRawSocket(`${gw.wsUrl}/trpc`);
    const junk: unknown[] = [
      { id: null, method: 'query', params: { path: 'session.list' } },
      { id: { nested: true }, method: 'query', params: { path: 'session.list' } },
      { id: 1, method: 'delete_everything', params: { path: 'session.list' } },
      { id: 2, method: 'query', params: { path: 'constructor' } },
      { id: 3, method: 'query', params: { path: '__proto__.toString' } },
      { id: 4, method: 'mutation', params: { path: 'chat.stream', input: { json: { message: 'x' } } } },
      { id: 5 },
      'not json at all',
    ];
    for (const message of junk) {
      if (typeof message === 'string') raw.sendRaw(message);
      else raw.send(message);
    }
    await expect.poll(() => raw.frames.filter((f: any) => f.error).length).toBe(junk.length);
    expect(await raw.waitFor<any>((f) => f.id === 4)).toMatchObject({ error: { json: { data: { code: 'NOT_FOUND' } } } });
    for (const f of raw.frames.filter((f: any) => f.id === null) as any[]) expect(f.error.json).toMatchObject({ message: 'Malformed tRPC message', data: { code: 'PARSE_ERROR' } });
    raw.send(sub(7));
    raw.send(sub(7));
    expect(await raw.waitFor<any>((f) => f.id === 7 && f.error)).toMatchObject({ error: { json: { data: { code: 'BAD_REQUEST' } } } });
    await stillAnswers(raw);
    expect(JSON.stringify(raw.frames)).not.toMatch(/"stack"|\.ts:\d+/);
    await expectServed(gw.wsUrl);
  });

  it('a huge batch (amplification) is refused as a whole; too many subscriptions on one socket are refused turns', async () => {
    const provider = createScriptedProvider({ tokens: Array.from({ length: 40 }, (_, i) => `w${i} `), delayMs: 25 });
    await using gw = await startTestGateway({ provider, config: { TRPC_MAX_BATCH_SIZE: 5, MAX_SUBSCRIPTIONS_PER_CONNECTION: 2 } });
    await using raw = await openRawSocket(`${gw.wsUrl}/trpc`);
    raw.sendRaw(JSON.stringify(Array.from({ length: 50 }, (_, i) => ({ id: 100 + i, method: 'query', params: { path: 'session.list', input: { json: null } } }))));
    await expect.poll(() => raw.frames.filter((f: any) => f.id >= 100 && f.id < 150).length).toBe(50);
    for (const f of raw.frames.filter((f: any) => f.id >= 100) as any[]) expect(f.error.json.message).toBe('Batch call exceeds maximum size');

    const client = gw.client();
    const open = [0, 1].map(() => client.streamTurn({ message: 'hi' })[Symbol.asyncIterator]());
    await Promise.all(open.map((it) => it.next()));
    const third = await collectTurn(client.streamTurn({ message: 'hi' }));
    expect(third.map((e) => e.event.type)).toEqual(['stream_start', 'error', 'stream_end']);
    expect(third[1]?.event).toMatchObject({ errorType: 'busy', message: 'Too many open subscriptions on this connection' });
    await Promise.all(open.map((it) => it.return?.()));
    await expectServed(gw.wsUrl);
  });

  it('bad connectionParams, or none before the deadline (unauthenticated sockets held open): closed with 4401', async () => {
    await using gw = await startTestGateway({ config: { ...AUTH, AUTH_CONNECTION_PARAMS_TIMEOUT_MS: 300 } });
    const url = `${gw.wsUrl}/trpc?connectionParams=1`;
    const cases: (string | object)[] = [
      'garbage',
      { method: 'connectionParams', data: null },
      { method: 'connectionParams', data: { token: 42 } },
      { method: 'connectionParams', data: { token: 'wrong' } },
      { method: 'connectionParams', data: { token: 'good-token', __proto__: { polluted: 1 } } },
      sub(1),
    ];
    for (const first of cases.slice(0, 4).concat(cases.slice(5))) {
      await using raw = await openRawSocket(url);
      if (typeof first === 'string') raw.sendRaw(first);
      else raw.send(first);
      raw.send(sub(2));
      expect((await raw.closed).code, JSON.stringify(first)).toBe(4401);
      expect(raw.frames.some((f: any) => f.result)).toBe(false);
    }
    await using silent = await openRawSocket(url);
    expect(await silent.closed).toEqual({ code: 4401, reason: 'connectionParams.token not received in time' });
    await using noParams = await openRawSocket(`${gw.wsUrl}/trpc`);
    expect((await noParams.closed).code).toBe(4401);

    // Well-behaved: the typed client's connectionParams, and the header at the upgrade.
    const events = await collectTurn(gw.client({ token: 'good-token' }).streamTurn({ message: 'hello' }));
    expect(events.at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
    await using header = await openRawSocket(`${gw.wsUrl}/trpc`, { headers: { authorization: 'Bearer good-token' } });
    await stillAnswers(header);
    await expect(collectTurn(gw.client({ token: 'wrong' }).streamTurn({ message: 'hello' }))).rejects.toMatchObject({ data: { code: 'UNAUTHORIZED' } });
  });
});
