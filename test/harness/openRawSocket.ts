import { WebSocket, type RawData } from 'ws';

export interface RawSocket extends AsyncDisposable {
  readonly ws: WebSocket;
  /** Every text frame received so far, parsed as JSON. */
  readonly frames: unknown[];
  send(data: unknown): void;
  sendRaw(data: string | Buffer): void;
  /** Resolves with the first frame (from `fromIndex`) matching the predicate; rejects after `timeoutMs`. */
  waitFor<T = unknown>(predicate: (frame: any) => boolean, fromIndex?: number, timeoutMs?: number): Promise<T>;
  closed: Promise<{ code: number; reason: string }>;
}

/** A plain `ws` client that records frames: for protocol-level tests of both endpoints. */
export async function openRawSocket(url: string, opts: { headers?: Record<string, string>; protocols?: string[] } = {}): Promise<RawSocket> {
  const ws = new WebSocket(url, opts.protocols ?? [], { headers: opts.headers ?? {} });
  const frames: unknown[] = [];
  const waiters = new Set<() => void>();
  ws.on('message', (data: RawData) => {
    const text = data.toString();
    try {
      frames.push(JSON.parse(text));
    } catch {
      frames.push(text);
    }
    for (const w of waiters) w();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once('close', (code, reason) => {
      resolve({ code, reason: reason.toString() });
      for (const w of waiters) w();
    }),
  );
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
  return {
    ws,
    frames,
    closed,
    send: (data) => ws.send(JSON.stringify(data)),
    sendRaw: (data) => ws.send(data),
    waitFor<T>(predicate: (frame: any) => boolean, fromIndex = 0, timeoutMs = 10_000) {
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching frame within ${timeoutMs} ms; got ${frames.length} frames: ${JSON.stringify(frames).slice(0, 1000)} … ${JSON.stringify(frames.slice(-4))}`));
        }, timeoutMs);
        const check = () => {
          const found = frames.slice(fromIndex).find(predicate);
          if (found !== undefined) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(found as T);
          } else if (ws.readyState === WebSocket.CLOSED) {
            waiters.delete(check);
            clearTimeout(timer);
            reject(new Error(`socket closed before the expected frame; got ${JSON.stringify(frames).slice(0, 2000)}`));
          }
        };
        waiters.add(check);
        check();
      });
    },
    async [Symbol.asyncDispose]() {
      if (ws.readyState === WebSocket.OPEN || ws.readyState === WebSocket.CONNECTING) ws.terminate();
    },
  };
}
