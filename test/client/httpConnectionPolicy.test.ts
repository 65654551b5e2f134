/**
 * The typed client's connection policy over the HTTP transport: the same promise as over WebSocket
 * (test/client/connectionPolicy.test.ts), that nothing waits forever. Over HTTP each event stream is its
 * own connection, which EventSource would otherwise retry every few seconds for as long as it lives.
 */
import { createServer } from 'node:http';
import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { ChatConnectionError, createChatClient, type ConnectionState } from '../../client/index.ts';
import { freePort } from '../harness/freePort.ts';
import { collectTurn, startTestGateway } from '../harness/startTestGateway.ts';

async function failureOf(promise: Promise<unknown>): Promise<ChatConnectionError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCClientError);
  const cause = (error as TRPCClientError<never>).cause;
  expect(cause).toBeInstanceOf(ChatConnectionError);
  return cause as ChatConnectionError;
}

describe('typed client connection policy over http', () => {
  it('with nothing listening, a stream fails with CONNECT_TIMEOUT instead of retrying forever; a query fails at once', async () => {
    const port = await freePort();
    const states: ConnectionState[] = [];
    const client = createChatClient({ url: `http://127.0.0.1:${port}`, transport: 'http', connectTimeoutMs: 400, onConnectionChange: (s) => states.push(s) });
    const cause = await failureOf(collectTurn(client.streamTurn({ message: 'hello' })));
    expect(cause).toMatchObject({ code: 'CONNECT_TIMEOUT', url: `http://127.0.0.1:${port}/trpc` });
    expect(states[0]).toBe('connecting');
    expect(states.at(-1)).toBe('failed');
    expect(states).not.toContain('open');
    await expect(client.trpc.profile.get.query()).rejects.toBeInstanceOf(TRPCClientError);
  });

  it('maxRetries bounds the reconnects of a stream that cannot connect', async () => {
    const port = await freePort();
    const client = createChatClient({ url: `http://127.0.0.1:${port}`, transport: 'http', connectTimeoutMs: 0, maxRetries: 1 });
    const cause = await failureOf(collectTurn(client.streamTurn({ message: 'hello' })));
    expect(cause).toMatchObject({ code: 'RETRIES_EXHAUSTED' });
    expect(cause.message).toMatch(/after 2 attempts/);
  }, 15_000);

  it('a server that refuses the stream (HTTP 429) fails it at once with the status, as EventSource does not retry', async () => {
    const refusing = createServer((_req, res) => res.writeHead(429, { 'retry-after': '5', 'content-length': 0 }).end());
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    const { port } = refusing.address() as { port: number };
    try {
      const client = createChatClient({ url: `http://127.0.0.1:${port}`, transport: 'http' });
      const cause = await failureOf(collectTurn(client.streamTurn({ message: 'hello' })));
      expect(cause).toMatchObject({ code: 'RETRIES_EXHAUSTED', status: 429 });
      expect(cause.message).toMatch(/HTTP 429/);
    } finally {
      await new Promise((resolve) => refusing.close(resolve));
    }
  });

  it('a working gateway: the stream reports connecting then open, and a query that takes too long to answer is a CONNECT_TIMEOUT', async () => {
    await using gw = await startTestGateway();
    const states: ConnectionState[] = [];
    const client = createChatClient({ url: gw.url, transport: 'http', onConnectionChange: (s) => states.push(s) });
    const events = await collectTurn(client.streamTurn({ message: 'hello' }));
    expect(events.at(-1)?.event.type).toBe('stream_end');
    expect(states.slice(0, 2)).toEqual(['connecting', 'open']);
    expect(states).not.toContain('failed');
    // A server that accepts the connection and never answers.
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = silent.address() as { port: number };
      const stuck = createChatClient({ url: `http://127.0.0.1:${port}`, transport: 'http', connectTimeoutMs: 300 });
      expect((await failureOf(stuck.trpc.profile.get.query())).code).toBe('CONNECT_TIMEOUT');
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
