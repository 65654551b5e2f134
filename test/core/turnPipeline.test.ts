import { Observable, Subject, type Subscriber } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import { createTurnPipeline } from '../../server/engine/createTurnPipeline.ts';
import { noopObserver, type EngineObserver } from '../../server/engine/EngineObserver.ts';
import { createTurnState } from '../../server/engine/TurnState.ts';
import { DISCLAIMER } from '../../plugins/medical/llm/buildPrompt.ts';
import { createOutputGuard } from '../../plugins/medical/llm/createOutputGuard.ts';
import type { Grounding, LlmChunk, LlmProvider, LlmRequest } from '../../server/llm/LlmProvider.ts';
import { estimatePromptTokens } from '../../server/llm/estimateTokens.ts';
import { createLogger } from '../../server/logging/createLogger.ts';
import { createPluginHost } from '../../server/plugins/createPluginHost.ts';
import type { ChatEvent } from '../../server/protocol/chatEvent.ts';
import { keywordSafety } from '../fakes/testPlugins.ts';
import { defineAgentPlugin } from '../../plugins/sdk/index.ts';

const logger = createLogger({ level: 'silent' });

/** A provider that answers synchronously inside subscribe and records what happened to it. */
function syncProvider(texts: readonly string[]) {
  const seen = { calls: 0, unsubscribed: 0, signals: [] as AbortSignal[] };
  const provider: LlmProvider = {
    name: 'sync',
    stream(request: LlmRequest) {
      seen.calls++;
      seen.signals.push(request.signal);
      return new Observable<LlmChunk>((subscriber) => {
        for (const text of texts) if (!subscriber.closed) subscriber.next({ type: 'delta', text });
        subscriber.next({ type: 'finish', finishReason: 'stop', usage: { inputTokens: 1, outputTokens: texts.length } });
        subscriber.complete();
        return () => seen.unsubscribed++;
      });
    },
  };
  return { provider, seen };
}

async function pipelineOf(provider: LlmProvider, opts: { maxOutputTokens?: number; cancel$?: Subject<void>; observer?: EngineObserver; guarded?: boolean } = {}) {
  const host = await createPluginHost({ registrations: [{ plugin: keywordSafety }], defaultTimeoutMs: 1000, logger });
  const state = createTurnState({});
  const ctx = { turnId: 't1', sessionId: 's1', userId: undefined, message: 'a mild headache', history: [], profile: undefined, safety: { emergencyNumber: '911', crisisLine: '988' }, logger, state, observer: opts.observer ?? noopObserver };
  const pipeline$ = new Observable<ChatEvent>((subscriber) => createTurnPipeline({
    ctx,
    host,
    response: {
      provider,
      maxOutputTokens: opts.maxOutputTokens ?? 100,
      buildMessages: (g) => [{ role: 'user', content: g.message }],
      ...(opts.guarded ? { guard: (grounding: Grounding, signal: AbortSignal) => createOutputGuard({ grounding, signal }) } : {}),
    },
    enableAgents: true,
    turnTimeoutMs: 10_000,
    kbVersion: undefined,
    cancel$: opts.cancel$ ?? new Subject<void>(),
  })(subscriber));
  return { pipeline$, state };
}

const shape = (e: ChatEvent) => (e.type === 'status' ? `status:${e.status}` : e.type === 'token' ? `token:${e.content}` : e.type === 'stream_end' ? `end:${e.finishReason}` : e.type);

