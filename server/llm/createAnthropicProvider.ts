import type { LlmMessage, LlmProvider } from './LlmProvider.ts';
import { errorFromEventCode, joinUrl, parseEventJson, streamSseCompletion } from './streamSseCompletion.ts';

export interface AnthropicProviderOptions {
  /** Includes the version path, e.g. `https://api.anthropic.com/v1`; we post to `{baseUrl}/messages`. */
  readonly baseUrl: string;
  readonly apiKey?: string;
  readonly model: string;
  /** Connect/first-byte limit and the longest silence allowed between two chunks of the stream. */
  readonly timeoutMs: number;
  readonly name?: string;
}

/** Messages API: system text is a top-level field and same-role turns must be merged to alternate. */
function toAnthropicBody(messages: readonly LlmMessage[]) {
  const system = messages.filter((m) => m.role === 'system').map((m) => m.content).join('\n\n');
  const turns: { role: 'user' | 'assistant'; content: string }[] = [];
  for (const m of messages) {
    if (m.role === 'system') continue;
    const last = turns.at(-1);
    if (last && last.role === m.role) last.content += `\n\n${m.content}`;
    else turns.push({ role: m.role, content: m.content });
  }
  return { system, messages: turns };
}

const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

/**
 * Anthropic Messages streaming behind the same LlmProvider interface. Events: message_start (input
 * usage), content_block_delta/text_delta (text), message_delta (stop_reason, cumulative output usage),
 * message_stop (end), ping (ignored), error (typed: overloaded_error -> upstream_unavailable,
 * rate_limit_error -> upstream_rate_limited).
 */
export function createAnthropicProvider(options: AnthropicProviderOptions): LlmProvider {
  const name = options.name ?? 'anthropic';
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'text/event-stream',
    'anthropic-version': '2023-06-01',
  };
  if (options.apiKey) headers['x-api-key'] = options.apiKey;
  return {
    name,
    stream: (request) => {
      const { system, messages } = toAnthropicBody(request.messages);
      return streamSseCompletion({
        name,
        url: joinUrl(options.baseUrl, '/messages'),
        headers,
        timeoutMs: options.timeoutMs,
        request,
        body: {
          model: options.model,
          max_tokens: request.maxOutputTokens,
          ...(system ? { system } : {}),
          messages,
          stream: true,
        },
        onEvent: (event, state) => {
          const json = parseEventJson(name, event.data);
          const type = json['type'] ?? event.event;
          if (type === 'error') {
            const error = json['error'] as Record<string, unknown> | undefined;
            throw errorFromEventCode(name, error?.['type']);
          }
          if (type === 'message_start') {
            const usage = (json['message'] as { usage?: Record<string, unknown> } | undefined)?.usage;
            const input = num(usage?.['input_tokens']);
            if (input !== undefined) {
              // Cached prompt tokens are reported apart; they are still prompt tokens.
              state.inputTokens =
                input + (num(usage?.['cache_creation_input_tokens']) ?? 0) + (num(usage?.['cache_read_input_tokens']) ?? 0);
            }
          } else if (type === 'content_block_delta') {
            const delta = json['delta'] as { type?: unknown; text?: unknown } | undefined;
            if (delta?.type === 'text_delta' && typeof delta.text === 'string' && delta.text) return { delta: delta.text };
          } else if (type === 'message_delta') {
            const stop = (json['delta'] as { stop_reason?: unknown } | undefined)?.stop_reason;
            if (typeof stop === 'string') state.finishReason = stop === 'max_tokens' ? 'length' : 'stop';
            const output = num((json['usage'] as Record<string, unknown> | undefined)?.['output_tokens']);
            if (output !== undefined) state.outputTokens = output;
          } else if (type === 'message_stop') {
            return { done: true };
          }
          return {};
        },
      });
    },
  };
}
