import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Observable } from 'rxjs';
import type { Grounding, LlmChunk, LlmRequest } from '../../server/llm/LlmProvider.ts';

/** A vendor fixture from test/llm/fixtures, as the exact bytes the server sends. */
export const fixture = (file: string): Buffer => readFileSync(new URL(`./fixtures/${file}`, import.meta.url));

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Record<string, unknown>;
  /** Set when the TCP connection carrying this request closes (a cancel must get here). */
  socketClosed: boolean;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, index: number) => void | Promise<void>;

export interface FixtureServer {
  /** `http://127.0.0.1:{port}/v1` */
  readonly baseUrl: string;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

const open = new Set<FixtureServer>();

/** Real HTTP on 127.0.0.1, port 0; `handlers[i]` answers request i (the last one repeats). */
export async function startFixtureServer(...handlers: Handler[]): Promise<FixtureServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const index = requests.length;
      const text = Buffer.concat(chunks).toString('utf8');
      const record: RecordedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
        socketClosed: req.socket.destroyed,
      };
      req.socket.once('close', () => (record.socketClosed = true));
      requests.push(record);
      const handler = handlers[Math.min(index, handlers.length - 1)];
      void handler?.(req, res, index);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const handle: FixtureServer = {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        open.delete(handle);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  open.add(handle);
  return handle;
}

/** For afterEach: closes every server this test file started. */
export async function closeFixtureServers(): Promise<void> {
  await Promise.all([...open].map((s) => s.close()));
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface SseOptions {
  /** Bytes per write (1 = every byte alone); the whole body in one write when absent. */
  readonly chunkSize?: number;
  /** After the body: `end` the response, keep it `open` (cancel tests), or `destroy` the socket. */
  readonly after?: 'end' | 'open' | 'destroy';
}

/** Answers with a vendor event stream. */
export function sse(body: Buffer, options: SseOptions = {}): Handler {
  return async (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    const size = options.chunkSize ?? body.length;
    for (let i = 0; i < body.length; i += size) {
      if (res.destroyed) return;
      // Waiting for each write to flush keeps writes apart on the wire and before a destroy.
      await new Promise<void>((resolve) => res.write(body.subarray(i, i + size), () => resolve()));
      if (options.chunkSize) await nextTurn();
    }
    const after = options.after ?? 'end';
    if (after === 'end') res.end();
    else if (after === 'destroy') res.socket?.destroy();
  };
}

/** Answers with a status and a JSON error body like the vendors' (which must never reach our errors). */
export function status(code: number, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(code, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify({ error: { message: 'SECRET-UPSTREAM-BODY sk-test-123', type: 'server_error' } }));
  };
}

/** Never answers: the client's timeout has to fire. */
export const hang: Handler = () => undefined;

/** Every chunk a stream emitted, and its error if it ended with one. */
export function collect<T>(source: Observable<T>): Promise<{ chunks: T[]; error: unknown }> {
  return new Promise((resolve) => {
    const chunks: T[] = [];
    source.subscribe({
      next: (c) => chunks.push(c),
      error: (error: unknown) => resolve({ chunks, error }),
      complete: () => resolve({ chunks, error: undefined }),
    });
  });
}

export const grounding = (overrides: Partial<Grounding> = {}): Grounding => ({
  message: 'I have a cold',
  history: [],
  profile: undefined,
  results: {},
  emergency: undefined,
  safety: { emergencyNumber: '112', crisisLine: '988' },
  ...overrides,
});

export const llmRequest = (overrides: Partial<LlmRequest> = {}): LlmRequest => ({
  messages: [
    { role: 'system', content: 'You are careful.' },
    { role: 'user', content: 'I have a cold' },
  ],
  grounding: grounding(),
  maxOutputTokens: 256,
  signal: new AbortController().signal,
  ...overrides,
});

/** Text of the deltas, joined. */
export const textOf = (chunks: readonly LlmChunk[]): string =>
  chunks.map((c) => (c.type === 'delta' ? c.text : '')).join('');