describe('createTurnPipeline', () => {
  it('runs a turn whose every stage finishes inside subscribe exactly once, in order', async () => {
    const { provider, seen } = syncProvider(['Rest ', 'and fluids.']);
    const { pipeline$ } = await pipelineOf(provider);
    const events: ChatEvent[] = [];
    let completions = 0;
    await new Promise<void>((resolve) => pipeline$.subscribe({ next: (e) => events.push(e), complete: () => (completions++, resolve()) }));
    expect(events.map(shape)).toEqual(['stream_start', 'status:validating', 'status:checking_emergency', 'agent_result', 'status:generating_response', 'token:Rest ', 'token:and fluids.', 'end:stop']);
    expect(completions).toBe(1);
    expect(seen.calls).toBe(1);
    expect(seen.unsubscribed).toBe(1);
  });

  // Agents run synchronously; the caller of startTurn attaches only once it returns, so every agent's
  // work used to lie between the safety check and the emergency frame leaving (1.4 ms of a 5 ms turn).
  it('regression: the emergency frame waited for every agent to finish before the caller could send it', async () => {
    const ran: string[][] = [];
    const events: ChatEvent[] = [];
    const recorder = defineAgentPlugin({
      name: 'recorder',
      version: '1.0.0',
      apiVersion: 1,
      async run() {
        ran.push(events.map(shape));
        return {};
      },
    });
    const host = await createPluginHost({ registrations: [{ plugin: keywordSafety }, { plugin: recorder }], defaultTimeoutMs: 1000, logger });
    const ctx = { turnId: 't1', sessionId: 's1', userId: undefined, message: 'crushing chest pain', history: [], profile: undefined, safety: { emergencyNumber: '911', crisisLine: '988' }, logger, state: createTurnState({}), observer: noopObserver };
    const { provider } = syncProvider(['Call now.']);
    const done = new Promise<void>((resolve) =>
      createTurnPipeline({ ctx, host, response: { provider, maxOutputTokens: 100, buildMessages: (g) => [{ role: 'user', content: g.message }] }, enableAgents: true, turnTimeoutMs: 10_000, kbVersion: undefined, cancel$: new Subject<void>() })({
        next: (e) => events.push(e),
        error: () => {},
        complete: resolve,
      }),
    );
    // Back with the caller: the safety stage's events are out, no agent has started.
    expect(events.map(shape)).toEqual(['stream_start', 'status:validating', 'status:checking_emergency', 'emergency', 'agent_result']);
    expect(ran).toEqual([]);
    await done;
    expect(ran).toHaveLength(1);
    expect(events.map(shape).at(-1)).toBe('end:stop');
  });

  // The answer stage is a Feed: nothing tears it down for it, the pipeline must.
  it('tears a provider down exactly once and reports its call once, whether it ends, fails or is cancelled', async () => {
    const calls: string[] = [];
    const observer: EngineObserver = { ...noopObserver, onProviderCall: (_name, outcome) => void calls.push(outcome) };
    let teardowns = 0;
    let subscriber: Subscriber<LlmChunk> | undefined;
    // Read through a function: TypeScript does not see the provider assign it.
    const upstream = () => subscriber;
    const provider: LlmProvider = {
      name: 'manual',
      stream: () =>
        new Observable<LlmChunk>((s) => {
          subscriber = s;
          return () => teardowns++;
        }),
    };
    const run = async (finish: (cancel$: Subject<void>) => void) => {
      subscriber = undefined;
      const cancel$ = new Subject<void>();
      const { pipeline$ } = await pipelineOf(provider, { cancel$, observer });
      const events: ChatEvent[] = [];
      const done = new Promise<void>((resolve) => pipeline$.subscribe({ next: (e) => events.push(e), complete: resolve }));
      await vi.waitFor(() => expect(upstream()).toBeDefined());
      upstream()?.next({ type: 'delta', text: 'x' });
      finish(cancel$);
      await done;
      return events.at(-1);
    };
    expect(await run(() => upstream()?.complete())).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
    expect([teardowns, calls]).toEqual([1, ['ok']]);
    expect(await run(() => upstream()?.error(new Error('upstream broke')))).toMatchObject({ type: 'stream_end', finishReason: 'error' });
    expect([teardowns, calls]).toEqual([2, ['ok', 'error']]);
    expect(await run((cancel$) => cancel$.next())).toMatchObject({ type: 'stream_end', finishReason: 'cancelled' });
    expect([teardowns, calls]).toEqual([3, ['ok', 'error', 'cancelled']]);
  });

  it('a cancel while stream_start is delivered ends the turn there; no later stage runs', async () => {
    const { provider, seen } = syncProvider(['never']);
    const cancel$ = new Subject<void>();
    const { pipeline$ } = await pipelineOf(provider, { cancel$ });
    const events: ChatEvent[] = [];
    pipeline$.subscribe((e) => {
      events.push(e);
      if (e.type === 'stream_start') cancel$.next();
    });
    expect(events.map(shape)).toEqual(['stream_start', 'end:cancelled']);
    expect(seen.calls).toBe(0);
  });

  it('cuts a provider that streams past the output cap, with a length finish, and stops it', async () => {
    const { provider, seen } = syncProvider(['a', 'b', 'c', 'd']);
    const { pipeline$ } = await pipelineOf(provider, { maxOutputTokens: 2 });
    const events: ChatEvent[] = [];
    await new Promise<void>((resolve) => pipeline$.subscribe({ next: (e) => events.push(e), complete: resolve }));
    expect(events.filter((e) => e.type === 'token').map(shape)).toEqual(['token:a', 'token:b']);
    // The prompt's estimate is the providers' one (estimatePromptTokens), not a second formula.
    expect(events.at(-1)).toMatchObject({ type: 'stream_end', usage: { inputTokens: estimatePromptTokens([{ role: 'user', content: 'a mild headache' }]), outputTokens: 2 } });
    expect(seen.unsubscribed).toBe(1);
  });

  it('with an output guard, an answer cut by the output cap still ends with the guard\'s disclaimer (the cap is before the guard)', async () => {
    const { provider, seen } = syncProvider(['Rest. ', 'Drink. ', 'Sleep. ', 'Eat. ']);
    const { pipeline$ } = await pipelineOf(provider, { maxOutputTokens: 2, guarded: true });
    const events: ChatEvent[] = [];
    await new Promise<void>((resolve) => pipeline$.subscribe({ next: (e) => events.push(e), complete: resolve }));
    const text = events.map((e) => (e.type === 'token' ? e.content : '')).join('');
    expect(text).toBe(`Rest. Drink. \n\n${DISCLAIMER}`);
    // The protocol has no `length` reason: a capped answer ends as `stop`, with the cap's usage.
    expect(events.at(-1)).toMatchObject({ type: 'stream_end', finishReason: 'stop', usage: { outputTokens: 2 } });
    expect(seen.unsubscribed).toBe(1);
  });

  it('with an output guard, the guarded text becomes the tokens and the answer, and the provider is torn down once', async () => {
    const { provider, seen } = syncProvider(['Rest ', 'and fluids.']);
    const { pipeline$, state } = await pipelineOf(provider, { guarded: true });
    const events: ChatEvent[] = [];
    await new Promise<void>((resolve) => pipeline$.subscribe({ next: (e) => events.push(e), complete: resolve }));
    const text = events.map((e) => (e.type === 'token' ? e.content : '')).join('');
    expect(text).toBe(`Rest and fluids.\n\n${DISCLAIMER}`);
    expect(state.audit.map((a) => a.rule)).toContain('guard:disclaimer_appended');
    expect(events.at(-1)).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
    expect(seen.unsubscribed).toBe(1);
  });

  it('a subscriber leaving mid-answer aborts the provider request', async () => {
    let emit: ((text: string) => void) | undefined;
    let signal: AbortSignal | undefined;
    const provider: LlmProvider = {
      name: 'manual',
      stream: (request) =>
        new Observable<LlmChunk>((subscriber) => {
          signal = request.signal;
          emit = (text) => subscriber.next({ type: 'delta', text });
        }),
    };
    const { pipeline$ } = await pipelineOf(provider);
    const tokens: string[] = [];
    const subscription = pipeline$.subscribe((e) => e.type === 'token' && tokens.push(e.content));
    await vi.waitFor(() => expect(emit).toBeDefined());
    emit?.('first');
    subscription.unsubscribe();
    emit?.('after');
    expect(tokens).toEqual(['first']);
    expect(signal?.aborted).toBe(true);
  });
});
