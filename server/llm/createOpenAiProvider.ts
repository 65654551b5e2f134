import type { LlmProvider } from './LlmProvider.ts';
import { errorFromEventCode, joinUrl, parseEventJson, streamSseCompletion } from './streamSseCompletion.ts';

export interface OpenAiProviderOptions {
  /** Includes the version path, e.g. `http://127.0.0.1:11434/v1`; we post to `{baseUrl}/chat/completions`. */
  readonly baseUrl: string;
  readonly apiKey?: string;
  readonly model: string;
  /** Connect/first-byte limit and the longest silence allowed between two chunks of the stream. */
  readonly timeoutMs: number;
  readonly name?: string;
}

/** OpenAI-compatible chat completions (OpenAI, Ollama, vLLM, llama.cpp server, LM Studio). */
export function createOpenAiProvider(options: OpenAiProviderOptions): LlmProvider {
  const name = options.name ?? 'openai';
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'text/event-stream' };
  if (options.apiKey) headers['authorization'] = `Bearer ${options.apiKey}`;
  return {
    name,
    stream: (request) =>
      streamSseCompletion({
        name,
        url: joinUrl(options.baseUrl, '/chat/completions'),
        headers,
        timeoutMs: options.timeoutMs,
        request,
        body: {
          model: options.model,
          messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
          stream: true,
          stream_options: { include_usage: true },
          max_tokens: request.maxOutputTokens,
        },
        onEvent: (event, state) => {
          if (event.data === '[DONE]') return { done: true };
          const json = parseEventJson(name, event.data);
          const error = json['error'];
          if (typeof error === 'object' && error !== null) {
            const e = error as Record<string, unknown>;
            throw errorFromEventCode(name, e['type'] ?? e['code']);
          }
          const usage = json['usage'] as { prompt_tokens?: unknown; completion_tokens?: unknown } | null | undefined;
          if (usage && typeof usage.prompt_tokens === 'number') state.inputTokens = usage.prompt_tokens;
          if (usage && typeof usage.completion_tokens === 'number') state.outputTokens = usage.completion_tokens;
          const choices = json['choices'];
          const choice = (Array.isArray(choices) ? choices[0] : undefined) as
            | { delta?: { content?: unknown }; finish_reason?: unknown }
            | undefined;
          if (typeof choice?.finish_reason === 'string') state.finishReason = choice.finish_reason === 'length' ? 'length' : 'stop';
          const content = choice?.delta?.content;
          return typeof content === 'string' && content.length > 0 ? { delta: content } : {};
        },
      }),
  };
}
