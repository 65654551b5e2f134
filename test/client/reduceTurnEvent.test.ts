import { describe, expect, it } from 'vitest';
import type { TurnEvent } from '../../client/createChatClient.ts';
import { INITIAL_CHAT_STREAM_STATE, reduceTurnEvent, startQuestion } from '../../client/reduceTurnEvent.ts';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { keywordSafety } from '../fakes/testPlugins.ts';
import { startTestGateway } from '../harness/startTestGateway.ts';

describe('reduceTurnEvent (the state behind useChatStream) over the typed client', () => {
  it('files each finished answer once, keeps the session for the next question and holds the emergency banner', async () => {
    const words = ['Call ', 'for ', 'help ', 'now.'];
    await using gw = await startTestGateway({ plugins: [{ plugin: keywordSafety }], provider: createScriptedProvider({ tokens: words }) });
    const client = gw.client();
    let state = startQuestion(INITIAL_CHAT_STREAM_STATE, 'I have crushing chest pain');
    for await (const event of client.streamTurn({ message: 'I have crushing chest pain' })) {
      state = reduceTurnEvent(state, event);
      if (event.event.type === 'token') expect(state.emergency?.severity).toBe('critical');
    }
    expect(state.streaming).toBe(false);
    expect(state.messages).toEqual([
      { role: 'user', content: 'I have crushing chest pain' },
      { role: 'assistant', content: words.join(''), finishReason: 'stop' },
    ]);
    expect(state.emergency?.advice).toContain('911');
    const sessionId = state.sessionId;
    expect(sessionId).toBeDefined();

    state = startQuestion(state, 'and now?');
    expect(state.emergency).toBeUndefined();
    for await (const event of client.streamTurn({ message: 'and now?', ...(sessionId ? { sessionId } : {}) })) state = reduceTurnEvent(state, event);
    expect(state.sessionId).toBe(sessionId);
    expect(state.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect((await gw.store.getMessages(sessionId as string)).length).toBe(4);
  });

  it('a replayed turn (stream_start again) is shown once', () => {
    const start: TurnEvent = { id: 't:1', event: { type: 'stream_start', turnId: 't', sessionId: 's', workflow: 'single', agents: [] } };
    const token: TurnEvent = { id: 't:2', event: { type: 'token', content: 'Hello' } };
    let state = startQuestion(INITIAL_CHAT_STREAM_STATE, 'hi');
    for (const e of [start, token, start, token]) state = reduceTurnEvent(state, e);
    expect(state.current).toBe('Hello');
  });
});
