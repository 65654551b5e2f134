import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOpenAiProvider } from '../../server/llm/createOpenAiProvider.ts';
import { LlmError } from '../../server/llm/LlmError.ts';
import { withRetryAndFallback } from '../../server/llm/withRetryAndFallback.ts';
import {
  closeFixtureServers,
  collect,
  fixture,
  type Handler,
  llmRequest,
  sse,
  startFixtureServer,
  status,
  textOf,
} from './fixtureServer.ts';

afterEach(closeFixtureServers);

const TEXT =
  'Rest and drink fluids. Café ☕ helps some — 😀 中文 too.\n\nThis is general information, not a diagnosis.';
const fast = { attempts: 3, baseDelayMs: 1, maxDelayMs: 50, jitter: false };
const openai = (baseUrl: string, name: string) => createOpenAiProvider({ baseUrl, model: 'm', timeoutMs: 2000, name });

/** Records which server answered, in order. */
const logged = (log: string[], name: string, handler: Handler): Handler => (req, res, i) => {
  log.push(name);
  return handler(req, res, i);
};

describe('withRetryAndFallback', () => {
  it('retries retryable failures before the first token, then relays the stream once', async () => {
    const server = await startFixtureServer(status(503), status(500), sse(fixture('openai-stream.sse')));
    const chain = withRetryAndFallback([openai(server.baseUrl, 'a')], { retry: fast });
    const { chunks, error } = await collect(chain.stream(llmRequest()));
    expect(error).toBeUndefined();
    expect(server.requests).toHaveLength(3);
    expect(textOf(chunks)).toBe(TEXT);
  });

  it('never retries after the first token: the error ends the turn and no text repeats', async () => {
    const server = await startFixtureServer(sse(fixture('openai-partial.sse'), { after: 'destroy' }));
    const fallback = await startFixtureServer(sse(fixture('openai-stream.sse')));
    const chain = withRetryAndFallback([openai(server.baseUrl, 'a'), openai(fallback.baseUrl, 'b')], { retry: fast });
    const { chunks, error } = await collect(chain.stream(llmRequest()));
    expect(textOf(chunks)).toBe('First second');
    expect((error as LlmError).errorType).toBe('upstream_unavailable');
    expect(server.requests).toHaveLength(1);
    expect(fallback.requests).toHaveLength(0);
  });

  it('tries the fallbacks in order after the retries are spent', async () => {
    const log: string[] = [];
    const a = await startFixtureServer(logged(log, 'a', status(503)));
    const b = await startFixtureServer(logged(log, 'b', status(502)));
    const c = await startFixtureServer(logged(log, 'c', sse(fixture('openai-stream.sse'))));
    const chain = withRetryAndFallback([openai(a.baseUrl, 'a'), openai(b.baseUrl, 'b'), openai(c.baseUrl, 'c')], {
      retry: { ...fast, attempts: 2 },
    });
    const { chunks, error } = await collect(chain.stream(llmRequest()));
    expect(error).toBeUndefined();
    expect(log).toEqual(['a', 'a', 'b', 'b', 'c']);
    expect(textOf(chunks)).toBe(TEXT);
    expect(chain.name).toBe('a>b>c');
  });

  it('moves to the next provider at once on a non-retryable error', async () => {
    const a = await startFixtureServer(status(401));
    const b = await startFixtureServer(sse(fixture('openai-stream.sse')));
    const chain = withRetryAndFallback([openai(a.baseUrl, 'a'), openai(b.baseUrl, 'b')], { retry: fast });
    const { error } = await collect(chain.stream(llmRequest()));
    expect(error).toBeUndefined();
    expect(a.requests).toHaveLength(1);
    expect(b.requests).toHaveLength(1);
  });

  it('skips to the fallback when retry-after exceeds the longest backoff', async () => {
    const a = await startFixtureServer(status(429, { 'retry-after': '60' }));
    const b = await startFixtureServer(sse(fixture('openai-stream.sse')));
    const chain = withRetryAndFallback([openai(a.baseUrl, 'a'), openai(b.baseUrl, 'b')], { retry: fast });
    const { error } = await collect(chain.stream(llmRequest()));
    expect(error).toBeUndefined();
    expect(a.requests).toHaveLength(1);
  });

  it('ends with the last provider error when every provider fails', async () => {
    const a = await startFixtureServer(status(503));
    const b = await startFixtureServer(status(429));
    const chain = withRetryAndFallback([openai(a.baseUrl, 'a'), openai(b.baseUrl, 'b')], { retry: fast });
    const { chunks, error } = await collect(chain.stream(llmRequest()));
    expect(chunks).toEqual([]);
    expect(error).toBeInstanceOf(LlmError);
    expect((error as LlmError).errorType).toBe('upstream_rate_limited');
    expect(a.requests).toHaveLength(3);
    expect(b.requests).toHaveLength(3);
  });

  it('a cancel during a backoff wait ends the turn at once without another request', async () => {
    const server = await startFixtureServer(status(503));
    const controller = new AbortController();
    const chain = withRetryAndFallback([openai(server.baseUrl, 'a')], {
      retry: { attempts: 5, baseDelayMs: 60_000, maxDelayMs: 60_000, jitter: false },
    });
    const result = collect(chain.stream(llmRequest({ signal: controller.signal })));
    await vi.waitFor(() => expect(server.requests).toHaveLength(1));
    controller.abort();
    const { chunks, error } = await result;
    expect(error).toBeUndefined();
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toMatchObject({ type: 'finish', usage: { outputTokens: 0 } });
    expect(server.requests).toHaveLength(1);
  });
});

describe('withRetryAndFallback cancel', () => {
  it('unsubscribing from the chain mid-stream closes the upstream socket', async () => {
    const server = await startFixtureServer(status(503), sse(fixture('openai-partial.sse'), { after: 'open' }));
    const chain = withRetryAndFallback([openai(server.baseUrl, 'a')], { retry: fast });
    const subscription = chain.stream(llmRequest()).subscribe({
      next: (c) => {
        if (c.type === 'delta') queueMicrotask(() => subscription.unsubscribe());
      },
    });
    await vi.waitFor(() => expect(server.requests[1]?.socketClosed).toBe(true));
    expect(server.requests).toHaveLength(2);
  });
});
