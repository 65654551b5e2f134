import superjson from 'superjson';
import { describe, expect, it } from 'vitest';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { keywordSafety } from '../fakes/testPlugins.ts';
import { openRawSocket } from '../harness/openRawSocket.ts';
import { openRawTurn } from '../resume/rawTurnStream.ts';
import { collectTurn, startTestGateway } from '../harness/startTestGateway.ts';
import { codeOf, expectSessionHiddenFrom } from './expectSessionHidden.ts';

const AUTH = { AUTH_MODE: 'token', AUTH_TOKENS: 'token1:user1,token2:user2' } as const;
const plugins = [{ plugin: keywordSafety }];

describe('token auth over tRPC', () => {
  it('refuses every procedure without a token or with a wrong one (socket closed with 4401), leaking nothing', async () => {
    await using gw = await startTestGateway({ plugins, config: AUTH });
    for (const client of [gw.client(), gw.client({ token: 'token3' }), gw.client({ token: 'token1x' })]) {
      expect(await codeOf(collectTurn(client.streamTurn({ message: 'hello' })))).toBe('UNAUTHORIZED');
      expect(await codeOf(client.trpc.profile.get.query())).toBe('UNAUTHORIZED');
      expect(await codeOf(client.trpc.session.list.query())).toBe('UNAUTHORIZED');
    }
    // Nothing ran: no turn, no session.
    expect(await gw.store.listSessions('user1')).toEqual([]);
  });

  it('accepts the token as an Authorization: Bearer header at the upgrade', async () => {
    await using gw = await startTestGateway({ plugins, config: AUTH });
    await gw.client({ token: 'token1' }).trpc.profile.upsert.mutate({ age: 52 });
    const query = (raw: Awaited<ReturnType<typeof openRawSocket>>) => {
      raw.send({ id: 1, method: 'query', params: { path: 'profile.get', input: { json: null } } });
      return raw.waitFor<any>((f) => f.id === 1);
    };
    await using good = await openRawSocket(`${gw.wsUrl}/trpc`, { headers: { authorization: 'Bearer token1' } });
    expect((await query(good)).result.data.json).toEqual({ age: 52 });
    // A wrong token: the socket is closed with 4401 before tRPC reads anything on it.
    await using bad = await openRawSocket(`${gw.wsUrl}/trpc`, { headers: { authorization: 'Bearer token9' } });
    bad.send({ id: 1, method: 'query', params: { path: 'profile.get', input: { json: null } } });
    expect(await bad.closed).toEqual({ code: 4401, reason: 'Invalid credentials' });
    expect(JSON.stringify(bad.frames)).not.toContain('52');
  });

  it("keeps each user's sessions, turns and profile to that user", async () => {
    const provider = createScriptedProvider({ tokens: Array.from({ length: 40 }, (_, i) => `w${i} `), delayMs: 5 });
    await using gw = await startTestGateway({ plugins, provider, config: AUTH });
    const alice = gw.client({ token: 'token1' });
    const mallory = gw.client({ token: 'token2' });
    await alice.trpc.profile.upsert.mutate({ age: 61, chronicConditions: ['diabetes'] });

    const events = await collectTurn(alice.streamTurn({ message: 'my private symptom' }));
    const start = events[0]?.event;
    if (start?.type !== 'stream_start') throw new Error('no stream_start');
    const { sessionId, turnId } = start;

    await expectSessionHiddenFrom(mallory, sessionId);
    // Resuming her turn by event id, as wsLink would after a reconnect.
    const resume = await openRawSocket(`${gw.wsUrl}/trpc`, { headers: { authorization: 'Bearer token2' } });
    resume.send({ id: 7, method: 'subscription', params: { path: 'chat.stream', input: superjson.serialize({ message: 'x' }), lastEventId: `${turnId}:2` } });
    const refused = await resume.waitFor<any>((f) => f.id === 7 && f.error);
    expect(refused.error.json.data.code).toBe('NOT_FOUND');
    expect(JSON.stringify(resume.frames)).not.toContain('w1 ');
    await resume[Symbol.asyncDispose]();
    expect((await alice.trpc.session.history.query({ sessionId })).map((m) => m.role)).toEqual(['user', 'assistant']);

    // Her next turn, still running, cannot be stopped by him.
    const running = await openRawTurn(gw.wsUrl, { input: { message: 'another one', sessionId }, headers: { authorization: 'Bearer token1' } });
    await running.waitForEvents(8);
    const runningTurn = running.events()[0]?.id.split(':')[0] as string;
    expect(await codeOf(mallory.cancel(runningTurn))).toBe('NOT_FOUND');
    await running.waitForEnd();
    expect(running.events().at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
    await running[Symbol.asyncDispose]();
  });

  it('needs an authenticated user for profiles and sessions when auth is off', async () => {
    await using gw = await startTestGateway({ plugins });
    const client = gw.client();
    expect(await codeOf(client.trpc.profile.get.query())).toBe('UNAUTHORIZED');
    expect(await codeOf(client.trpc.session.list.query())).toBe('UNAUTHORIZED');
    expect((await collectTurn(client.streamTurn({ message: 'hi' }))).at(-1)?.event.type).toBe('stream_end');
  });
});
