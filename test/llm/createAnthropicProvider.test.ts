import { afterEach, describe, expect, it, vi } from 'vitest';
import { estimateTokens } from '../../server/llm/estimateTokens.ts';
import { createAnthropicProvider } from '../../server/llm/createAnthropicProvider.ts';
import { LlmError } from '../../server/llm/LlmError.ts';
import type { LlmChunk } from '../../server/llm/LlmProvider.ts';
import { closeFixtureServers, collect, fixture, llmRequest, sse, startFixtureServer, status, textOf } from './fixtureServer.ts';

const KEY = 'sk-ant-test-123';
const TEXT = 'Sip water, rest — thé 🍵 is fine.\n\nThis is general information, not a diagnosis.';
const provider = (baseUrl: string) =>
  createAnthropicProvider({ baseUrl, apiKey: KEY, model: 'claude-test', timeoutMs: 2000 });

afterEach(closeFixtureServers);

function expectSafeError(error: unknown, errorType: string): void {
  expect(error).toBeInstanceOf(LlmError);
  const e = error as LlmError;
  expect(e.errorType).toBe(errorType);
  expect(`${e.message} ${JSON.stringify(e)}`).not.toMatch(/sk-ant|SECRET-UPSTREAM-BODY|Overloaded/);
}

describe('createAnthropicProvider', () => {
  it('posts a Messages stream with the system prompt on top and relays text and usage', async () => {
    const server = await startFixtureServer(sse(fixture('anthropic-stream.sse')));
    const request = llmRequest({
      maxOutputTokens: 300,
      messages: [
        { role: 'system', content: 'Rules.' },
        { role: 'user', content: 'Hi' },
        { role: 'user', content: 'I have a cold' },
      ],
    });
    const { chunks, error } = await collect(provider(server.baseUrl).stream(request));
    expect(error).toBeUndefined();
    expect(textOf(chunks)).toBe(TEXT);
    expect(chunks.at(-1)).toEqual({ type: 'finish', finishReason: 'stop', usage: { inputTokens: 472, outputTokens: 15 } });
    const [sent] = server.requests;
    expect(sent?.url).toBe('/v1/messages');
    expect(sent?.headers['x-api-key']).toBe(KEY);
    expect(sent?.headers['anthropic-version']).toBe('2023-06-01');
    expect(sent?.body).toEqual({
      model: 'claude-test',
      max_tokens: 300,
      system: 'Rules.',
      messages: [{ role: 'user', content: 'Hi\n\nI have a cold' }],
      stream: true,
    });
  });

  it('relays the text exactly when every byte arrives alone', async () => {
    const server = await startFixtureServer(sse(fixture('anthropic-stream.sse'), { chunkSize: 1 }));
    const { chunks } = await collect(provider(server.baseUrl).stream(llmRequest()));
    expect(textOf(chunks)).toBe(TEXT);
  });

  it('maps stop_reason max_tokens to length', async () => {
    const server = await startFixtureServer(sse(fixture('anthropic-max-tokens.sse')));
    const { chunks } = await collect(provider(server.baseUrl).stream(llmRequest()));
    expect(chunks.at(-1)).toEqual({ type: 'finish', finishReason: 'length', usage: { inputTokens: 472, outputTokens: 2 } });
  });

  it('maps an overloaded_error event after some text to upstream_unavailable', async () => {
    const server = await startFixtureServer(sse(fixture('anthropic-error-overloaded.sse')));
    const { chunks, error } = await collect(provider(server.baseUrl).stream(llmRequest()));
    expect(textOf(chunks)).toBe('Partial');
    expectSafeError(error, 'upstream_unavailable');
  });

  it('maps a rate_limit_error event to upstream_rate_limited', async () => {
    const server = await startFixtureServer(sse(fixture('anthropic-error-rate-limit.sse')));
    const { error } = await collect(provider(server.baseUrl).stream(llmRequest()));
    expectSafeError(error, 'upstream_rate_limited');
  });

  it.each([
    [429, 'upstream_rate_limited'],
    [529, 'upstream_unavailable'],
    [401, 'upstream_error'],
  ] as const)('maps HTTP %i to %s', async (code, errorType) => {
    const server = await startFixtureServer(status(code));
    const { error } = await collect(provider(server.baseUrl).stream(llmRequest()));
    expectSafeError(error, errorType);
  });

  it('reports a mid-stream disconnect as upstream_unavailable', async () => {
    const server = await startFixtureServer(sse(fixture('anthropic-partial.sse'), { after: 'destroy' }));
    const { chunks, error } = await collect(provider(server.baseUrl).stream(llmRequest()));
    expect(textOf(chunks)).toBe('First second');
    expectSafeError(error, 'upstream_unavailable');
  });

  it('a cancel closes the upstream socket; usage keeps the input count and estimates the output', async () => {
    const server = await startFixtureServer(sse(fixture('anthropic-partial.sse'), { chunkSize: 32, after: 'open' }));
    const controller = new AbortController();
    const chunks: LlmChunk[] = [];
    await new Promise<void>((resolve, reject) =>
      provider(server.baseUrl)
        .stream(llmRequest({ signal: controller.signal }))
        .subscribe({
          next: (c) => {
            chunks.push(c);
            if (c.type === 'delta') controller.abort();
          },
          error: reject,
          complete: resolve,
        }),
    );
    await vi.waitFor(() => expect(server.requests[0]?.socketClosed).toBe(true));
    expect(textOf(chunks)).toBe('First');
    expect(chunks.at(-1)).toEqual({
      type: 'finish',
      finishReason: 'stop',
      usage: { inputTokens: 472, outputTokens: estimateTokens('First') },
    });
  });
});
