import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { keywordSafety } from '../fakes/testPlugins.ts';
import { openRawTurn } from '../resume/rawTurnStream.ts';
import { openSseTurn } from '../e2e/openSseTurn.ts';
import { collectTurn, startTestGateway } from '../harness/startTestGateway.ts';

const config = { AUTH_MODE: 'token', AUTH_TOKENS: 'token1:user1,token2:user2' } as const;
const plugins = [{ plugin: keywordSafety }];

/** A chat.stream by hand on either transport: its events, their ids, and its error (if it ended with one). */
async function openTurn(transport: 'ws' | 'http', gw: { url: string; wsUrl: string }, opts: { input: { message: string; sessionId?: string }; lastEventId?: string; headers: Record<string, string> }) {
  if (transport === 'http') {
    const sse = await openSseTurn(gw.url, opts);
    return {
      waitForEvents: (n: number) => sse.waitFor(() => sse.tracked().length >= n),
      events: () => sse.tracked().map((e) => e.event),
      ids: () => sse.tracked().map((e) => e.id),
      ended: async () => {
        await sse.ended;
        const error = sse.events.find((e) => e.event === 'serialized-error');
        return error ? (JSON.parse(error.data) as unknown) : undefined;
      },
    };
  }
  const raw = await openRawTurn(gw.wsUrl, opts.lastEventId ? { lastEventId: opts.lastEventId, headers: opts.headers } : { input: opts.input, headers: opts.headers });
  return {
    waitForEvents: (n: number) => raw.waitForEvents(n),
    events: () => raw.events().map((e) => e.event),
    ids: () => raw.events().map((e) => e.id),
    ended: async () => {
      await raw.waitForEnd();
      await raw[Symbol.asyncDispose]();
      return raw.error()?.error;
    },
  };
}

async function firstSession(events: Awaited<ReturnType<typeof collectTurn>>): Promise<string> {
  const start = events[0]?.event;
  if (start?.type !== 'stream_start') throw new Error('no stream_start');
  return start.sessionId;
}

