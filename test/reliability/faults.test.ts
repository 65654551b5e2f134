/**
 * Faults behind the gateway: an agent plugin that throws or hangs (a buggy or malicious third-party
 * plugin), an LLM upstream that hangs or dies mid-stream (an overloaded or crashing model server).
 * Each turn ends with a typed error and exactly one stream_end, its text is not repeated, and a
 * well-behaved client on the same server is served meanwhile.
 */
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { defineAgentPlugin } from '../../plugins/sdk/index.ts';
import { createProvider } from '../../server/llm/createProvider.ts';
import type { ChatEvent } from '../../server/protocol/chatEvent.ts';
import { openCompatSocket } from '../compat/compatSocket.ts';
import { collectTurn, startTestGateway } from '../harness/startTestGateway.ts';
import { closeFixtureServers, startFixtureServer, type FixtureServer } from '../llm/fixtureServer.ts';

afterEach(closeFixtureServers);

const textOf = (events: readonly { event: ChatEvent }[]) => events.map((e) => (e.event.type === 'token' ? e.event.content : '')).join('');
const ends = (events: readonly { event: ChatEvent }[]) => events.filter((e) => e.event.type === 'stream_end');

// Faulty only when the message asks for it, so another client's turns on the same server are clean.
const faultyPlugin = defineAgentPlugin({
  name: 'faulty',
  version: '1.0.0',
  apiVersion: 1,
  async run(ctx) {
    if (ctx.message.includes('throw')) throw new Error('plugin bug with a secret: sk-123');
    // Ignores its abort signal too: the host's timeout is all that stops it.
    if (ctx.message.includes('hang')) return new Promise<never>(() => undefined);
    return { ok: true };
  },
});

