import { Observable } from 'rxjs';
import type { LlmChunk, LlmProvider, LlmRequest } from '../../server/llm/LlmProvider.ts';

export interface ScriptedProvider extends LlmProvider {
  /** Deltas handed to subscribers so far (across requests). */
  readonly emitted: number;
  readonly requests: LlmRequest[];
}

/**
 * A real LlmProvider that streams a fixed script at a set pace; `tokens` may depend on the request.
 * Used by tests and benchmarks where the answer's content is not the point.
 */
export function createScriptedProvider(opts: {
  tokens: readonly string[] | ((request: LlmRequest) => readonly string[]);
  delayMs?: number;
  failAfter?: { count: number; error: Error };
}): ScriptedProvider {
  let emitted = 0;
  const requests: LlmRequest[] = [];
  return {
    name: 'scripted',
    get emitted() {
      return emitted;
    },
    requests,
    stream(request) {
      requests.push(request);
      const tokens = typeof opts.tokens === 'function' ? opts.tokens(request) : opts.tokens;
      return new Observable<LlmChunk>((subscriber) => {
        let i = 0;
        let timer: NodeJS.Timeout | undefined;
        const step = () => {
          if (opts.failAfter && i === opts.failAfter.count) {
            subscriber.error(opts.failAfter.error);
            return;
          }
          if (i >= tokens.length) {
            subscriber.next({ type: 'finish', finishReason: 'stop', usage: { inputTokens: 7, outputTokens: tokens.length } });
            subscriber.complete();
            return;
          }
          emitted++;
          subscriber.next({ type: 'delta', text: tokens[i++] as string });
          timer = setTimeout(step, opts.delayMs ?? 0);
        };
        timer = setTimeout(step, opts.delayMs ?? 0);
        return () => clearTimeout(timer);
      });
    },
  };
}
