import { describe, expect, it, vi } from 'vitest';
import { collectTurn, startTestGateway } from '../harness/startTestGateway.ts';
import { historyAgent, keywordSafety } from '../fakes/testPlugins.ts';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';

const plugins = [{ plugin: keywordSafety }, { plugin: historyAgent }];

// The same checks on both transports (issue 20): WebSocket, and HTTP with Server-Sent Events.
describe.each(['ws', 'http'] as const)('chat.stream over tRPC (%s)', (transport) => {
  it('streams a multi-agent turn in the documented order', async () => {
    await using gw = await startTestGateway({ plugins });
    const events = await collectTurn(gw.client({ transport }).streamTurn({ message: 'I have a mild headache' }));
    const types = events.map((e) => (e.event.type === 'status' ? `status:${e.event.status}` : e.event.type));
    expect(types).toEqual([
      'stream_start',
      'status:validating',
      'status:checking_emergency',
      'agent_result',
      'status:running_history',
      'agent_result',
      'status:generating_response',
      'token',
      'token',
      'token',
      'stream_end',
    ]);
    const start = events[0]?.event;
    expect(start).toMatchObject({ type: 'stream_start', workflow: 'multi_agent', agents: ['emergency', 'history'] });
    const end = events.at(-1)?.event;
    expect(end).toMatchObject({ type: 'stream_end', finishReason: 'stop', agentsCompleted: ['emergency', 'history'], usage: { inputTokens: 7, outputTokens: 3 } });
    // Event ids are turnId:seq, strictly increasing.
    const seqs = events.map((e) => Number(e.id.split(':')[1]));
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  });

  it('puts the emergency before any agent status, result or token', async () => {
    await using gw = await startTestGateway({ plugins });
    const events = await collectTurn(gw.client({ transport }).streamTurn({ message: 'I have crushing chest pain' }));
    const firstEmergency = events.findIndex((e) => e.event.type === 'emergency');
    const firstContent = events.findIndex((e) => ['token', 'agent_result'].includes(e.event.type) || (e.event.type === 'status' && e.event.agent));
    expect(firstEmergency).toBe(3);
    expect(firstContent).toBeGreaterThan(firstEmergency);
    expect(events[firstEmergency]?.event).toMatchObject({ severity: 'critical', advice: 'Call 911 now.' });
  });

  it('runs only the safety plugins with enableAgents: false', async () => {
    await using gw = await startTestGateway({ plugins });
    const events = await collectTurn(gw.client({ transport }).streamTurn({ message: 'hello', enableAgents: false }));
    expect(events[0]?.event).toMatchObject({ workflow: 'single', agents: ['emergency'] });
    expect(events.some((e) => e.event.type === 'agent_result' && e.event.agent === 'history')).toBe(false);
    expect(events.at(-1)?.event).toMatchObject({ type: 'stream_end', agentsCompleted: ['emergency'] });
  });

  it('continues a session: the second turn sees the first one', async () => {
    await using gw = await startTestGateway({ plugins });
    const client = gw.client({ transport });
    const first = await collectTurn(client.streamTurn({ message: 'first message' }));
    const start = first[0]?.event;
    if (start?.type !== 'stream_start') throw new Error('no stream_start');
    const second = await collectTurn(client.streamTurn({ message: 'second message', sessionId: start.sessionId }));
    const history = second.find((e) => e.event.type === 'agent_result' && e.event.agent === 'history')?.event;
    expect(history).toMatchObject({ data: { historyLength: 2, lastUser: 'first message' } });
    expect(second.at(-1)?.event).toMatchObject({ sessionId: start.sessionId });
    const stored = await gw.store.getMessages(start.sessionId);
    expect(stored.map((m) => [m.role, m.content])).toEqual([
      ['user', 'first message'],
      ['assistant', 'Hello there.'],
      ['user', 'second message'],
      ['assistant', 'Hello there.'],
    ]);
  });

  it('accepts a client-chosen UUID as a new session id', async () => {
    await using gw = await startTestGateway({ plugins });
    const sessionId = '0b7c2d3e-4f50-4a61-8b72-9c83d4e5f601';
    const events = await collectTurn(gw.client({ transport }).streamTurn({ message: 'hi', sessionId }));
    expect(events.at(-1)?.event).toMatchObject({ type: 'stream_end', sessionId });
  });

  it('reports usage from the provider', async () => {
    const provider = createScriptedProvider({ tokens: ['a', 'b'] });
    await using gw = await startTestGateway({ plugins, provider });
    await collectTurn(gw.client({ transport }).streamTurn({ message: 'hi' }));
    expect(provider.requests).toHaveLength(1);
    await vi.waitFor(() => expect(provider.emitted).toBe(2));
  });
});