// Both tRPC transports (issue 20): WebSocket, and HTTP with Server-Sent Events.
describe.each(['ws', 'http'] as const)('a plugin that throws or hangs (%s)', (transport) => {
  it('throws: a non-fatal plugin_error without its message, the answer still comes, once', async () => {
    await using gw = await startTestGateway({ plugins: [{ plugin: faultyPlugin }] });
    const [faulty, other] = await Promise.all([collectTurn(gw.client({ transport }).streamTurn({ message: 'please throw' })), collectTurn(gw.client({ transport }).streamTurn({ message: 'hello' }))]);
    expect(faulty.find((e) => e.event.type === 'error')?.event).toEqual({ type: 'error', errorType: 'plugin_error', message: 'Agent "faulty" failed', retryable: false, fatal: false, agent: 'faulty' });
    expect(ends(faulty)).toHaveLength(1);
    expect(faulty.at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
    expect(textOf(faulty)).toBe('Hello there.');
    expect(other.some((e) => e.event.type === 'error')).toBe(false);
    expect(other.at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop', agentsCompleted: ['faulty'] });
  });

  it('hangs: plugin_timeout after PLUGIN_TIMEOUT_MS; another client is answered while it hangs', async () => {
    await using gw = await startTestGateway({ plugins: [{ plugin: faultyPlugin }], config: { PLUGIN_TIMEOUT_MS: 1500 } });
    const startedAt = Date.now();
    const faultyTurn = collectTurn(gw.client({ transport }).streamTurn({ message: 'please hang' }));
    const other = await collectTurn(gw.client({ transport }).streamTurn({ message: 'hello' }));
    expect(Date.now() - startedAt).toBeLessThan(1500);
    expect(other.at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
    const faulty = await faultyTurn;
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(1500);
    expect(faulty.find((e) => e.event.type === 'error')?.event).toMatchObject({ errorType: 'plugin_timeout', fatal: false, retryable: true, agent: 'faulty' });
    expect(ends(faulty)).toHaveLength(1);
    expect(textOf(faulty)).toBe('Hello there.');
  });
});

const DELTAS = Array.from({ length: 20 }, (_, i) => `t${i} `);
const chunk = (content: string) => `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content }, finish_reason: null }] })}\n\n`;
const finishChunk = `data: ${JSON.stringify({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\ndata: [DONE]\n\n`;

/** An OpenAI-compatible server: a full answer, or 5 deltas then silence ("hang") or a dropped socket ("die"). */
async function startUpstream(): Promise<FixtureServer> {
  const server: FixtureServer = await startFixtureServer(async (_req, res: ServerResponse, index) => {
    const messages = server.requests[index]?.body['messages'] as { role: string; content: string }[];
    const asked = messages.at(-1)?.content ?? '';
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    const count = asked.includes('hang') || asked.includes('die') ? 5 : DELTAS.length;
    for (const delta of DELTAS.slice(0, count)) {
      await new Promise<void>((resolve) => res.write(chunk(delta), () => resolve()));
      await new Promise((r) => setTimeout(r, 10));
    }
    if (asked.includes('die')) res.socket?.destroy();
    // "hang": headers and 5 deltas sent, then nothing, the connection left open.
    else if (!asked.includes('hang')) res.end(finishChunk);
  });
  return server;
}

async function gatewayOn(upstream: FixtureServer) {
  const provider = createProvider({ provider: 'openai', baseUrl: upstream.baseUrl, model: 'm', timeoutMs: 400 });
  return startTestGateway({ provider });
}

describe.each(['ws', 'http'] as const)('an LLM upstream that hangs or dies mid-stream (%s)', (transport) => {
  it.each([
    ['hang', 'upstream_timeout'],
    ['die', 'upstream_unavailable'],
  ])('%s: the deltas so far once, then %s (fatal) and one stream_end; another client is answered meanwhile', async (fault, errorType) => {
    const upstream = await startUpstream();
    await using gw = await gatewayOn(upstream);
    const [faulty, other] = await Promise.all([collectTurn(gw.client({ transport }).streamTurn({ message: `please ${fault}` })), collectTurn(gw.client({ transport }).streamTurn({ message: 'hello' }))]);
    // No retry after the first token, so nothing is repeated.
    expect(textOf(faulty)).toBe(DELTAS.slice(0, 5).join(''));
    expect(upstream.requests.filter((r) => JSON.stringify(r.body).includes(`please ${fault}`))).toHaveLength(1);
    expect(faulty.find((e) => e.event.type === 'error')?.event).toMatchObject({ errorType, fatal: true });
    expect(ends(faulty)).toHaveLength(1);
    expect(faulty.at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'error' });
    expect(textOf(other)).toBe(DELTAS.join(''));
    expect(other.at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
    // What was streamed is what is stored, once.
    const turnId = (faulty[0]?.event as { turnId: string }).turnId;
    const sessionId = (faulty[0]?.event as { sessionId: string }).sessionId;
    expect((await gw.store.getMessages(sessionId)).filter((m) => m.turnId === turnId && m.role === 'assistant').map((m) => m.content)).toEqual([textOf(faulty)]);
  });

  it.runIf(transport === 'ws')('compat: a dying upstream ends the turn with one error frame (unavailable) after the tokens it sent', async () => {
    const upstream = await startUpstream();
    await using gw = await gatewayOn(upstream);
    await using ws = await openCompatSocket(gw.wsUrl);
    ws.send({ message: 'please die' });
    const frames = await ws.nextTurn();
    expect(frames.filter((f) => f.type === 'token').map((f) => f.content).join('')).toBe(DELTAS.slice(0, 5).join(''));
    expect(frames.at(-1)).toMatchObject({ type: 'error', error_type: 'unavailable', code: 'upstream_unavailable' });
    expect(frames.filter((f) => f.type === 'error' || f.type === 'stream_end')).toHaveLength(1);
    // The connection serves the next message normally.
    ws.send({ message: 'hello' });
    const next = await ws.nextTurn(ws.frames.length);
    expect(next.at(-1)).toMatchObject({ type: 'stream_end', metadata: { finish_reason: 'stop' } });
  });
});
