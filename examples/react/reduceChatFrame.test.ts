import { describe, expect, it } from 'vitest';
import { openCompatSocket } from '../../test/compat/compatSocket.ts';
import { createScriptedProvider } from '../../test/fakes/createScriptedProvider.ts';
import { keywordSafety } from '../../test/fakes/testPlugins.ts';
import { startTestGateway } from '../../test/harness/startTestGateway.ts';
import { INITIAL_CHAT_BOT_STATE, reduceChatFrame, type ChatBotState, type ServerFrame } from './reduceChatFrame.ts';

const fold = (state: ChatBotState, frames: readonly unknown[]) => frames.reduce<ChatBotState>((s, frame) => reduceChatFrame(s, { type: 'frame', frame: frame as ServerFrame }), state);

describe("ChatBot's reducer against the compat endpoint", () => {
  it('shows the answer once with its emergency banner, also when a reconnect replays the turn', async () => {
    const words = Array.from({ length: 30 }, (_, i) => `w${i} `);
    await using gw = await startTestGateway({ plugins: [{ plugin: keywordSafety }], provider: createScriptedProvider({ tokens: words, delayMs: 5 }) });
    const first = await openCompatSocket(gw.wsUrl);
    const frame = { message: 'crushing chest pain', enable_agents: true, client_message_id: 'react-1', session_id: first.sessionId };
    let state = reduceChatFrame(fold(INITIAL_CHAT_BOT_STATE, first.frames), { type: 'asked', message: frame.message });
    first.send(frame);
    await first.waitFor((f) => f.type === 'token');
    first.ws.terminate();
    state = fold(state, first.frames.slice(1));
    expect(state.isStreaming).toBe(true);
    expect(state.emergency?.severity).toBe('critical');

    // What ChatBot does on reconnect: resend the unanswered frame; the gateway replays from stream_start.
    await using second = await openCompatSocket(gw.wsUrl);
    second.send(frame);
    await second.nextTurn(1);
    state = fold(state, second.frames);
    expect(state.sessionId).toBe(first.sessionId);
    expect(state.messages).toEqual([
      { role: 'user', content: 'crushing chest pain' },
      { role: 'assistant', content: words.join('') },
    ]);
    expect(state.isStreaming).toBe(false);
    expect(state.emergency?.advice).toContain('911');
  });

  it('an error frame ends the request and shows its message', () => {
    const state = reduceChatFrame(INITIAL_CHAT_BOT_STATE, { type: 'frame', frame: { type: 'error', error_type: 'validation_error', message: 'Message cannot be empty' } });
    expect(state).toMatchObject({ isStreaming: false, error: 'Message cannot be empty' });
  });
});
