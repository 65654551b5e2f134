import { Observable } from 'rxjs';
import type { Grounding, LlmChunk, LlmProvider } from './LlmProvider.ts';

/**
 * The embedded default: an offline, deterministic "model" that writes the answer composed from the
 * agents' grounded results and streams it word by word, paced like a hosted model so clients see
 * real streaming. It needs no network and no weights.
 */
export function createLocalProvider(opts: { compose: (grounding: Grounding) => string; tokenDelayMs: number }): LlmProvider {
  return {
    name: 'local',
    stream(request) {
      return new Observable<LlmChunk>((subscriber) => {
        const text = opts.compose(request.grounding);
        const all = splitIntoTokens(text);
        const allPieces = all.length;
        const pieces = all.slice(0, request.maxOutputTokens);
        const inputTokens = estimate(request.messages.map((m) => m.content).join('\n'));
        let index = 0;
        let timeout: NodeJS.Timeout | undefined;
        let immediate: NodeJS.Immediate | undefined;
        const step = () => {
          if (request.signal.aborted) return;
          const piece = pieces[index];
          if (piece === undefined) {
            const finishReason = pieces.length < allPieces ? 'length' : 'stop';
            subscriber.next({ type: 'finish', finishReason, usage: { inputTokens, outputTokens: index } });
            subscriber.complete();
            return;
          }
          index++;
          subscriber.next({ type: 'delta', text: piece });
          if (opts.tokenDelayMs > 0) timeout = setTimeout(step, opts.tokenDelayMs);
          else immediate = setImmediate(step);
        };
        immediate = setImmediate(step);
        return () => {
          clearTimeout(timeout);
          clearImmediate(immediate);
        };
      });
    },
  };
}

/** Words with their trailing whitespace, so concatenating the tokens gives the text back exactly. */
export function splitIntoTokens(text: string): string[] {
  return text.match(/\s*\S+\s*/g) ?? [];
}

function estimate(text: string): number {
  return text.length === 0 ? 0 : Math.max(1, Math.round(text.length / 4));
}
