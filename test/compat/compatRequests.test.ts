import { describe, expect, it, vi } from 'vitest';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { keywordSafety } from '../fakes/testPlugins.ts';
import { openRawSocket } from '../harness/openRawSocket.ts';
import { startTestGateway } from '../harness/startTestGateway.ts';
import { CHAT_PATH, conversation, expectGuideFrames, openCompatSocket, textOf } from './compatSocket.ts';

const plugins = [{ plugin: keywordSafety }];
const slowWords = (n: number) => Array.from({ length: n }, (_, i) => `w${i} `);

describe('compat endpoint: bad input is an error frame and the connection stays open', () => {
  it('answers each malformed frame with one validation_error, then serves the next message', async () => {
    await using gw = await startTestGateway({ plugins, config: { MAX_MESSAGE_CHARS: 50 } });
    await using ws = await openCompatSocket(gw.wsUrl);
    const bad = [
      '{not json',
      '[1,2]',
      '{}',
      '{"message":"   "}',
      '{"message":42}',
      '{"message":"x","enable_agents":"yes"}',
      `{"message":"${'y'.repeat(51)}"}`,
      '{"message":"hi","session_id":"optional-session-id"}',
      '{"message":"hi","patient_profile":{"age":-3}}',
      '{"type":"subscribe"}',
    ];
    for (const text of bad) {
      const before = ws.frames.length;
      ws.sendRaw(text);
      await ws.waitFor((f) => f.type === 'error', before);
    }
    expect(conversation(ws.frames.slice(1)).map((line) => line.replace(/,"issues":\[.*?\]/, ''))).toMatchInlineSnapshot(`
      [
        "{"type":"error","error_type":"validation_error","message":"Invalid JSON","timestamp":"<ts>"}",
        "{"type":"error","error_type":"validation_error","message":"A frame must be a JSON object","timestamp":"<ts>"}",
        "{"type":"error","error_type":"validation_error","message":"message is required","timestamp":"<ts>"}",
        "{"type":"error","error_type":"validation_error","message":"Message cannot be empty","timestamp":"<ts>"}",
        "{"type":"error","error_type":"validation_error","message":"message must be a string","timestamp":"<ts>"}",
        "{"type":"error","error_type":"validation_error","message":"enable_agents must be a boolean","timestamp":"<ts>"}",
        "{"type":"error","error_type":"validation_error","message":"Message is longer than 50 characters","timestamp":"<ts>"}",
        "{"type":"error","error_type":"validation_error","message":"session_id must be a UUID","timestamp":"<ts>"}",
        "{"type":"error","error_type":"validation_error","message":"patient_profile.age: Too small: expected number to be >=0","timestamp":"<ts>"}",
        "{"type":"error","error_type":"validation_error","message":"type must be \\"message\\", \\"cancel\\" or \\"history\\" (or absent for a message)","timestamp":"<ts>"}",
      ]
    `);
    expect(ws.frames.slice(1).every((f: any) => Array.isArray(f.issues))).toBe(true);
    ws.send({ message: 'a fine question' });
    const turn = await ws.nextTurn(ws.frames.length);
    expect(turn.at(-1)).toMatchObject({ type: 'stream_end', metadata: { finish_reason: 'stop' } });
  });

  it('accepts null for optional fields, as Python clients send None', async () => {
    await using gw = await startTestGateway({ plugins });
    await using ws = await openCompatSocket(gw.wsUrl);
    ws.send({ message: 'hi', session_id: null, enable_agents: null, patient_profile: null, client_message_id: null });
    const turn = await ws.nextTurn();
    expect(turn.at(-1)).toMatchObject({ type: 'stream_end', metadata: { session_id: ws.sessionId } });
  });
});

