import { SpanKind } from '@opentelemetry/api';
import { Observable } from 'rxjs';
import type { ResponseOptions } from '../engine/respondWithLlm.ts';
import type { LlmChunk, LlmProvider } from '../llm/LlmProvider.ts';
import { fail } from './tracePluginRun.ts';
import { ATTR, FIRST_TOKEN_EVENT, getTracer } from './traceAttributes.ts';

export interface ModelInfo {
  /** gen_ai.provider.name: `openai`, `anthropic`, or the gateway's offline engine `medchat.local`. */
  readonly providerName: string;
  readonly model: string;
}

/**
 * The model call as a client span following the GenAI semantic conventions (`chat <model>`): the
 * request's model and output limit, then usage, finish reason and time to first chunk (an attribute
 * in seconds and an event at that moment). Never the prompt or the answer. Applied only when tracing
 * is on: the wrapper is one more hop per token.
 */
export function traceProvider(provider: LlmProvider, info: ModelInfo): LlmProvider {
  return {
    name: provider.name,
    stream(request) {
      return new Observable<LlmChunk>((subscriber) => {
        const span = getTracer().startSpan(`chat ${info.model}`, {
          kind: SpanKind.CLIENT,
          attributes: {
            [ATTR.genAiOperationName]: 'chat',
            [ATTR.genAiProviderName]: info.providerName,
            [ATTR.genAiSystem]: info.providerName,
            [ATTR.genAiRequestModel]: info.model,
            [ATTR.genAiRequestMaxTokens]: request.maxOutputTokens,
          },
        });
        if (!span.isRecording()) return provider.stream(request).subscribe(subscriber);
        const startedAt = performance.now();
        let firstChunk = false;
        let ended = false;
        const end = (outcome: 'ok' | 'error' | 'cancelled') => {
          if (ended) return;
          ended = true;
          span.setAttribute(ATTR.providerOutcome, outcome);
          span.end();
        };
        const subscription = provider.stream(request).subscribe({
          next: (chunk) => {
            if (chunk.type === 'delta' && !firstChunk) {
              firstChunk = true;
              span.setAttribute(ATTR.genAiTimeToFirstChunk, (performance.now() - startedAt) / 1000);
              span.addEvent(FIRST_TOKEN_EVENT);
            } else if (chunk.type === 'finish') {
              span.setAttributes({
                [ATTR.genAiUsageInputTokens]: chunk.usage.inputTokens,
                [ATTR.genAiUsageOutputTokens]: chunk.usage.outputTokens,
                [ATTR.genAiResponseFinishReasons]: [chunk.finishReason],
              });
              // The answer stage completes on `finish` and unsubscribes before the stream's own complete.
              end('ok');
            }
            subscriber.next(chunk);
          },
          error: (cause: unknown) => {
            // LlmError's errorType (upstream_timeout, upstream_unavailable, ...); its message is not recorded.
            fail(span, cause instanceof Error && 'errorType' in cause ? String(cause.errorType) : 'internal_error');
            end('error');
            subscriber.error(cause);
          },
          complete: () => {
            end('ok');
            subscriber.complete();
          },
        });
        return () => {
          subscription.unsubscribe();
          end('cancelled');
        };
      });
    },
  };
}

/** The answer stage with its provider traced. */
export function traceResponse(response: ResponseOptions, info: ModelInfo): ResponseOptions {
  return { ...response, provider: traceProvider(response.provider, info) };
}
