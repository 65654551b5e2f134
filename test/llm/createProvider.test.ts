import { afterEach, describe, expect, it } from 'vitest';
import { createProvider, llmFallbacksSchema } from '../../server/llm/createProvider.ts';
import { LlmError } from '../../server/llm/LlmError.ts';
import { closeFixtureServers, collect, fixture, llmRequest, sse, startFixtureServer, status, textOf } from './fixtureServer.ts';

afterEach(closeFixtureServers);

const fast = { attempts: 2, baseDelayMs: 1, maxDelayMs: 20, jitter: false };

describe('llmFallbacksSchema', () => {
  it('parses the LLM_FALLBACKS JSON string', () => {
    const parsed = llmFallbacksSchema.parse(
      '[{"provider":"anthropic","baseUrl":"https://api.anthropic.com/v1","apiKey":"k","model":"claude"},' +
        '{"provider":"openai","baseUrl":"http://127.0.0.1:11434/v1","model":"llama3","timeoutMs":5000}]',
    );
    expect(parsed).toEqual([
      { provider: 'anthropic', baseUrl: 'https://api.anthropic.com/v1', apiKey: 'k', model: 'claude' },
      { provider: 'openai', baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3', timeoutMs: 5000 },
    ]);
  });

  it('treats unset or empty as no fallbacks', () => {
    expect(llmFallbacksSchema.parse(undefined)).toEqual([]);
    expect(llmFallbacksSchema.parse('  ')).toEqual([]);
  });

  it('rejects bad JSON and bad entries without echoing the values', () => {
    const secret = 'sk-very-secret';
    for (const input of [
      `[{"provider":"openai","apiKey":"${secret}"`,
      `[{"provider":"local","baseUrl":"http://x/v1","model":"m","apiKey":"${secret}"}]`,
      `[{"provider":"openai","baseUrl":"ftp://x/v1","model":"m","apiKey":"${secret}"}]`,
      `{"provider":"openai","baseUrl":"http://x/v1","model":"m","apiKey":"${secret}"}`,
    ]) {
      const result = llmFallbacksSchema.safeParse(input);
      expect(result.success).toBe(false);
      expect(JSON.stringify(result.error?.issues)).not.toContain(secret);
      expect(result.error?.message).not.toContain(secret);
    }
  });
});

describe('createProvider', () => {
  it('builds the chain without connecting, and reports an unreachable upstream on the request', async () => {
    const gone = await startFixtureServer(status(500));
    await gone.close();
    const provider = createProvider({ provider: 'openai', baseUrl: gone.baseUrl, model: 'm', timeoutMs: 1000, retry: fast });
    expect(provider.name).toBe('openai');
    const { error } = await collect(provider.stream(llmRequest()));
    expect(error).toBeInstanceOf(LlmError);
    expect((error as LlmError).errorType).toBe('upstream_unavailable');
  });

  it('falls back from an OpenAI-compatible primary to an Anthropic endpoint from LLM_FALLBACKS', async () => {
    const primary = await startFixtureServer(status(503));
    const fallback = await startFixtureServer(sse(fixture('anthropic-stream.sse')));
    const fallbacks = llmFallbacksSchema.parse(
      JSON.stringify([{ provider: 'anthropic', baseUrl: fallback.baseUrl, apiKey: 'ak', model: 'claude' }]),
    );
    const provider = createProvider({
      provider: 'openai',
      baseUrl: primary.baseUrl,
      apiKey: 'ok',
      model: 'gpt',
      timeoutMs: 1000,
      fallbacks,
      retry: fast,
    });
    const { chunks, error } = await collect(provider.stream(llmRequest()));
    expect(error).toBeUndefined();
    expect(primary.requests).toHaveLength(2);
    expect(fallback.requests).toHaveLength(1);
    expect(fallback.requests[0]?.headers['x-api-key']).toBe('ak');
    expect(textOf(chunks)).toContain('Sip water');
    expect(chunks.at(-1)).toMatchObject({ type: 'finish', usage: { inputTokens: 472, outputTokens: 15 } });
  });
});
