import { Observable } from 'rxjs';
import type { LlmChunk, LlmProvider } from '../../server/llm/LlmProvider.ts';

/**
 * A real LlmProvider that says nothing until `release()`, then answers every request, waiting or
 * later, with "Hello there.": for tests that need a turn to stay open, with no clock involved.
 */
export function createHeldProvider() {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const provider: LlmProvider = {
    name: 'held',
    stream: () =>
      new Observable<LlmChunk>((subscriber) => {
        void released.then(() => {
          if (subscriber.closed) return;
          for (const text of ['Hello', ' there.']) subscriber.next({ type: 'delta', text });
          subscriber.next({ type: 'finish', finishReason: 'stop', usage: { inputTokens: 1, outputTokens: 2 } });
          subscriber.complete();
        });
      }),
  };
  return { provider, release };
}
