import { randomUUID } from 'node:crypto';
import superjson from 'superjson';
import { describe, expect, it, vi } from 'vitest';
import type { ChatEvent } from '../../server/protocol/chatEvent.ts';
import { openCompatSocket, type CompatSocket } from '../compat/compatSocket.ts';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { keywordSafety } from '../fakes/testPlugins.ts';
import { openRawSocket } from '../harness/openRawSocket.ts';
import { collectTurn, startTestGateway, type TestGateway } from '../harness/startTestGateway.ts';
import { openRawTurn, textOf } from '../resume/rawTurnStream.ts';

/**
 * Every chat use case on both transports against one real gateway (port 0, real `ws` clients): the
 * chat service answers both, so what differs is only how each transport renders the same outcome.
 * The differences that remain are listed in docs/compat.md.
 */
const EMERGENCY = 'I have crushing chest pain';
const AUTH = { AUTH_MODE: 'token', AUTH_TOKENS: 'token1:alice,token2:mallory' } as const;
const plugins = [{ plugin: keywordSafety }];
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const compatAs = (gw: TestGateway, token: string) => openCompatSocket(gw.wsUrl, `/api/v1/ws/chat?token=${token}`);
const slowProvider = () => createScriptedProvider({ tokens: Array.from({ length: 60 }, (_, i) => `w${i} `), delayMs: 10 });

/** What a refusal looked like on a transport: the advice it carried first (if any), then its kind. */
interface SeenRefusal {
  readonly advice: string | undefined;
  readonly kind: string;
}

/** A chat.stream call spoken raw, as wsLink does: a refused turn (limits) or a tRPC error. */
async function trpcRefusal(gw: TestGateway, token: string, input: Record<string, unknown>, before?: (raw: Awaited<ReturnType<typeof openRawTurn>>) => Promise<void>): Promise<SeenRefusal> {
  await using raw = await openRawTurn(gw.wsUrl, { input, headers: bearer(token) });
  await before?.(raw);
  await raw.waitForEnd();
  const error = raw.error();
  if (error) return { advice: error.error.json.data.emergency?.advice, kind: error.error.json.data.code };
  const events = raw.events().map((e) => e.event);
  const emergency = events.find((e): e is Extract<ChatEvent, { type: 'emergency' }> => e.type === 'emergency');
  const fatal = events.find((e): e is Extract<ChatEvent, { type: 'error' }> => e.type === 'error');
  // The advice comes before the refusal, and nothing of an answer is in a refused turn.
  expect(events.map((e) => e.type)).toEqual(['stream_start', ...(emergency ? ['emergency'] : []), 'error', 'stream_end']);
  return { advice: emergency?.advice, kind: fatal?.errorType ?? 'none' };
}

/** A compat frame's refusal: the `emergency` frame (if any), then the `error` frame, nothing else. */
async function compatRefusal(ws: CompatSocket, frame: unknown): Promise<SeenRefusal> {
  const from = ws.frames.length;
  ws.send(frame);
  const error = await ws.waitFor<{ error_type: string }>((f) => f.type === 'error', from);
  // Frames of a turn still streaming on the connection may interleave; the refusal's own are these.
  const frames = (ws.frames.slice(from, ws.frames.indexOf(error) + 1) as { type: string; advice?: string }[]).filter((f) => f.type === 'emergency' || f.type === 'error');
  expect(frames.map((f) => f.type)).toEqual([...(frames.length === 2 ? ['emergency'] : []), 'error']);
  return { advice: frames.find((f) => f.type === 'emergency')?.advice, kind: error.error_type };
}

