import { Observable, type OperatorFunction } from 'rxjs';
import type { LlmChunk } from '../llm/LlmProvider.ts';

/**
 * Enforces LLM_MAX_OUTPUT_TOKENS on what a provider actually streams, whatever it was asked: a
 * server that ignores `max_tokens` (or a hostile one) would otherwise bill and stream without end.
 * Each delta is at least one token, and no real tokenizer averages 8 characters a token, so the
 * stream is cut after `max` deltas or `8 * max` characters, with a `finish` (`length`) so the
 * answer still ends normally (guard, disclaimer, usage). Unsubscribing aborts the upstream request.
 */
export function capOutputTokens(max: number, inputTokens: number): OperatorFunction<LlmChunk, LlmChunk> {
  return (source) =>
    new Observable<LlmChunk>((subscriber) => {
      let deltas = 0;
      let chars = 0;
      const subscription = source.subscribe({
        next(chunk) {
          if (chunk.type !== 'delta') return subscriber.next(chunk);
          const room = 8 * max - chars;
          if (deltas < max && room > 0) {
            const text = chunk.text.length > room ? chunk.text.slice(0, room) : chunk.text;
            deltas += 1;
            chars += text.length;
            subscriber.next({ type: 'delta', text });
            if (text.length === chunk.text.length) return;
          }
          // Over the limit: the provider went on past what it was asked for.
          subscriber.next({ type: 'finish', finishReason: 'length', usage: { inputTokens, outputTokens: max } });
          subscriber.complete();
          subscription?.unsubscribe();
        },
        error: (cause: unknown) => subscriber.error(cause),
        complete: () => subscriber.complete(),
      });
      return subscription;
    });
}
