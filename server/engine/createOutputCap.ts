import type { LlmChunk } from '../llm/LlmProvider.ts';

/**
 * Enforces LLM_MAX_OUTPUT_TOKENS on what a provider actually streams, whatever it was asked: a
 * server that ignores `max_tokens` (or a hostile one) would otherwise bill and stream without end.
 * Each delta is at least one token, and no real tokenizer averages 8 characters a token, so the
 * stream is cut after `max` deltas or `8 * max` characters, with a `finish` (`length`) so the
 * answer still ends normally (guard, disclaimer, usage).
 *
 * The returned function hands each chunk (or the part of it that fits) to `emit`, the same object
 * when it passes whole; it returns false once the cap is reached, and the caller stops the provider.
 */
export function createOutputCap(max: number, inputTokens: number): (chunk: LlmChunk, emit: (chunk: LlmChunk) => void) => boolean {
  let deltas = 0;
  let chars = 0;
  return (chunk, emit) => {
    if (chunk.type !== 'delta') {
      emit(chunk);
      return true;
    }
    const room = 8 * max - chars;
    if (deltas < max && room > 0) {
      deltas += 1;
      if (chunk.text.length <= room) {
        chars += chunk.text.length;
        emit(chunk);
        return true;
      }
      chars += room;
      emit({ type: 'delta', text: chunk.text.slice(0, room) });
    }
    emit({ type: 'finish', finishReason: 'length', usage: { inputTokens, outputTokens: max } });
    return false;
  };
}
