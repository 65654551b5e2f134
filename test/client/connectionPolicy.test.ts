/**
 * A typed client that fails clearly. Fault it stands for: with no server running, the client retried
 * forever and every call waited with it, so `npm run chat` printed nothing and hung until killed.
 */
import { createServer } from 'node:http';
import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { ChatConnectionError, createChatClient, type ConnectionState } from '../../client/index.ts';
import { freePort } from '../harness/freePort.ts';
import { collectTurn, startTestGateway } from '../harness/startTestGateway.ts';

const WS = WebSocket as unknown as typeof globalThis.WebSocket;

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

describe('typed client connection policy', () => {
  it('with nothing listening, a call fails with CONNECT_TIMEOUT instead of waiting forever', async () => {
    const port = await freePort();
    const states: ConnectionState[] = [];
    const client = createChatClient({ url: `http://127.0.0.1:${port}`, WebSocket: WS, connectTimeoutMs: 400, onConnectionChange: (s) => states.push(s) });
    try {
      const cause = await failureOf(collectTurn(client.streamTurn({ message: 'hello' })));
      expect(cause).toMatchObject({ code: 'CONNECT_TIMEOUT', url: `ws://127.0.0.1:${port}/trpc` });
      expect(cause.message).toContain(`ws://127.0.0.1:${port}/trpc`);
      expect(states[0]).toBe('connecting');
      expect(states.at(-1)).toBe('failed');
      expect(states).not.toContain('open');
      // Later calls fail at once with the same error.
      expect((await failureOf(client.trpc.profile.get.query())).code).toBe('CONNECT_TIMEOUT');
    } finally {
      await client.close();
    }
  });

  it('a server that refuses every upgrade (HTTP 429) exhausts maxRetries and the error carries the status', async () => {
    const refusing = createServer((_req, res) => res.writeHead(404).end());
    refusing.on('upgrade', (_req, socket) => socket.end('HTTP/1.1 429 Too Many Requests\r\nRetry-After: 5\r\nContent-Length: 0\r\n\r\n'));
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    const { port } = refusing.address() as { port: number };
    const client = createChatClient({ url: `http://127.0.0.1:${port}`, WebSocket: WS, connectTimeoutMs: 0, maxRetries: 1 });
    try {
      const cause = await failureOf(collectTurn(client.streamTurn({ message: 'hello' })));
      expect(cause).toMatchObject({ code: 'RETRIES_EXHAUSTED', status: 429 });
      expect(cause.message).toMatch(/after 2 attempts.*HTTP 429/);
    } finally {
      await client.close();
      await new Promise((resolve) => refusing.close(resolve));
    }
  });

  it('lazy: connects on the first call, reports open, and streams the turn', async () => {
    await using gw = await startTestGateway();
    const states: ConnectionState[] = [];
    const client = createChatClient({ url: gw.url, WebSocket: WS, lazy: true, onConnectionChange: (s) => states.push(s) });
    try {
      expect(states).toEqual([]);
      const events = await collectTurn(client.streamTurn({ message: 'hello' }));
      expect(events.at(-1)?.event.type).toBe('stream_end');
      expect(states.slice(0, 2)).toEqual(['connecting', 'open']);
    } finally {
      await client.close();
    }
  });
});
