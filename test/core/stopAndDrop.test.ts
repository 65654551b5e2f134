import { randomUUID } from 'node:crypto';
import superjson from 'superjson';
import { describe, expect, it, vi } from 'vitest';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { createCountingAgent, keywordSafety } from '../fakes/testPlugins.ts';
import { openRawSocket } from '../harness/openRawSocket.ts';
import { startTestGateway } from '../harness/startTestGateway.ts';
import { createMemoryStore } from '../../server/store/createMemoryStore.ts';
import type { SessionStore } from '../../server/store/SessionStore.ts';

describe('explicit stop versus dropped connection', () => {
  it('an unsubscribe on a live connection cancels the turn and stops token production', async () => {
    const { plugin, counter } = createCountingAgent({ intervalMs: 5 });
    await using gw = await startTestGateway({ plugins: [{ plugin: keywordSafety }, { plugin }] });
    const client = gw.client();
    let turnId = '';
    let tokens = 0;
    for await (const { event } of client.streamTurn({ message: 'count for me' })) {
      if (event.type === 'stream_start') turnId = event.turnId;
      if (event.type === 'token' && ++tokens === 5) break; // leaving the loop unsubscribes
    }
    await vi.waitFor(async () => expect((await gw.store.getTurn(turnId))?.finishReason).toBe('cancelled'));
    expect(counter.aborted).toBe(true);
    const stoppedAt = counter.emitted;
    await new Promise((r) => setTimeout(r, 60)); // several intervals: a live plugin would have emitted more
    expect(counter.emitted).toBe(stoppedAt);
    const events = await gw.store.readEvents(turnId, 0);
    expect(events.at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'cancelled' });
    // The connection is still usable for the next turn.
    const next = [];
    for await (const e of client.streamTurn({ message: 'hello', enableAgents: false })) next.push(e.event.type);
    expect(next.at(-1)).toBe('stream_end');
  });

  it('an unsubscribe that arrives while the turn is still starting cancels it once it has started', async () => {
    // The real memory store, with createTurn held until the stop has been read.
    const inner = createMemoryStore();
    const created: string[] = [];
    let entered!: () => void;
    const createTurnEntered = new Promise<void>((resolve) => (entered = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const store: SessionStore = {
      ...inner,
      async createTurn(turn) {
        created.push(turn.id);
        entered();
        await released;
        return inner.createTurn(turn);
      },
    };
    const provider = createScriptedProvider({ tokens: Array.from({ length: 200 }, (_, i) => `w${i} `), delayMs: 5 });
    await using gw = await startTestGateway({ plugins: [{ plugin: keywordSafety }], provider, store });
    const raw = await openRawSocket(`${gw.wsUrl}/trpc`);
    raw.send({ id: 1, method: 'subscription', params: { path: 'chat.stream', input: superjson.serialize({ message: 'tell me a lot' }) } });
    await createTurnEntered;
    raw.send({ id: 1, method: 'subscription.stop' });
    // Frames are read in order: once this mutation is answered, the stop has been read.
    raw.send({ id: 2, method: 'mutation', params: { path: 'chat.cancel', input: superjson.serialize({ turnId: randomUUID() }) } });
    // (An unknown turn is NOT_FOUND, as another user's is: issue 18.)
    await raw.waitFor((f) => f.id === 2 && f.error?.json?.data?.code === 'NOT_FOUND');
    release();
    await vi.waitFor(async () => expect((await store.getTurn(created[0] as string))?.finishReason).toBe('cancelled'));
    expect(provider.emitted).toBeLessThan(200);
  });

  it('chat.cancel stops a running turn with finishReason cancelled', async () => {
    const provider = createScriptedProvider({ tokens: Array.from({ length: 200 }, (_, i) => `w${i} `), delayMs: 5 });
    await using gw = await startTestGateway({ plugins: [{ plugin: keywordSafety }], provider });
    const client = gw.client();
    let turnId = '';
    let tokens = 0;
    let end: unknown;
    for await (const { event } of client.streamTurn({ message: 'long answer please' })) {
      if (event.type === 'stream_start') turnId = event.turnId;
      if (event.type === 'token' && ++tokens === 3) await expect(client.cancel(turnId)).resolves.toEqual({ cancelled: true });
      if (event.type === 'stream_end') end = event;
    }
    expect(end).toMatchObject({ finishReason: 'cancelled' });
    expect(provider.emitted).toBeLessThan(200);
    // Cancelling a finished turn is a no-op, and a malformed id is refused.
    await expect(client.cancel(turnId)).resolves.toEqual({ cancelled: false });
    await expect(client.cancel('not-a-uuid')).rejects.toThrow(/uuid/i);
  });

  it('a dropped connection does not cancel: the turn finishes and its answer is stored', async () => {
    const provider = createScriptedProvider({ tokens: Array.from({ length: 30 }, (_, i) => `w${i} `), delayMs: 5 });
    await using gw = await startTestGateway({ plugins: [{ plugin: keywordSafety }], provider });
    const raw = await openRawSocket(`${gw.wsUrl}/trpc`);
    raw.send({ id: 1, method: 'subscription', params: { path: 'chat.stream', input: superjson.serialize({ message: 'tell me a lot' }) } });
    const start = await raw.waitFor<{ result: { data: { json: { data: { turnId: string; sessionId: string } } } } }>(
      (f) => f.result?.data?.json?.data?.type === 'stream_start',
    );
    await raw.waitFor((f) => f.result?.data?.json?.data?.type === 'token');
    raw.ws.terminate(); // no close frame, no stop message: the network went away
    const { turnId, sessionId } = start.result.data.json.data;
    await vi.waitFor(async () => expect((await gw.store.getTurn(turnId))?.finishReason).toBe('stop'), { timeout: 5000 });
    expect(provider.emitted).toBe(30);
    const messages = await gw.store.getMessages(sessionId);
    expect(messages.at(-1)).toMatchObject({ role: 'assistant', content: Array.from({ length: 30 }, (_, i) => `w${i} `).join('') });
  });
});