describe('compat endpoint: one turn at a time per connection', () => {
  it('queues a message sent while a turn streams, and answers it after stream_end', async () => {
    const provider = createScriptedProvider({ tokens: slowWords(10), delayMs: 5 });
    await using gw = await startTestGateway({ plugins, provider });
    await using ws = await openCompatSocket(gw.wsUrl);
    ws.send({ message: 'first' });
    await ws.waitFor((f) => f.type === 'token');
    ws.send({ message: 'second' });
    ws.sendRaw('{"message":""}');
    await vi.waitFor(() => expect(ws.frames.filter((f: any) => f.type === 'stream_end')).toHaveLength(2), { timeout: 5000 });
    await ws.waitFor((f) => f.type === 'error');
    expectGuideFrames(ws.frames);
    // Requests are answered in order: turn, turn, error; never interleaved.
    const kinds = ws.frames.filter((f: any) => ['stream_start', 'stream_end', 'error'].includes(f.type)).map((f: any) => f.type);
    expect(kinds).toEqual(['stream_start', 'stream_end', 'stream_start', 'stream_end', 'error']);
    const ends = ws.frames.filter((f: any) => f.type === 'stream_end');
    expect(ends.map((f: any) => f.metadata.session_id)).toEqual([ws.sessionId, ws.sessionId]);
  });

  it('refuses with busy once four messages are already waiting', async () => {
    const provider = createScriptedProvider({ tokens: slowWords(20), delayMs: 5 });
    await using gw = await startTestGateway({ plugins, provider });
    await using ws = await openCompatSocket(gw.wsUrl);
    ws.send({ message: 'running' });
    await ws.waitFor((f) => f.type === 'stream_start');
    for (let i = 0; i < 5; i++) ws.send({ message: `waiting ${i}` });
    const busy = await ws.waitFor<any>((f) => f.type === 'error');
    expectGuideFrames([busy]);
    expect(busy).toMatchObject({ error_type: 'busy', retryable: true });
    // The busy refusal comes while the first answer is still streaming; the four waiting ones run.
    expect(ws.frames.filter((f: any) => f.type === 'stream_end')).toHaveLength(0);
    await vi.waitFor(() => expect(ws.frames.filter((f: any) => f.type === 'stream_end')).toHaveLength(5), { timeout: 10_000 });
  });
});

describe('compat endpoint: cancel and resend', () => {
  it('cancel stops the running turn with finish_reason cancelled', async () => {
    const provider = createScriptedProvider({ tokens: slowWords(200), delayMs: 5 });
    await using gw = await startTestGateway({ plugins, provider });
    await using ws = await openCompatSocket(gw.wsUrl);
    ws.send({ message: 'long answer please' });
    await ws.waitFor((f) => f.type === 'token');
    ws.send({ type: 'cancel' });
    const turn = await ws.nextTurn();
    expectGuideFrames(turn);
    expect(turn.at(-1)).toMatchObject({ type: 'stream_end', metadata: { finish_reason: 'cancelled' } });
    expect(provider.emitted).toBeLessThan(200);
    // Nothing runs now: a cancel is acknowledged, not an error.
    ws.send({ type: 'cancel' });
    const ack = await ws.waitFor<any>((f) => f.type === 'status' && f.status === 'nothing_to_cancel');
    expectGuideFrames([ack]);
  });

  it('a resend with the same client_message_id after a reconnect replays the turn instead of starting another', async () => {
    const words = slowWords(30);
    const provider = createScriptedProvider({ tokens: words, delayMs: 5 });
    await using gw = await startTestGateway({ plugins, provider });
    const first = await openCompatSocket(gw.wsUrl);
    const request = { message: 'my question', client_message_id: 'msg-1', session_id: first.sessionId };
    first.send(request);
    await first.waitFor((f) => f.type === 'token');
    first.ws.terminate();
    expectGuideFrames(first.frames);

    await using second = await openCompatSocket(gw.wsUrl);
    second.send(request);
    const turn = await second.nextTurn();
    expectGuideFrames(turn);
    expect(textOf(turn)).toBe(words.join(''));
    expect(turn.at(-1)).toMatchObject({ metadata: { session_id: first.sessionId, finish_reason: 'stop' } });
    expect(provider.requests).toHaveLength(1);
    // Also once the turn has finished, and on the same connection.
    second.send(request);
    const again = await second.nextTurn(second.frames.length);
    expect(textOf(again)).toBe(words.join(''));
    expect(provider.requests).toHaveLength(1);
    const messages = await gw.store.getMessages(first.sessionId);
    expect(messages.map((m) => m.role)).toEqual(['user', 'assistant']);
  });

  it("regression: an anonymous client reusing another session's client_message_id gets its own turn, not the other person's answer", async () => {
    const provider = createScriptedProvider({ tokens: ['private ', 'answer'] });
    await using gw = await startTestGateway({ plugins, provider });
    await using alice = await openCompatSocket(gw.wsUrl);
    alice.send({ message: 'my own symptoms', client_message_id: '1', session_id: alice.sessionId });
    const hers = (await alice.nextTurn(1)).find((f) => f.type === 'stream_start');
    await using bob = await openCompatSocket(gw.wsUrl);
    bob.send({ message: 'something else', client_message_id: '1' });
    const his = await bob.nextTurn(1);
    expectGuideFrames(his);
    expect(his[0]).toMatchObject({ type: 'stream_start', metadata: { session_id: bob.sessionId } });
    expect(his[0].metadata.turn_id).not.toBe(hers.metadata.turn_id);
    expect(provider.requests).toHaveLength(2);
    expect((await gw.store.getMessages(bob.sessionId)).map((m) => m.content)).toEqual(['something else', 'private answer']);
  });
});

