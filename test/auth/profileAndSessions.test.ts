import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { keywordSafety } from '../fakes/testPlugins.ts';
import { openRawTurn } from '../resume/rawTurnStream.ts';
import { collectTurn, startTestGateway } from '../harness/startTestGateway.ts';

const config = { AUTH_MODE: 'token', AUTH_TOKENS: 'token1:user1,token2:user2' } as const;
const plugins = [{ plugin: keywordSafety }];

async function firstSession(events: Awaited<ReturnType<typeof collectTurn>>): Promise<string> {
  const start = events[0]?.event;
  if (start?.type !== 'stream_start') throw new Error('no stream_start');
  return start.sessionId;
}

describe('profile.* and session.* over tRPC', () => {
  it('validates and stores the profile, and a turn uses the stored one', async () => {
    await using gw = await startTestGateway({ plugins, config });
    const client = gw.client({ token: 'token1' });
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
    const client = gw.client({ token: 'token1' });
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
    const client = gw.client({ token: 'token1' });
    const done = await collectTurn(client.streamTurn({ message: 'short' }));
    const sessionId = await firstSession(done);
    const running = await openRawTurn(gw.wsUrl, { input: { message: 'long', sessionId }, headers: { authorization: 'Bearer token1' } });
    await running.waitForEvents(10);
    expect(await client.trpc.session.delete.mutate({ sessionId })).toEqual({ deleted: true });
    await running.waitForEnd();
    expect(running.events().at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'cancelled' });
    expect(provider.emitted).toBeLessThan(3 + 400);
    for (const lastEventId of [done[2]?.id, running.events()[2]?.id]) {
      const replay = await openRawTurn(gw.wsUrl, { lastEventId: lastEventId as string, headers: { authorization: 'Bearer token1' } });
      await replay.waitForEnd();
      expect(replay.error().error.json.data.code).toBe('NOT_FOUND');
      await replay[Symbol.asyncDispose]();
    }
    expect(await gw.store.getMessages(sessionId)).toEqual([]);
    await running[Symbol.asyncDispose]();
  });

  it('exports everything as JSON and erases everything of one user only', async () => {
    await using gw = await startTestGateway({ plugins, config });
    const alice = gw.client({ token: 'token1' });
    const bob = gw.client({ token: 'token2' });
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