// On both transports (issue 20); raw turns are a WebSocket subscription or an SSE request.
describe.each(['ws', 'http'] as const)('profile.* and session.* over tRPC (%s)', (transport) => {
  it('validates and stores the profile, and a turn uses the stored one', async () => {
    await using gw = await startTestGateway({ plugins, config });
    const client = gw.client({ token: 'token1', transport });
    expect(await client.trpc.profile.get.query()).toBeNull();
    const bad = await client.trpc.profile.upsert.mutate({ age: -3 } as never).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(TRPCClientError);
    expect((bad as TRPCClientError<never>).data).toMatchObject({ code: 'BAD_REQUEST', zodIssues: [{ path: ['age'] }] });
    const profile = { age: 70, currentMedications: [{ name: 'warfarin', dose: '5 mg' }], allergies: { drug: ['penicillin'] } };
    expect(await client.trpc.profile.upsert.mutate(profile)).toEqual(profile);
    expect(await client.trpc.profile.get.query()).toEqual(profile);
    await collectTurn(client.streamTurn({ message: 'a question' }));
    expect(await gw.store.getProfile('user1')).toEqual(profile);
  });

  it('lists, reads back and deletes sessions', async () => {
    await using gw = await startTestGateway({ plugins, config });
    const client = gw.client({ token: 'token1', transport });
    const a = await firstSession(await collectTurn(client.streamTurn({ message: 'first' })));
    await collectTurn(client.streamTurn({ message: 'second', sessionId: a }));
    const b = await firstSession(await collectTurn(client.streamTurn({ message: 'other' })));
    expect((await client.trpc.session.list.query()).map((s) => s.id)).toEqual([b, a]);
    const history = await client.trpc.session.history.query({ sessionId: a });
    expect(history.map((m) => [m.role, m.content])).toEqual([
      ['user', 'first'],
      ['assistant', 'Hello there.'],
      ['user', 'second'],
      ['assistant', 'Hello there.'],
    ]);
    expect(history[1]).toMatchObject({ finishReason: 'stop' });
    expect(await client.trpc.session.history.query({ sessionId: a, limit: 1 })).toHaveLength(1);
    const turns = await gw.store.listTurns(a);
    expect(await client.trpc.session.delete.mutate({ sessionId: a })).toEqual({ deleted: true });
    expect((await client.trpc.session.list.query()).map((s) => s.id)).toEqual([b]);
    expect(await gw.store.readEvents(turns[0]?.id ?? '', 0)).toEqual([]);
    await expect(client.trpc.session.history.query({ sessionId: a })).rejects.toMatchObject({ data: { code: 'NOT_FOUND' } });
    await expect(client.trpc.session.history.query({ sessionId: 'nope' })).rejects.toMatchObject({ data: { code: 'BAD_REQUEST' } });
  });

  it('deleting a session stops its running turn and nothing replays it afterwards', async () => {
    // The first turn (no history yet) answers in 3 tokens, the next one at length.
    const provider = createScriptedProvider({ tokens: (req) => Array.from({ length: req.messages.length > 1 ? 400 : 3 }, (_, i) => `w${i} `), delayMs: 5 });
    await using gw = await startTestGateway({ plugins, provider, config });
    const client = gw.client({ token: 'token1', transport });
    const done = await collectTurn(client.streamTurn({ message: 'short' }));
    const sessionId = await firstSession(done);
    const auth = { authorization: 'Bearer token1' };
    const running = await openTurn(transport, gw, { input: { message: 'long', sessionId }, headers: auth });
    await running.waitForEvents(10);
    expect(await client.trpc.session.delete.mutate({ sessionId })).toEqual({ deleted: true });
    await running.ended();
    expect(running.events().at(-1)).toMatchObject({ type: 'stream_end', finishReason: 'cancelled' });
    expect(provider.emitted).toBeLessThan(3 + 400);
    for (const lastEventId of [done[2]?.id, running.ids()[2]]) {
      const replay = await openTurn(transport, gw, { input: { message: 'x' }, lastEventId: lastEventId as string, headers: auth });
      expect(await replay.ended()).toMatchObject({ json: { data: { code: 'NOT_FOUND' } } });
    }
    expect(await gw.store.getMessages(sessionId)).toEqual([]);
  });

  it('exports everything as JSON and erases everything of one user only', async () => {
    await using gw = await startTestGateway({ plugins, config });
    const alice = gw.client({ token: 'token1', transport });
    const bob = gw.client({ token: 'token2', transport });
    await alice.trpc.profile.upsert.mutate({ age: 33, pregnant: true });
    await bob.trpc.profile.upsert.mutate({ age: 44 });
    const sessionId = await firstSession(await collectTurn(alice.streamTurn({ message: 'I have crushing chest pain' })));
    await collectTurn(bob.streamTurn({ message: 'bob here' }));

    const exported = await alice.trpc.profile.export.query();
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
    expect(exported).toMatchObject({ userId: 'user1', profile: { age: 33, pregnant: true } });
    expect(exported.sessions).toHaveLength(1);
    expect(exported.sessions[0]).toMatchObject({ id: sessionId, messages: [{ role: 'user', content: 'I have crushing chest pain' }, { role: 'assistant' }] });
    expect(exported.sessions[0]?.turns[0]).toMatchObject({ status: 'finished', finishReason: 'stop' });
    expect(JSON.stringify(exported)).not.toContain('bob here');

    expect(await alice.trpc.profile.delete.mutate()).toEqual({ deleted: true, sessions: 1 });
    expect(await alice.trpc.profile.get.query()).toBeNull();
    expect(await alice.trpc.session.list.query()).toEqual([]);
    expect(await gw.store.getMessages(sessionId)).toEqual([]);
    expect(await bob.trpc.profile.get.query()).toEqual({ age: 44 });
    expect(await bob.trpc.session.list.query()).toHaveLength(1);
  });
});