describe('compat endpoint: /api/v1/ws/chat/{user_id}', () => {
  it("merges the message's patient_profile over the user's stored profile", async () => {
    const provider = createScriptedProvider({ tokens: ['ok'] });
    await using gw = await startTestGateway({ plugins, provider });
    await gw.store.upsertProfile('user-42', { age: 45, chronicConditions: ['diabetes'], allergies: { drug: ['penicillin'] } });
    await using ws = await openCompatSocket(gw.wsUrl, `${CHAT_PATH}/user-42`);
    expect(ws.frames[0]).toMatchObject({ type: 'connection', status: 'connected', user_id: 'user-42' });
    ws.send({
      message: "I'm feeling dizzy",
      patient_profile: { age: 46, current_medications: [{ name: 'Metformin', dose: '1000mg' }], allergies: { food: ['peanuts'] }, unknown_field: 1 },
    });
    await ws.nextTurn();
    expect(provider.requests[0]?.grounding.profile).toEqual({
      age: 46,
      chronicConditions: ['diabetes'],
      currentMedications: [{ name: 'Metformin', dose: '1000mg' }],
      allergies: { drug: ['penicillin'], food: ['peanuts'] },
    });
    // Sessions of the user endpoint belong to that user.
    expect((await gw.store.getSession(ws.sessionId))?.userId).toBe('user-42');
    await using anonymous = await openCompatSocket(gw.wsUrl);
    // Another user's session is not found, as an unknown one is (issue 18: nothing tells a stranger it exists).
    anonymous.send({ type: 'history', session_id: ws.sessionId });
    expect(await anonymous.waitFor((f) => f.type === 'error')).toMatchObject({ error_type: 'not_found' });
    anonymous.send({ message: 'hi', session_id: ws.sessionId });
    expect(await anonymous.waitFor((f) => f.type === 'error', 2)).toMatchObject({ error_type: 'not_found' });
  });

  it('refuses a malformed user id with an error frame and close code 1008; unknown paths get 404', async () => {
    await using gw = await startTestGateway({ plugins });
    await using raw = await openRawSocket(`${gw.wsUrl}${CHAT_PATH}/${'u'.repeat(129)}`);
    expect(await raw.closed).toMatchObject({ code: 1008 });
    expectGuideFrames(raw.frames);
    expect(raw.frames).toMatchObject([{ type: 'error', error_type: 'validation_error' }]);
    await expect(openRawSocket(`${gw.wsUrl}${CHAT_PATH}/a/b`)).rejects.toThrow('HTTP 404');
    await expect(openRawSocket(`${gw.wsUrl}/api/v1/ws/other`)).rejects.toThrow('HTTP 404');
  });
});

describe('GET /', () => {
  it('serves the browser client', async () => {
    await using gw = await startTestGateway({ plugins });
    const res = await fetch(`${gw.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('/api/v1/ws/chat');
    const head = await fetch(`${gw.url}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect((await fetch(`${gw.url}/nope`)).status).toBe(404);
  });
});
