import { afterEach, describe, expect, it, vi } from 'vitest';
import { estimatePromptTokens, estimateTokens } from '../../server/llm/estimateTokens.ts';
import { createOpenAiProvider } from '../../server/llm/createOpenAiProvider.ts';
import { LlmError } from '../../server/llm/LlmError.ts';
import type { LlmChunk } from '../../server/llm/LlmProvider.ts';
import {
  closeFixtureServers,
  collect,
  fixture,
  hang,
  llmRequest,
  sse,
  startFixtureServer,
  status,
  textOf,
} from './fixtureServer.ts';

const KEY = 'sk-test-123';
const TEXT =
  'Rest and drink fluids. Café ☕ helps some — 😀 中文 too.\n\nThis is general information, not a diagnosis.';
const provider = (baseUrl: string, timeoutMs = 2000) =>
  createOpenAiProvider({ baseUrl, apiKey: KEY, model: 'gpt-4o-mini', timeoutMs });

afterEach(closeFixtureServers);

function expectSafeError(error: unknown, errorType: string): LlmError {
  expect(error).toBeInstanceOf(LlmError);
  const e = error as LlmError;
  expect(e.errorType).toBe(errorType);
  const visible = `${e.message} ${JSON.stringify(e)} ${String(e.stack)}`;
  expect(visible).not.toContain(KEY);
  expect(visible).not.toContain('SECRET-UPSTREAM-BODY');
  return e;
}

