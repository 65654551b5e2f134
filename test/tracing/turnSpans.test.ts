import { Writable } from 'node:stream';
import { WebSocket } from 'ws';
import { context, propagation, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, NodeTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import { describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../server/logging/createLogger.ts';
import { createChatClient } from '../../client/index.ts';
import { openRawSocket } from '../harness/openRawSocket.ts';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { historyAgent, keywordSafety, throwingAgent } from '../fakes/testPlugins.ts';
import { collectTurn, startTestGateway } from '../harness/startTestGateway.ts';
import { openSseTurn } from '../e2e/openSseTurn.ts';
import { startOtlpReceiver, type ReceivedSpan } from './startOtlpReceiver.ts';

// Never to be found in anything the gateway exports: user text in a message, a profile and history.
const CANARY = 'zebra-canary-7f3a';
const CLIENT_TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const CLIENT_SPAN = '00f067aa0ba902b7';
const TRPC_TRACE = '0af7651916cd43dd8448eb211c80319c';
const TRPC_SPAN = 'b7ad6b7169203331';
const MALFORMED = '00-not-a-trace-id-zz-01';

/**
 * A real gateway exporting to an in-process OTLP/HTTP receiver (OTEL_EXPORTER_OTLP_PROTOCOL=http/json:
 * the exporter posts OTLP/JSON). One turn per socket; the spans are read once the gateway has shut
 * down (which flushes the batch).
 */
describe('tracing', () => {
  it('exports one span tree per turn, parented on the upgrade traceparent, with GenAI attributes and no user text', async () => {
    await using receiver = await startOtlpReceiver();
    const logLines: string[] = [];
    const logger = createLogger({ level: 'debug', destination: new Writable({ write: (chunk, _enc, done) => (logLines.push(String(chunk)), done()) }) });
    const gw = await startTestGateway({
      config: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json', OTEL_SERVICE_NAME: 'medchat-trace-test', LOG_LEVEL: 'debug' },
      logger,
      plugins: [{ plugin: keywordSafety }, { plugin: historyAgent }, { plugin: throwingAgent }],
      provider: createScriptedProvider({ tokens: ['Rest', ' and', ' fluids', '.'] }),
    });

    // compat, with a well-formed traceparent on the upgrade, two turns on the same socket.
    const traced = await openCompat(gw.wsUrl, { traceparent: `00-${CLIENT_TRACE}-${CLIENT_SPAN}-01` });
    traced.send({ message: `I have a headache ${CANARY}`, enable_agents: true, patient_profile: { age: 40, chronic_conditions: [CANARY] } });
    const first = await traced.nextTurn();
    traced.send({ message: `still ${CANARY}`, enable_agents: false });
    const second = await traced.nextTurn(traced.frames.indexOf(first.at(-1)) + 1);
    expect(second.at(-1).type).toBe('stream_end');

    // compat, with a malformed traceparent: ignored.
    const malformed = await openCompat(gw.wsUrl, { traceparent: MALFORMED });
    malformed.send({ message: `hello ${CANARY}`, enable_agents: false });
    await malformed.nextTurn();

    // tRPC, with a traceparent on its upgrade.
    class TracedWebSocket extends WebSocket {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols, { headers: { traceparent: `00-${TRPC_TRACE}-${TRPC_SPAN}-01` } });
      }
    }
    const client = createChatClient({ url: gw.url, WebSocket: TracedWebSocket as unknown as typeof globalThis.WebSocket });
    const events = await collectTurn(client.streamTurn({ message: `my throat ${CANARY}`, enableAgents: false }));
    expect(events.at(-1)?.event.type).toBe('stream_end');
    client.close();

    await traced[Symbol.asyncDispose]();
    await malformed[Symbol.asyncDispose]();
    await gw[Symbol.asyncDispose]();
    await vi.waitFor(() => expect(receiver.spans.filter((s) => s.name === 'medchat.turn')).toHaveLength(4));

    const { spans } = receiver;
    const childrenOf = (parent: ReceivedSpan) => spans.filter((s) => s.parentSpanId === parent.spanId && s.traceId === parent.traceId);
    const turns = spans.filter((s) => s.name === 'medchat.turn');

    // The first compat turn: a child of the client's span, in the client's trace.
    const onSocket = turns.filter((t) => t.traceId === CLIENT_TRACE);
    expect(onSocket).toHaveLength(2);
    for (const t of onSocket) expect(t.parentSpanId).toBe(CLIENT_SPAN);
    const withAgents = onSocket.find((t) => t.attributes['medchat.turn.agents_enabled'] === true) as ReceivedSpan;
    expect(withAgents.attributes).toMatchObject({
      'medchat.transport': 'compat',
      'medchat.turn.outcome': 'answered',
      'medchat.turn.finish_reason': 'stop',
      'medchat.turn.id': expect.any(String),
      'gen_ai.conversation.id': expect.any(String),
    });
    const children = childrenOf(withAgents);
    expect(children.map((s) => s.name).sort()).toEqual(
      ['chat local', 'medchat.admission', 'medchat.first_frame', 'medchat.plugin emergency', 'medchat.plugin history', 'medchat.plugin thrower'].sort(),
    );
    const byName = (name: string) => children.find((s) => s.name === name) as ReceivedSpan;
    expect(byName('medchat.plugin history').attributes).toMatchObject({ 'medchat.plugin.name': 'history', 'medchat.plugin.version': '1.0.0', 'medchat.plugin.outcome': 'ok' });
    // A failed plugin: its code and an error status, never its message.
    expect(byName('medchat.plugin thrower').attributes).toMatchObject({ 'medchat.plugin.outcome': 'error', 'error.type': 'plugin_error' });
    expect(byName('medchat.plugin thrower').status).toEqual({ code: 2 });
    expect(JSON.stringify(receiver.bodies)).not.toContain('boom');
    const model = byName('chat local');
    expect(model.kind).toBe(3); // CLIENT
    expect(model.attributes).toMatchObject({
      'gen_ai.operation.name': 'chat',
      'gen_ai.provider.name': 'medchat.local',
      'gen_ai.system': 'medchat.local',
      'gen_ai.request.model': 'local',
      'gen_ai.usage.input_tokens': expect.any(Number),
      'gen_ai.usage.output_tokens': expect.any(Number),
      'gen_ai.response.finish_reasons': ['stop'],
      'gen_ai.response.time_to_first_chunk': expect.any(Number),
    });
    expect(model.events.map((e) => e.name)).toContain('gen_ai.first_token');
    expect(byName('medchat.first_frame').attributes).toMatchObject({ 'medchat.event.type': 'stream_start' });
    // Every span of the turn sits in its tree: nothing of it left as a root or under another parent.
    expect(spans.filter((s) => s.traceId === CLIENT_TRACE && s.parentSpanId !== CLIENT_SPAN && !onSocket.some((t) => t.spanId === s.parentSpanId))).toEqual([]);

    // tRPC: the upgrade's traceparent is the parent too.
    const trpcTurn = turns.find((t) => t.traceId === TRPC_TRACE) as ReceivedSpan;
    expect(trpcTurn.parentSpanId).toBe(TRPC_SPAN);
    expect(trpcTurn.attributes['medchat.transport']).toBe('trpc');
    expect(childrenOf(trpcTurn).map((s) => s.name).sort()).toEqual(['chat local', 'medchat.admission', 'medchat.first_frame', 'medchat.plugin emergency'].sort());

    // The malformed traceparent was ignored: that turn is the root of a trace of its own.
    const rootTurns = turns.filter((t) => t.traceId !== CLIENT_TRACE && t.traceId !== TRPC_TRACE);
    expect(rootTurns).toHaveLength(1);
    expect(rootTurns[0]?.parentSpanId).toBeUndefined();
    expect(logLines.join('')).not.toContain(MALFORMED);
    expect(logLines.join('')).not.toContain('not-a-trace-id');

    // What left the gateway: OTLP/JSON, the configured service, and no user text anywhere (attributes, events, resource).
    expect(new Set(receiver.contentTypes)).toEqual(new Set(['application/json']));
    expect(new Set(spans.map((s) => s.serviceName))).toEqual(new Set(['medchat-trace-test']));
    expect(receiver.bodies.join('\n')).not.toContain(CANARY);
  });

  it('records a refused message as a turn with its refusal code', async () => {
    await using receiver = await startOtlpReceiver();
    const gw = await startTestGateway({
      config: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json', MAX_MESSAGE_CHARS: 20 },
      plugins: [{ plugin: keywordSafety }],
    });
    const socket = await openCompat(gw.wsUrl, {});
    socket.send({ message: `this message is far too long ${CANARY}` });
    await socket.nextTurn();
    await socket[Symbol.asyncDispose]();
    await gw[Symbol.asyncDispose]();
    await vi.waitFor(() => expect(receiver.spans.some((s) => s.name === 'medchat.turn')).toBe(true));
    const turn = receiver.spans.find((s) => s.name === 'medchat.turn') as ReceivedSpan;
    expect(turn.attributes).toMatchObject({ 'medchat.turn.outcome': 'refused', 'medchat.refusal.code': 'invalid_input' });
    const admission = receiver.spans.find((s) => s.name === 'medchat.admission') as ReceivedSpan;
    expect(admission.parentSpanId).toBe(turn.spanId);
    // The safety check still ran on the refused message, inside the turn.
    expect(receiver.spans.find((s) => s.name === 'medchat.plugin emergency')?.parentSpanId).toBe(turn.spanId);
    expect(receiver.bodies.join('\n')).not.toContain(CANARY);
  });

  it('gives each HTTP request a server span under its traceparent', async () => {
    await using receiver = await startOtlpReceiver();
    const gw = await startTestGateway({ config: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url } });
    expect((await fetch(`${gw.url}/health`, { headers: { traceparent: `00-${CLIENT_TRACE}-${CLIENT_SPAN}-01` } })).status).toBe(200);
    expect((await fetch(`${gw.url}/health`, { method: 'HEAD', headers: { traceparent: MALFORMED } })).status).toBe(200);
    await gw[Symbol.asyncDispose]();
    await vi.waitFor(() => expect(receiver.spans).toHaveLength(2));
    const [get, head] = [receiver.spans.find((s) => s.name === 'GET'), receiver.spans.find((s) => s.name === 'HEAD')];
    expect(get).toMatchObject({ traceId: CLIENT_TRACE, parentSpanId: CLIENT_SPAN, kind: 2, attributes: { 'http.request.method': 'GET', 'http.response.status_code': 200 } });
    expect(head?.traceId).not.toBe(CLIENT_TRACE);
    expect(head?.parentSpanId).toBeUndefined();
  });

  it('a turn over tRPC HTTP (SSE) is a child of its request span, in the trace of the request traceparent', async () => {
    await using receiver = await startOtlpReceiver();
    const gw = await startTestGateway({
      config: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' },
      plugins: [{ plugin: keywordSafety }],
      provider: createScriptedProvider({ tokens: ['Rest', '.'] }),
    });
    const sse = await openSseTurn(gw.url, { input: { message: `my throat ${CANARY}`, enableAgents: false }, headers: { traceparent: `00-${CLIENT_TRACE}-${CLIENT_SPAN}-01` } });
    await sse.waitFor(() => sse.tracked().some((e) => e.event.type === 'stream_end'));
    sse.close();
    await gw[Symbol.asyncDispose]();
    await vi.waitFor(() => expect(receiver.spans.some((s) => s.name === 'medchat.turn')).toBe(true));
    const request = receiver.spans.find((s) => s.name === 'GET' && s.traceId === CLIENT_TRACE) as ReceivedSpan;
    expect(request).toMatchObject({ parentSpanId: CLIENT_SPAN, kind: 2 });
    const turn = receiver.spans.find((s) => s.name === 'medchat.turn') as ReceivedSpan;
    expect(turn).toMatchObject({ traceId: CLIENT_TRACE, parentSpanId: request.spanId });
    expect(turn.attributes['medchat.transport']).toBe('http');
    expect(receiver.spans.filter((s) => s.parentSpanId === turn.spanId).map((s) => s.name).sort()).toEqual(['chat local', 'medchat.admission', 'medchat.first_frame', 'medchat.plugin emergency'].sort());
    expect(receiver.bodies.join('\n')).not.toContain(CANARY);
  });

  it('uses an SDK the embedding application registered, and leaves it registered', async () => {
    await using receiver = await startOtlpReceiver();
    const exporter = new InMemorySpanExporter();
    const appProvider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
    appProvider.register();
    try {
      const gw = await startTestGateway({ config: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url }, plugins: [{ plugin: keywordSafety }] });
      const socket = await openCompat(gw.wsUrl, {});
      socket.send({ message: 'hello' });
      await socket.nextTurn();
      await socket[Symbol.asyncDispose]();
      await gw[Symbol.asyncDispose]();
      await vi.waitFor(() => expect(exporter.getFinishedSpans().map((s) => s.name)).toContain('medchat.turn'));
      expect(exporter.getFinishedSpans().map((s) => s.name)).toEqual(expect.arrayContaining(['medchat.admission', 'medchat.plugin emergency', 'chat local', 'medchat.first_frame']));
      // The gateway's shutdown left the application's SDK in place, and exported nothing of its own.
      expect(trace.getTracer('after').startSpan('after').isRecording()).toBe(true);
      expect(receiver.bodies).toEqual([]);
    } finally {
      await appProvider.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
    }
  });

});

/** A compat socket (raw `ws`) with headers on its upgrade, past its connection frame. */
async function openCompat(wsUrl: string, headers: Record<string, string>) {
  const raw = await openRawSocket(`${wsUrl}/api/v1/ws/chat`, { headers });
  await raw.waitFor((f) => f.type === 'connection');
  return Object.assign(raw, {
    /** Frames from `fromIndex` through the next stream_end or error. */
    async nextTurn(fromIndex = 0): Promise<any[]> {
      const last = await raw.waitFor((f) => f.type === 'stream_end' || f.type === 'error', fromIndex);
      return raw.frames.slice(fromIndex, raw.frames.indexOf(last) + 1);
    },
  });
}