describe('one chat service behind both transports', () => {
  it('start, continue and history: the same conversation on both, read back the same', async () => {
    await using gw = await startTestGateway({ plugins, config: AUTH });
    const alice = gw.client({ token: 'token1' });
    const first = await collectTurn(alice.streamTurn({ message: 'first question' }));
    const start = first[0]?.event;
    if (start?.type !== 'stream_start') throw new Error('no stream_start');
    const next = await collectTurn(alice.streamTurn({ message: 'second question', sessionId: start.sessionId }));
    expect(next.at(-1)?.event).toMatchObject({ type: 'stream_end', sessionId: start.sessionId, finishReason: 'stop' });

    await using ws = await compatAs(gw, 'token1');
    ws.send({ message: 'first question' });
    const compatFirst = await ws.nextTurn();
    ws.send({ message: 'second question' });
    const compatNext = await ws.nextTurn(ws.frames.length);
    expect(compatNext.at(-1)).toMatchObject({ type: 'stream_end', metadata: { session_id: ws.sessionId, finish_reason: 'stop' } });
    // The same answer text on both.
    const compatText = (frames: any[]) => frames.filter((f) => f.type === 'token').map((f) => f.content).join('');
    expect(compatText(compatFirst)).toBe(textOf(first));

    const trpcHistory = await alice.trpc.session.history.query({ sessionId: start.sessionId });
    ws.send({ type: 'history' });
    const compatHistory = await ws.waitFor<any>((f) => f.type === 'history');
    expect(compatHistory.messages.map((m: any) => [m.role, m.content])).toEqual(trpcHistory.map((m) => [m.role, m.content]));
    expect(trpcHistory.map((m) => m.content)).toEqual(['first question', 'Hello there.', 'second question', 'Hello there.']);
    // The tRPC history in pages: a cursor and a has-more signal.
    const page1 = await alice.trpc.session.historyPage.query({ sessionId: start.sessionId, pageSize: 3 });
    expect(page1).toMatchObject({ hasMore: true, nextCursor: expect.any(String) });
    const page2 = await alice.trpc.session.historyPage.query({ sessionId: start.sessionId, pageSize: 3, cursor: page1.nextCursor as string });
    expect(page2).toMatchObject({ hasMore: false, nextCursor: null });
    expect([...page1.messages, ...page2.messages]).toEqual(trpcHistory);
  });

  it('history of an unknown and of a foreign session: one not-found answer, on both transports', async () => {
    await using gw = await startTestGateway({ plugins, config: AUTH });
    const alice = gw.client({ token: 'token1' });
    const turn = await collectTurn(alice.streamTurn({ message: 'my private question' }));
    const hers = (turn[0]?.event as { sessionId: string }).sessionId;
    const unknown = randomUUID();
    const mallory = gw.client({ token: 'token2' });

    const trpcAnswer = async (sessionId: string) => {
      const error = await mallory.trpc.session.history.query({ sessionId }).catch((e: any) => e);
      return { code: error.data?.code, message: error.message };
    };
    expect(await trpcAnswer(hers)).toEqual(await trpcAnswer(unknown));
    expect(await trpcAnswer(hers)).toMatchObject({ code: 'NOT_FOUND' });
    const auditOf = async (sessionId: string) => (await mallory.trpc.session.audit.query({ sessionId }).catch((e: any) => e)).data?.code;
    expect([await auditOf(hers), await auditOf(unknown)]).toEqual(['NOT_FOUND', 'NOT_FOUND']);

    await using ws = await compatAs(gw, 'token2');
    const compatAnswer = async (sessionId: string) => {
      const from = ws.frames.length;
      ws.send({ type: 'history', session_id: sessionId });
      const frame = await ws.waitFor<any>((f) => f.type === 'error' || f.type === 'history', from);
      return { type: frame.type, error_type: frame.error_type, message: frame.message };
    };
    expect(await compatAnswer(hers)).toEqual(await compatAnswer(unknown));
    expect(await compatAnswer(hers)).toMatchObject({ type: 'error', error_type: 'not_found' });
    expect(JSON.stringify(ws.frames)).not.toContain('private');
  });

  it('resume: wsLink lastEventId and a resent client_message_id replay the same turn without starting another', async () => {
    await using gw = await startTestGateway({ plugins, config: AUTH, provider: createScriptedProvider({ tokens: ['one ', 'two ', 'three'] }) });
    const alice = gw.client({ token: 'token1' });
    const turn = await collectTurn(alice.streamTurn({ message: 'tell me' }));
    const start = turn[0]?.event;
    if (start?.type !== 'stream_start') throw new Error('no stream_start');
    await using resumed = await openRawTurn(gw.wsUrl, { input: { message: 'tell me' }, lastEventId: `${start.turnId}:0`, headers: bearer('token1') });
    await resumed.waitForEnd();
    expect(textOf(resumed.events())).toBe('one two three');
    expect(resumed.events()[0]?.id).toBe(`${start.turnId}:1`);

    await using ws = await compatAs(gw, 'token1');
    ws.send({ message: 'tell me', client_message_id: 'm-1' });
    const original = await ws.nextTurn();
    await using again = await compatAs(gw, 'token1');
    again.send({ message: 'tell me', client_message_id: 'm-1', session_id: ws.sessionId });
    const replay = await again.nextTurn();
    // A replay's tokens arrive together and may be merged into fewer frames: the same text, the same other frames.
    const shape = (frames: any[]) => ({ text: frames.filter((f) => f.type === 'token').map((f) => f.content).join(''), others: frames.filter((f) => f.type !== 'token' && f.type !== 'connection').map((f) => f.type) });
    expect(shape(replay)).toEqual(shape(original));
    expect(shape(replay).text).toBe('one two three');
    expect(replay.at(-1).metadata.turn_id).toBe(original.at(-1).metadata.turn_id);
    expect((await gw.store.listTurns(ws.sessionId)).length).toBe(1);

    // Someone else's turn is not found, as an unknown one is.
    await using foreign = await openRawTurn(gw.wsUrl, { input: { message: 'x' }, lastEventId: `${start.turnId}:0`, headers: bearer('token2') });
    await using unknown = await openRawTurn(gw.wsUrl, { input: { message: 'x' }, lastEventId: `${randomUUID()}:0`, headers: bearer('token2') });
    await foreign.waitForEnd();
    await unknown.waitForEnd();
    expect(foreign.error().error.json.data.code).toBe('NOT_FOUND');
    expect(foreign.error().error.message).toBe(unknown.error().error.message);
    expect(foreign.events()).toEqual([]);
  });

  it('cancel: a running turn stops on both; a foreign or unknown turn is not found on tRPC', async () => {
    await using gw = await startTestGateway({ plugins, config: AUTH, provider: slowProvider() });
    await using running = await openRawTurn(gw.wsUrl, { input: { message: 'long answer' }, headers: bearer('token1') });
    await running.waitForEvents(6);
    const turnId = running.events()[0]?.id.split(':')[0] as string;
    const mallory = gw.client({ token: 'token2' });
    const codeOf = async (id: string) => (await mallory.cancel(id).catch((e: any) => e)).data?.code;
    expect([await codeOf(turnId), await codeOf(randomUUID())]).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    await expect(gw.client({ token: 'token1' }).cancel(turnId)).resolves.toEqual({ cancelled: true });
    await running.waitForEnd();
    expect(running.events().at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'cancelled' });
    // Her own ended turn: a no-op, not an error.
    await expect(gw.client({ token: 'token1' }).cancel(turnId)).resolves.toEqual({ cancelled: false });

    await using ws = await compatAs(gw, 'token1');
    ws.send({ message: 'long answer' });
    await ws.waitFor((f) => f.type === 'token');
    ws.send({ type: 'cancel' });
    expect((await ws.nextTurn()).at(-1)).toMatchObject({ type: 'stream_end', metadata: { finish_reason: 'cancelled' } });
  });

  it("profile merge: the stored profile under the message's, field by field, on both", async () => {
    const provider = createScriptedProvider({ tokens: ['ok'] });
    await using gw = await startTestGateway({ plugins, config: AUTH, provider });
    const alice = gw.client({ token: 'token1' });
    await alice.trpc.profile.upsert.mutate({ age: 45, chronicConditions: ['diabetes'], allergies: { drug: ['penicillin'] } });
    const merged = { age: 46, chronicConditions: ['diabetes'], allergies: { drug: ['penicillin'], food: ['peanuts'] } };

    await collectTurn(alice.streamTurn({ message: 'dizzy', patientProfile: { age: 46, allergies: { food: ['peanuts'] } } }));
    expect(provider.requests.at(-1)?.grounding.profile).toEqual(merged);
    await using ws = await compatAs(gw, 'token1');
    ws.send({ message: 'dizzy', patient_profile: { age: 46, allergies: { food: ['peanuts'] } } });
    await ws.nextTurn();
    expect(provider.requests.at(-1)?.grounding.profile).toEqual(merged);
  });

  it('every refusal of a message describing an emergency carries the advice first, on both transports', async () => {
    await using gw = await startTestGateway({ plugins, config: { ...AUTH, MAX_MESSAGE_CHARS: 80 } });
    const advice = 'Call 911 now.';
    await using compat = await compatAs(gw, 'token1');

    // Over-long.
    const long = `${EMERGENCY} ${'and more '.repeat(20)}`;
    expect(await trpcRefusal(gw, 'token1', { message: long })).toEqual({ advice, kind: 'BAD_REQUEST' });
    expect(await compatRefusal(compat, { message: long })).toEqual({ advice, kind: 'validation_error' });
    // A profile with a wrong value; on tRPC also a field the schema does not know (compat drops those).
    expect(await trpcRefusal(gw, 'token1', { message: EMERGENCY, patientProfile: { age: -3 } })).toEqual({ advice, kind: 'BAD_REQUEST' });
    expect(await trpcRefusal(gw, 'token1', { message: EMERGENCY, patientProfile: { medications: [{ name: 'x' }] } })).toEqual({ advice, kind: 'BAD_REQUEST' });
    expect(await compatRefusal(compat, { message: EMERGENCY, patient_profile: { age: -3 } })).toEqual({ advice, kind: 'validation_error' });
    // A malformed session id.
    expect(await trpcRefusal(gw, 'token1', { message: EMERGENCY, sessionId: 'abc' })).toEqual({ advice, kind: 'BAD_REQUEST' });
    expect(await compatRefusal(compat, { message: EMERGENCY, session_id: 'abc' })).toEqual({ advice, kind: 'validation_error' });
    // Another user's session.
    const mallory = gw.client({ token: 'token2' });
    const theirs = ((await collectTurn(mallory.streamTurn({ message: 'hello' })))[0]?.event as { sessionId: string }).sessionId;
    expect(await trpcRefusal(gw, 'token1', { message: EMERGENCY, sessionId: theirs })).toEqual({ advice, kind: 'NOT_FOUND' });
    expect(await compatRefusal(compat, { message: EMERGENCY, session_id: theirs })).toEqual({ advice, kind: 'not_found' });
    // A resent client_message_id with another text (compat only: tRPC has no client message ids).
    compat.send({ message: 'hello', client_message_id: 'c-1' });
    await compat.nextTurn(compat.frames.length);
    expect(await compatRefusal(compat, { message: EMERGENCY, client_message_id: 'c-1' })).toEqual({ advice, kind: 'validation_error' });
    // Without an emergency in the text, the same refusal carries no advice.
    expect(await trpcRefusal(gw, 'token1', { message: 'x'.repeat(81) })).toEqual({ advice: undefined, kind: 'BAD_REQUEST' });
    expect(await compatRefusal(compat, { message: 'x'.repeat(81) })).toEqual({ advice: undefined, kind: 'validation_error' });
  });

  it("each transport's own cap (compat's queue, tRPC's turns per connection) refuses an emergency with the advice first", async () => {
    await using gw = await startTestGateway({ plugins, provider: slowProvider(), config: AUTH });
    const advice = 'Call 911 now.';
    // compat: one turn running and four messages queued behind it (the guide's one-conversation socket).
    await using compat = await compatAs(gw, 'token1');
    compat.send({ message: 'long answer' });
    await compat.waitFor((f) => f.type === 'token');
    for (let i = 0; i < 4; i++) compat.send({ message: `hello ${i}` });
    expect(await compatRefusal(compat, { message: EMERGENCY })).toEqual({ advice, kind: 'busy' });

    // tRPC: two turns running on one connection (MAX_CONCURRENT_TURNS_CONNECTION), a third is refused.
    await using raw = await openRawSocket(`${gw.wsUrl}/trpc`, { headers: bearer('token2') });
    const sub = (id: number, message: string) => raw.send({ id, method: 'subscription', params: { path: 'chat.stream', input: superjson.serialize({ message }) } });
    const dataOf = (id: number) => raw.frames.filter((f: any) => f.id === id && f.result?.type === 'data').map((f: any) => superjson.deserialize<{ data: ChatEvent }>(f.result.data).data);
    sub(1, 'long answer');
    sub(2, 'long answer');
    await vi.waitFor(() => expect([dataOf(1), dataOf(2)].every((events) => events.some((e) => e.type === 'token'))).toBe(true), { timeout: 10_000 });
    sub(3, EMERGENCY);
    await raw.waitFor((f) => f.id === 3 && f.result?.type === 'stopped', 0, 10_000);
    const events = dataOf(3);
    expect(events.map((e) => e.type)).toEqual(['stream_start', 'emergency', 'error', 'stream_end']);
    expect(events[1]).toMatchObject({ advice });
    expect(events[2]).toMatchObject({ errorType: 'busy' });
  });

  it('limits refuse in one order on both transports, each after the safety check', async () => {
    await using gw = await startTestGateway({ plugins, provider: slowProvider(), config: { ...AUTH, MAX_CONCURRENT_TURNS_USER: 1, RATE_LIMIT_PER_MINUTE_CONNECTION: 3 } });
    const advice = 'Call 911 now.';
    // Alice's one turn slot is taken: a second turn is busy, on either transport.
    await using running = await openRawTurn(gw.wsUrl, { input: { message: 'long answer' }, headers: bearer('token1') });
    await running.waitForEvents(4);
    expect(await trpcRefusal(gw, 'token1', { message: EMERGENCY })).toEqual({ advice, kind: 'busy' });
    await using compat = await compatAs(gw, 'token1');
    expect(await compatRefusal(compat, { message: EMERGENCY })).toEqual({ advice, kind: 'busy' });
    await running.waitForEnd();

    // The rate limit counts every request first, whatever else would refuse it.
    await using raw = await openRawSocket(`${gw.wsUrl}/trpc`, { headers: bearer('token2') });
    const sub = (id: number, message: string) => raw.send({ id, method: 'subscription', params: { path: 'chat.stream', input: superjson.serialize({ message }) } });
    for (let id = 1; id <= 3; id++) sub(id, `hello ${id}`);
    await raw.waitFor((f) => f.id === 3 && f.result?.type === 'stopped', 0, 20_000);
    sub(4, EMERGENCY);
    const limited = await raw.waitFor<any>((f) => f.id === 4 && f.result?.type === 'stopped', 0, 10_000);
    expect(limited).toBeDefined();
    const events = raw.frames.filter((f: any) => f.id === 4 && f.result?.type === 'data').map((f: any) => superjson.deserialize<{ data: ChatEvent }>(f.result.data).data);
    expect(events.map((e) => e.type)).toEqual(['stream_start', 'emergency', 'error', 'stream_end']);
    expect(events[2]).toMatchObject({ errorType: 'rate_limited', retryAfterSeconds: expect.any(Number) });

    await using flood = await compatAs(gw, 'token2');
    for (let i = 0; i < 3; i++) flood.send({ message: `hello ${i}` });
    expect(await compatRefusal(flood, { message: EMERGENCY })).toEqual({ advice, kind: 'rate_limited' });
  });
});