describe('createOpenAiProvider', () => {
  it('posts a streaming chat completion and relays the text exactly, then usage from the usage chunk', async () => {
    const server = await startFixtureServer(sse(fixture('openai-stream.sse')));
    const request = llmRequest({ maxOutputTokens: 123 });
    const { chunks, error } = await collect(provider(server.baseUrl + '/').stream(request));
    expect(error).toBeUndefined();
    expect(textOf(chunks)).toBe(TEXT);
    expect(chunks.at(-1)).toEqual({ type: 'finish', finishReason: 'stop', usage: { inputTokens: 57, outputTokens: 19 } });
    expect(chunks.filter((c) => c.type === 'finish')).toHaveLength(1);
    const [sent] = server.requests;
    expect(sent?.method).toBe('POST');
    expect(sent?.url).toBe('/v1/chat/completions');
    expect(sent?.headers['authorization']).toBe(`Bearer ${KEY}`);
    expect(sent?.body).toEqual({
      model: 'gpt-4o-mini',
      messages: request.messages,
      stream: true,
      stream_options: { include_usage: true },
      max_tokens: 123,
    });
  });

  it.each([1, 2, 3, 5, 7, 64])('relays the text exactly when the body arrives in %i-byte writes', async (chunkSize) => {
    const server = await startFixtureServer(sse(fixture('openai-stream.sse'), { chunkSize }));
    const { chunks, error } = await collect(provider(server.baseUrl).stream(llmRequest()));
    expect(error).toBeUndefined();
    expect(textOf(chunks)).toBe(TEXT);
  });

  it('maps finish_reason length and estimates usage when the server sends none (CRLF stream)', async () => {
    const server = await startFixtureServer(sse(fixture('openai-length-no-usage.sse')));
    const request = llmRequest();
    const { chunks } = await collect(createOpenAiProvider({ baseUrl: server.baseUrl, model: 'm', timeoutMs: 2000 }).stream(request));
    expect(server.requests[0]?.headers['authorization']).toBeUndefined();
    expect(textOf(chunks)).toBe('One two three');
    expect(chunks.at(-1)).toEqual({
      type: 'finish',
      finishReason: 'length',
      usage: { inputTokens: estimatePromptTokens(request.messages), outputTokens: estimateTokens('One two three') },
    });
  });

  it('turns an error event after some text into a typed error without the upstream message', async () => {
    const server = await startFixtureServer(sse(fixture('openai-error-event.sse')));
    const { chunks, error } = await collect(provider(server.baseUrl).stream(llmRequest()));
    expect(textOf(chunks)).toBe('Partial');
    expectSafeError(error, 'upstream_unavailable');
  });

  it.each([
    [429, 'upstream_rate_limited', true],
    [500, 'upstream_unavailable', true],
    [503, 'upstream_unavailable', true],
    [504, 'upstream_timeout', true],
    [401, 'upstream_error', false],
    [400, 'upstream_error', false],
  ] as const)('maps HTTP %i to %s (retryable %s) without the body or key', async (code, errorType, retryable) => {
    const server = await startFixtureServer(status(code, { 'retry-after': '7' }));
    const { chunks, error } = await collect(provider(server.baseUrl).stream(llmRequest()));
    expect(chunks).toEqual([]);
    const e = expectSafeError(error, errorType);
    expect(e.retryable).toBe(retryable);
    if (code === 429) expect(e.retryAfterSeconds).toBe(7);
  });

  it('reports a refused connection as upstream_unavailable', async () => {
    const server = await startFixtureServer(hang);
    await server.close();
    const { error } = await collect(provider(server.baseUrl).stream(llmRequest()));
    expect(expectSafeError(error, 'upstream_unavailable').message).toContain('unreachable');
  });

  it('times out a server that never answers, and closes the connection', async () => {
    const server = await startFixtureServer(hang);
    const { error } = await collect(provider(server.baseUrl, 100).stream(llmRequest()));
    expectSafeError(error, 'upstream_timeout');
    await vi.waitFor(() => expect(server.requests[0]?.socketClosed).toBe(true));
  });

  it('times out a stream that goes silent after some text', async () => {
    const server = await startFixtureServer(sse(fixture('openai-partial.sse'), { after: 'open' }));
    const { chunks, error } = await collect(provider(server.baseUrl, 400).stream(llmRequest()));
    expect(textOf(chunks)).toBe('First second');
    expectSafeError(error, 'upstream_timeout');
  });

  it('reports a mid-stream disconnect as upstream_unavailable after the text that arrived', async () => {
    const server = await startFixtureServer(sse(fixture('openai-partial.sse'), { after: 'destroy' }));
    const { chunks, error } = await collect(provider(server.baseUrl).stream(llmRequest()));
    expect(textOf(chunks)).toBe('First second');
    expect(chunks.some((c) => c.type === 'finish')).toBe(false);
    expectSafeError(error, 'upstream_unavailable');
  });

  it('a cancel through the signal closes the upstream socket and still reports usage', async () => {
    const server = await startFixtureServer(sse(fixture('openai-partial.sse'), { chunkSize: 16, after: 'open' }));
    const controller = new AbortController();
    const request = llmRequest({ signal: controller.signal });
    const chunks: LlmChunk[] = [];
    const done = new Promise<void>((resolve, reject) =>
      provider(server.baseUrl).stream(request).subscribe({
        next: (c) => {
          chunks.push(c);
          if (c.type === 'delta') controller.abort();
        },
        error: reject,
        complete: resolve,
      }),
    );
    await done;
    await vi.waitFor(() => expect(server.requests[0]?.socketClosed).toBe(true));
    const text = textOf(chunks);
    expect(text).toBe('First');
    expect(chunks.at(-1)).toEqual({
      type: 'finish',
      finishReason: 'stop',
      usage: { inputTokens: estimatePromptTokens(request.messages), outputTokens: estimateTokens(text) },
    });
  });

  it('unsubscribing closes the upstream socket', async () => {
    const server = await startFixtureServer(sse(fixture('openai-partial.sse'), { after: 'open' }));
    const subscription = provider(server.baseUrl).stream(llmRequest()).subscribe({
      next: (c) => {
        if (c.type === 'delta') queueMicrotask(() => subscription.unsubscribe());
      },
    });
    await vi.waitFor(() => expect(server.requests[0]?.socketClosed).toBe(true));
    expect(subscription.closed).toBe(true);
  });

  it('sends nothing for an already cancelled turn and finishes with the prompt usage only', async () => {
    const server = await startFixtureServer(hang);
    const controller = new AbortController();
    controller.abort();
    const request = llmRequest({ signal: controller.signal });
    const { chunks } = await collect(provider(server.baseUrl).stream(request));
    expect(server.requests).toHaveLength(0);
    expect(chunks).toEqual([
      { type: 'finish', finishReason: 'stop', usage: { inputTokens: estimatePromptTokens(request.messages), outputTokens: 0 } },
    ]);
  });
});
