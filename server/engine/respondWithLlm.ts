import { Observable, type OperatorFunction } from 'rxjs';
import { fromObservable, type EventSink, type Feed } from '../protocol/Feed.ts';
import { createOutputCap } from './createOutputCap.ts';
import type { Grounding, GuardedChunk, LlmChunk, LlmMessage, LlmProvider, LlmRequest } from '../llm/LlmProvider.ts';
import type { ChatEvent } from '../protocol/chatEvent.ts';
import type { EngineObserver } from './EngineObserver.ts';
import { estimatePromptTokens, estimateTokens } from '../llm/estimateTokens.ts';
import type { TurnState } from './TurnState.ts';

export interface ResponseOptions {
  readonly provider: LlmProvider;
  readonly maxOutputTokens: number;
  readonly buildMessages: (grounding: Grounding) => LlmMessage[];
  /** Watches the model's text as it streams and corrects it (the medical package's is plugins/medical/llm/createOutputGuard.ts). */
  readonly guard?: (grounding: Grounding, signal: AbortSignal) => OperatorFunction<LlmChunk, GuardedChunk>;
}

/**
 * The answer stage (a Feed: it is on the per-token path): `generating_response`, then the
 * provider's deltas as `token` events as they arrive (nothing is buffered here). Usage lands in the
 * turn state, so a cancelled turn still reports it; the answer's text is its token events (the live
 * turn's log), not kept a second time here.
 */
export function respondWithLlm(
  opts: ResponseOptions,
  grounding: () => Grounding,
  state: TurnState,
  signal: AbortSignal,
  observer: EngineObserver,
): Feed<ChatEvent> {
  return (sink) => {
    sink.next({ type: 'status', status: 'generating_response' });
    const g = grounding();
    const messages = opts.buildMessages(g);
    // The providers' own estimate when they report no usage (estimatePromptTokens): one formula for the prompt.
    state.inputTokens = estimatePromptTokens(messages);
    const request = { messages, grounding: g, maxOutputTokens: opts.maxOutputTokens, signal };
    // One path, guard or not: the provider's chunks, through the guard when one is set, become token events.
    const answer = guardChunks(opts.guard?.(g, signal), providerChunks(opts.provider, request, state.inputTokens, observer));
    return answer(new TokenSink(state, sink));
  };
}

// What follows runs per token: hand-written hops, not operator chains (BENCHMARKS.md, "Session 4").

/**
 * The guard is an RxJS operator (the plugin and provider edge); without one the chunks go on as they
 * are, so an unguarded answer has no Observable and no Subscriber hop per token.
 */
function guardChunks(guard: OperatorFunction<LlmChunk, GuardedChunk> | undefined, chunks: Feed<LlmChunk>): Feed<GuardedChunk> {
  return guard ? fromObservable(guard(new Observable<LlmChunk>((subscriber) => chunks(subscriber)))) : chunks;
}

/**
 * The provider's stream, capped (createOutputCap) and timed: first delta and outcome are reported
 * once the call is over, however it ends.
 */
function providerChunks(provider: LlmProvider, request: LlmRequest, inputTokens: number, observer: EngineObserver): Feed<LlmChunk> {
  return (sink) => startProviderCall(provider, request, inputTokens, observer, sink);
}

/**
 * providerChunks' start. A function of its own so that no closure of the running call can reach
 * the request: its prompt (several KB: instructions, grounding, history) is the provider's to keep or
 * drop once the call has started, not ours to hold for every streaming turn.
 */
function startProviderCall(provider: LlmProvider, request: LlmRequest, inputTokens: number, observer: EngineObserver, sink: EventSink<LlmChunk>): () => void {
  const startedAt = performance.now();
  const cap = createOutputCap(request.maxOutputTokens, inputTokens);
  const providerName = provider.name;
  let firstDelta: number | undefined;
  let outcome: 'ok' | 'error' | 'cancelled' = 'cancelled';
  let errorType: string | undefined;
  const emit = (chunk: LlmChunk) => sink.next(chunk);
  const subscription = provider.stream(request).subscribe({
    next: (chunk) => {
      if (firstDelta === undefined && chunk.type === 'delta') firstDelta = (performance.now() - startedAt) / 1000;
      if (cap(chunk, emit)) return;
      outcome = 'ok';
      sink.complete();
    },
    error: (cause: unknown) => {
      outcome = 'error';
      errorType = cause instanceof Error && 'errorType' in cause ? String(cause.errorType) : 'internal_error';
      sink.error(cause);
    },
    complete: () => {
      outcome = 'ok';
      sink.complete();
    },
  });
  return () => {
    subscription.unsubscribe();
    observer.onProviderCall(providerName, outcome, firstDelta, errorType);
  };
}

/** The answer's end of the path: records each chunk in the turn state; a non-empty delta becomes a token event. */
class TokenSink implements EventSink<GuardedChunk> {
  // A class, not an object of three closures: its methods are shared, and the per-token call stays monomorphic.
  private readonly state: TurnState;
  private readonly out: EventSink<ChatEvent>;
  constructor(state: TurnState, out: EventSink<ChatEvent>) {
    this.state = state;
    this.out = out;
  }
  next(chunk: GuardedChunk): void {
    toTokenEvent(chunk, this.state, this.out);
  }
  error(cause: unknown): void {
    this.out.error(cause);
  }
  complete(): void {
    this.out.complete();
  }
}

/** Records a chunk in the turn state; a non-empty delta becomes a token event. */
function toTokenEvent(chunk: GuardedChunk, state: TurnState, sink: EventSink<ChatEvent>): void {
  record(chunk, state);
  if (chunk.type === 'delta' && chunk.text.length > 0) sink.next({ type: 'token', content: chunk.text });
}

function record(chunk: GuardedChunk, state: TurnState): void {
  switch (chunk.type) {
    case 'delta':
      state.outputTokens += estimateTokens(chunk.text);
      return;
    case 'finish':
      state.inputTokens = chunk.usage.inputTokens;
      state.outputTokens = chunk.usage.outputTokens;
      return;
    case 'audit':
      state.audit.push({ rule: `guard:${chunk.rule}`, detail: chunk.detail });
      return;
  }
}
