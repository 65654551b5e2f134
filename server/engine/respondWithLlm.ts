import { Observable, concat, defer, of, type OperatorFunction } from 'rxjs';
import type { GuardedChunk } from '../llm/createOutputGuard.ts';
import { capOutputTokens } from './capOutputTokens.ts';
import type { Grounding, LlmChunk, LlmMessage, LlmProvider } from '../llm/LlmProvider.ts';
import type { ChatEvent } from '../protocol/chatEvent.ts';
import type { EngineObserver } from './EngineObserver.ts';
import type { TurnState } from './TurnState.ts';

export interface ResponseOptions {
  readonly provider: LlmProvider;
  readonly maxOutputTokens: number;
  readonly buildMessages: (grounding: Grounding) => LlmMessage[];
  /** Watches the model's text as it streams and corrects it (see createOutputGuard). */
  readonly guard?: (grounding: Grounding, signal: AbortSignal) => OperatorFunction<LlmChunk, GuardedChunk>;
}

/**
 * The answer stage: `generating_response`, then the provider's deltas as `token` events as they
 * arrive (nothing is buffered here). Usage and the text so far land in the turn state, so a
 * cancelled turn still reports what it streamed.
 */
export function respondWithLlm(
  opts: ResponseOptions,
  grounding: () => Grounding,
  state: TurnState,
  signal: AbortSignal,
  observer: EngineObserver,
): Observable<ChatEvent> {
  return concat(
    of<ChatEvent>({ type: 'status', status: 'generating_response' }),
    defer(() => {
      const g = grounding();
      const messages = opts.buildMessages(g);
      state.inputTokens = estimateTokens(messages.map((m) => m.content).join('\n'));
      const chunks$ = opts.provider.stream({ messages, grounding: g, maxOutputTokens: opts.maxOutputTokens, signal }).pipe(capOutputTokens(opts.maxOutputTokens, state.inputTokens));
      const measured$ = measureProvider(chunks$, opts.provider.name, observer);
      const guarded$: Observable<GuardedChunk> = opts.guard ? measured$.pipe(opts.guard(g, signal)) : measured$;
      return toTokenEvents(guarded$, state);
    }),
  );
}

// The two operators below run per token: each is one hand-written hop instead of a chain of
// tap/finalize/filter/map, which cost about a third of the engine's own per-token CPU.

/** Times the provider call (first delta, outcome) and reports it once the call is over, however it ends. */
function measureProvider(chunks$: Observable<LlmChunk>, provider: string, observer: EngineObserver): Observable<LlmChunk> {
  return new Observable<LlmChunk>((subscriber) => {
    const startedAt = performance.now();
    let firstDelta: number | undefined;
    let outcome: 'ok' | 'error' | 'cancelled' = 'cancelled';
    let errorType: string | undefined;
    const subscription = chunks$.subscribe({
      next: (chunk) => {
        if (firstDelta === undefined && chunk.type === 'delta') firstDelta = (performance.now() - startedAt) / 1000;
        subscriber.next(chunk);
      },
      error: (cause: unknown) => {
        outcome = 'error';
        errorType = cause instanceof Error && 'errorType' in cause ? String(cause.errorType) : 'internal_error';
        subscriber.error(cause);
      },
      complete: () => {
        outcome = 'ok';
        subscriber.complete();
      },
    });
    return () => {
      subscription.unsubscribe();
      observer.onProviderCall(provider, outcome, firstDelta, errorType);
    };
  });
}

/** Records every chunk in the turn state and turns non-empty deltas into token events. */
function toTokenEvents(chunks$: Observable<GuardedChunk>, state: TurnState): Observable<ChatEvent> {
  return new Observable<ChatEvent>((subscriber) =>
    chunks$.subscribe({
      next: (chunk) => {
        record(chunk, state);
        if (chunk.type === 'delta' && chunk.text.length > 0) subscriber.next({ type: 'token', content: chunk.text });
      },
      error: (cause: unknown) => subscriber.error(cause),
      complete: () => subscriber.complete(),
    }),
  );
}

function record(chunk: GuardedChunk, state: TurnState): void {
  switch (chunk.type) {
    case 'delta':
      state.text += chunk.text;
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

/** Rough token count (about four characters a token) for usage when the provider gives none. */
export function estimateTokens(text: string): number {
  return text.length === 0 ? 0 : Math.max(1, Math.round(text.length / 4));
}
