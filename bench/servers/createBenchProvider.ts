import { Observable } from 'rxjs';
import type { LlmChunk, LlmProvider } from '../../server/llm/LlmProvider.ts';
import { BENCH_TOKENS, specFromMessage } from '../lib/benchSpec.ts';
import type { Gate } from '../lib/createGate.ts';
import { paceTokens } from '../lib/paceTokens.ts';

/**
 * A real LlmProvider for the gateway under test: the token count and pace come from the bench tag in
 * the user's message, the schedule and gate are the ones the baselines use.
 */
const noop = () => {};

export function createBenchProvider(gate: Gate): LlmProvider {
  return {
    name: 'bench',
    stream(request) {
      const spec = specFromMessage(request.grounding.message) ?? { tokens: 20, intervalMs: 1, gated: false };
      return new Observable<LlmChunk>((subscriber) => {
        let stop: () => void = noop;
        const leave = gate.enter(spec.gated, (phase) => {
          stop = paceTokens(
            spec,
            phase,
            (i) => subscriber.next({ type: 'delta', text: BENCH_TOKENS[i % BENCH_TOKENS.length] as string }),
            () => {
              subscriber.next({ type: 'finish', finishReason: 'stop', usage: { inputTokens: 50, outputTokens: spec.tokens } });
              subscriber.complete();
            },
          );
        });
        if (stop === noop) stop = leave;
        return () => stop();
      });
    },
  };
}
