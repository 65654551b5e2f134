import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../server/store/createMemoryStore.ts';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { startTestGateway } from '../harness/startTestGateway.ts';
import { expectGuideFrames, openCompatSocket, textOf } from './compatSocket.ts';

const words = Array.from({ length: 40 }, (_, i) => `w${i} `);

describe('compat resend on another instance sharing the store', () => {
  it('replays the turn the first instance generates instead of starting a second one', async () => {
    const store = createMemoryStore();
    const providerA = createScriptedProvider({ tokens: words, delayMs: 5 });
    const providerB = createScriptedProvider({ tokens: words, delayMs: 5 });
    await using a = await startTestGateway({ store, provider: providerA });
    await using b = await startTestGateway({ store, provider: providerB });

    const first = await openCompatSocket(a.wsUrl);
    const request = { message: 'my question', client_message_id: 'msg-across-1', session_id: first.sessionId };
    first.send(request);
    await first.waitFor((f) => f.type === 'token');
    first.ws.terminate();

    // The reconnect lands on B while A is still answering.
    await using second = await openCompatSocket(b.wsUrl);
    second.send(request);
    const turn = await second.nextTurn();
    expectGuideFrames(turn);
    expect(turn.filter((f) => f.type === 'stream_start')).toHaveLength(1);
    expect(textOf(turn)).toBe(words.join(''));
    expect(turn.at(-1)).toMatchObject({ type: 'stream_end', metadata: { session_id: first.sessionId, finish_reason: 'stop' } });
    expect(providerA.requests).toHaveLength(1);
    expect(providerB.requests).toHaveLength(0);
    expect(await store.listTurns(first.sessionId)).toHaveLength(1);
    expect((await store.getMessages(first.sessionId)).map((m) => m.role)).toEqual(['user', 'assistant']);

    // Another user's identical id is a different message.
    await using other = await openCompatSocket(b.wsUrl, '/api/v1/ws/chat/someone-else');
    other.send({ message: 'my question', client_message_id: 'msg-across-1' });
    await other.nextTurn();
    expect(providerB.requests).toHaveLength(1);
  });
});
