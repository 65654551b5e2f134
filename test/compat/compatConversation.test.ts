import { describe, expect, it, vi } from 'vitest';
import { LlmError } from '../../server/llm/LlmError.ts';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { hangingAgent, historyAgent, keywordSafety, throwingAgent } from '../fakes/testPlugins.ts';
import { startTestGateway } from '../harness/startTestGateway.ts';
import { conversation, expectGuideFrames, openCompatSocket, textOf } from './compatSocket.ts';

const plugins = [{ plugin: keywordSafety }, { plugin: historyAgent }];

describe('compat endpoint: whole conversations', () => {
  it('streams a multi-agent turn as the guide shows it', async () => {
    await using gw = await startTestGateway({ plugins });
    await using ws = await openCompatSocket(gw.wsUrl);
    ws.send({ message: 'I have a mild headache', enable_agents: true });
    await ws.nextTurn();
    expect(conversation(ws.frames)).toMatchInlineSnapshot(`
      [
        "{"type":"connection","status":"connected","session_id":"<id1>","timestamp":"<ts>"}",
        "{"type":"stream_start","metadata":{"workflow":"multi_agent","agents":["emergency","history"],"session_id":"<id1>","turn_id":"<id2>"},"timestamp":"<ts>"}",
        "{"type":"status","status":"validating","details":{},"timestamp":"<ts>"}",
        "{"type":"status","status":"checking_emergency","details":{},"timestamp":"<ts>"}",
        "{"type":"status","status":"running_history","details":{"current_agent":"history"},"timestamp":"<ts>"}",
        "{"type":"status","status":"generating_response","details":{},"timestamp":"<ts>"}",
        "{"type":"token","content":"Hello","timestamp":"<ts>"}",
        "{"type":"token","content":" there","timestamp":"<ts>"}",
        "{"type":"token","content":".","timestamp":"<ts>"}",
        "{"type":"stream_end","metadata":{"agents_completed":["emergency","history"],"session_id":"<id1>","turn_id":"<id2>","finish_reason":"stop","usage":{"input_tokens":7,"output_tokens":3}},"timestamp":"<ts>"}",
      ]
    `);
  });

  it('sends the emergency frame before any agent status or token', async () => {
    await using gw = await startTestGateway({ plugins });
    await using ws = await openCompatSocket(gw.wsUrl);
    ws.send({ message: 'I have crushing chest pain' });
    await ws.nextTurn();
    expect(conversation(ws.frames)).toMatchInlineSnapshot(`
      [
        "{"type":"connection","status":"connected","session_id":"<id1>","timestamp":"<ts>"}",
        "{"type":"stream_start","metadata":{"workflow":"multi_agent","agents":["emergency","history"],"session_id":"<id1>","turn_id":"<id2>"},"timestamp":"<ts>"}",
        "{"type":"status","status":"validating","details":{},"timestamp":"<ts>"}",
        "{"type":"status","status":"checking_emergency","details":{},"timestamp":"<ts>"}",
        "{"type":"emergency","severity":"critical","reasons":["chest pain"],"advice":"Call 911 now.","agent":"emergency","timestamp":"<ts>"}",
        "{"type":"status","status":"running_history","details":{"current_agent":"history"},"timestamp":"<ts>"}",
        "{"type":"status","status":"generating_response","details":{},"timestamp":"<ts>"}",
        "{"type":"token","content":"Hello","timestamp":"<ts>"}",
        "{"type":"token","content":" there","timestamp":"<ts>"}",
        "{"type":"token","content":".","timestamp":"<ts>"}",
        "{"type":"stream_end","metadata":{"agents_completed":["emergency","history"],"session_id":"<id1>","turn_id":"<id2>","finish_reason":"stop","usage":{"input_tokens":7,"output_tokens":3}},"timestamp":"<ts>"}",
      ]
    `);
  });

  it('runs only the safety plugins with enable_agents false', async () => {
    await using gw = await startTestGateway({ plugins });
    await using ws = await openCompatSocket(gw.wsUrl);
    ws.send({ message: 'hello', enable_agents: false });
    await ws.nextTurn();
    expect(conversation(ws.frames)).toMatchInlineSnapshot(`
      [
        "{"type":"connection","status":"connected","session_id":"<id1>","timestamp":"<ts>"}",
        "{"type":"stream_start","metadata":{"workflow":"single","agents":["emergency"],"session_id":"<id1>","turn_id":"<id2>"},"timestamp":"<ts>"}",
        "{"type":"status","status":"validating","details":{},"timestamp":"<ts>"}",
        "{"type":"status","status":"checking_emergency","details":{},"timestamp":"<ts>"}",
        "{"type":"status","status":"generating_response","details":{},"timestamp":"<ts>"}",
        "{"type":"token","content":"Hello","timestamp":"<ts>"}",
        "{"type":"token","content":" there","timestamp":"<ts>"}",
        "{"type":"token","content":".","timestamp":"<ts>"}",
        "{"type":"stream_end","metadata":{"agents_completed":["emergency"],"session_id":"<id1>","turn_id":"<id2>","finish_reason":"stop","usage":{"input_tokens":7,"output_tokens":3}},"timestamp":"<ts>"}",
      ]
    `);
  });

  it('reports a failed plugin as an agent_failed status and finishes the answer', async () => {
    await using gw = await startTestGateway({ plugins: [{ plugin: keywordSafety }, { plugin: throwingAgent }, { plugin: hangingAgent }] });
    await using ws = await openCompatSocket(gw.wsUrl);
    ws.send({ message: 'hello' });
    await ws.nextTurn();
    expect(ws.frames.some((f: any) => f.type === 'error')).toBe(false);
    expect(conversation(ws.frames)).toMatchInlineSnapshot(`
      [
        "{"type":"connection","status":"connected","session_id":"<id1>","timestamp":"<ts>"}",
        "{"type":"stream_start","metadata":{"workflow":"multi_agent","agents":["emergency","thrower","hanger"],"session_id":"<id1>","turn_id":"<id2>"},"timestamp":"<ts>"}",
        "{"type":"status","status":"validating","details":{},"timestamp":"<ts>"}",
        "{"type":"status","status":"checking_emergency","details":{},"timestamp":"<ts>"}",
        "{"type":"status","status":"processing","details":{"current_agent":"thrower"},"timestamp":"<ts>"}",
        "{"type":"status","status":"agent_failed","details":{"agent":"thrower","error_type":"plugin_error","message":"Agent \\"thrower\\" failed","retryable":false},"timestamp":"<ts>"}",
        "{"type":"status","status":"processing","details":{"current_agent":"hanger"},"timestamp":"<ts>"}",
        "{"type":"status","status":"agent_failed","details":{"agent":"hanger","error_type":"plugin_timeout","message":"Agent \\"hanger\\" did not finish within 50 ms","retryable":true},"timestamp":"<ts>"}",
        "{"type":"status","status":"generating_response","details":{},"timestamp":"<ts>"}",
        "{"type":"token","content":"Hello","timestamp":"<ts>"}",
        "{"type":"token","content":" there","timestamp":"<ts>"}",
        "{"type":"token","content":".","timestamp":"<ts>"}",
        "{"type":"stream_end","metadata":{"agents_completed":["emergency"],"session_id":"<id1>","turn_id":"<id2>","finish_reason":"stop","usage":{"input_tokens":7,"output_tokens":3}},"timestamp":"<ts>"}",
      ]
    `);
  });

  it('ends a turn with the error frame on a fatal failure, sends nothing of it after, and keeps the connection', async () => {
    const provider = createScriptedProvider({
      tokens: ['Partial', ' answer'],
      failAfter: { count: 1, error: new LlmError('upstream_rate_limited', 'The model provider is rate limiting requests') },
    });
    await using gw = await startTestGateway({ plugins, provider });
    await using ws = await openCompatSocket(gw.wsUrl);
    ws.send({ message: 'hello' });
    const turn = await ws.nextTurn();
    expect(conversation(turn)).toMatchInlineSnapshot(`
      [
        "{"type":"connection","status":"connected","session_id":"<id1>","timestamp":"<ts>"}",
        "{"type":"stream_start","metadata":{"workflow":"multi_agent","agents":["emergency","history"],"session_id":"<id1>","turn_id":"<id2>"},"timestamp":"<ts>"}",
        "{"type":"status","status":"validating","details":{},"timestamp":"<ts>"}",
        "{"type":"status","status":"checking_emergency","details":{},"timestamp":"<ts>"}",
        "{"type":"status","status":"running_history","details":{"current_agent":"history"},"timestamp":"<ts>"}",
        "{"type":"status","status":"generating_response","details":{},"timestamp":"<ts>"}",
        "{"type":"token","content":"Partial","timestamp":"<ts>"}",
        "{"type":"error","error_type":"rate_limited","code":"upstream_rate_limited","message":"The model provider is rate limiting requests","retryable":true,"timestamp":"<ts>"}",
      ]
    `);
    // The engine's stream_end after the error is not forwarded, and the next message is served.
    const turnId = turn.find((f) => f.type === 'stream_start').metadata.turn_id as string;
    await vi.waitFor(async () => expect((await gw.store.getTurn(turnId))?.finishReason).toBe('error'));
    expect(ws.frames.filter((f: any) => f.type === 'stream_end')).toHaveLength(0);
    const next = ws.frames.length;
    ws.send({ message: 'again' });
    const again = await ws.nextTurn(next);
    expect(again.at(-1)).toMatchObject({ type: 'error', error_type: 'rate_limited' });
  });

  it('continues the connection session without session_id, and another session with it', async () => {
    await using gw = await startTestGateway({ plugins });
    await using ws = await openCompatSocket(gw.wsUrl);
    ws.send({ message: 'first message' });
    const first = await ws.nextTurn();
    expect(first.at(-1).metadata.session_id).toBe(ws.sessionId);
    ws.send({ message: 'second message' });
    const second = await ws.nextTurn(ws.frames.length);
    expect(second.at(-1).metadata.session_id).toBe(ws.sessionId);

    // A second connection continues the first one's conversation by naming it.
    await using other = await openCompatSocket(gw.wsUrl);
    expect(other.sessionId).not.toBe(ws.sessionId);
    other.send({ message: 'The pain is now worse', session_id: ws.sessionId });
    const third = await other.nextTurn();
    expect(third.at(-1).metadata.session_id).toBe(ws.sessionId);
    other.send({ type: 'history', session_id: ws.sessionId });
    const history = await other.waitFor<any>((f) => f.type === 'history');
    expectGuideFrames([history]);
    expect(history.messages.map((m: any) => [m.role, m.content])).toEqual([
      ['user', 'first message'],
      ['assistant', 'Hello there.'],
      ['user', 'second message'],
      ['assistant', 'Hello there.'],
      ['user', 'The pain is now worse'],
      ['assistant', 'Hello there.'],
    ]);
    // Without session_id, history is the connection's own session (empty: nothing was said on it).
    other.send({ type: 'history' });
    await vi.waitFor(() => expect(other.frames.filter((f: any) => f.type === 'history')).toHaveLength(2));
    expect(other.frames.at(-1)).toMatchObject({ type: 'history', session_id: other.sessionId, messages: [] });
  });

  it('does not cancel when the socket closes: the answer completes into history', async () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i} `);
    const provider = createScriptedProvider({ tokens: words, delayMs: 5 });
    await using gw = await startTestGateway({ plugins, provider });
    const ws = await openCompatSocket(gw.wsUrl);
    ws.send({ message: 'tell me a lot' });
    await ws.waitFor((f) => f.type === 'token');
    ws.ws.terminate();
    await ws.closed;
    expectGuideFrames(ws.frames);

    await using back = await openCompatSocket(gw.wsUrl);
    await vi.waitFor(
      async () => {
        back.send({ type: 'history', session_id: ws.sessionId });
        const history = await back.waitFor<any>((f) => f.type === 'history' && f.messages.length === 2, back.frames.length - 1, 500);
        expect(history.messages[1]).toMatchObject({ role: 'assistant', content: words.join(''), finish_reason: 'stop' });
      },
      { timeout: 5000 },
    );
    expect(provider.emitted).toBe(words.length);
    expect(textOf(ws.frames).length).toBeLessThan(words.join('').length);
  });
});
