import type { Socket } from 'node:net';
import superjson from 'superjson';
import { WebSocket, type RawData } from 'ws';

export interface StreamReader extends AsyncDisposable {
  readonly ws: WebSocket;
  /** Token frames received and their text, in order. */
  readonly tokenFrames: number;
  /** The longest text one token frame carried. */
  readonly longestTokenText: number;
  readonly text: string;
  /** Every non-token frame's event type (compat `type`, tRPC event `type`), in order. */
  readonly others: string[];
  /** From the turn's stream_start; the compat connection frame's session id. */
  readonly turnId: string | undefined;
  readonly sessionId: string | undefined;
  readonly firstToken: Promise<void>;
  /** The turn's last frame: compat stream_end or error; tRPC stream_end. */
  readonly ended: Promise<Record<string, unknown>>;
  readonly closed: Promise<number>;
  /** Stops reading from the TCP socket (the kernel buffers fill, then the server's queue). */
  pause(): void;
  resume(): void;
}

/**
 * A raw client for one long turn that keeps counts instead of every frame, so a turn of 100 000
 * tokens costs the test O(n): compat (`message` frame) or tRPC (a chat.stream subscription).
 */
export async function openStreamReader(wsUrl: string, opts: { endpoint: 'compat' | 'trpc'; message: string; enableAgents?: boolean; autoPong?: boolean }): Promise<StreamReader> {
  const path = opts.endpoint === 'trpc' ? '/trpc' : '/api/v1/ws/chat';
  const ws = new WebSocket(`${wsUrl}${path}`, { autoPong: opts.autoPong ?? true });
  let tokenFrames = 0;
  let longestTokenText = 0;
  let text = '';
  const others: string[] = [];
  let turnId: string | undefined;
  let sessionId: string | undefined;
  let onFirst!: () => void;
  let onEnd!: (frame: Record<string, unknown>) => void;
  const firstToken = new Promise<void>((resolve) => (onFirst = resolve));
  const ended = new Promise<Record<string, unknown>>((resolve) => (onEnd = resolve));
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  ws.on('message', (data: RawData) => {
    const frame = JSON.parse(data.toString()) as Record<string, any>;
    const event: Record<string, any> | undefined =
      opts.endpoint === 'compat' ? frame : frame['result']?.type === 'data' ? superjson.deserialize<{ data: Record<string, any> }>(frame['result'].data).data : undefined;
    if (!event) return;
    if (event['type'] === 'token') {
      tokenFrames++;
      longestTokenText = Math.max(longestTokenText, (event['content'] as string).length);
      text += event['content'] as string;
      onFirst();
      return;
    }
    others.push(event['type'] as string);
    if (event['type'] === 'connection') sessionId = event['session_id'];
    if (event['type'] === 'stream_start') turnId = opts.endpoint === 'compat' ? event['metadata']?.turn_id : event['turnId'];
    if (event['type'] === 'stream_end' || (opts.endpoint === 'compat' && event['type'] === 'error')) onEnd(event);
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const enableAgents = opts.enableAgents ?? true;
  if (opts.endpoint === 'compat') ws.send(JSON.stringify({ message: opts.message, enable_agents: enableAgents }));
  else ws.send(JSON.stringify({ id: 1, method: 'subscription', params: { path: 'chat.stream', input: superjson.serialize({ message: opts.message, enableAgents }) } }));
  const socket = () => (ws as unknown as { _socket: Socket })._socket;
  return {
    ws,
    get tokenFrames() {
      return tokenFrames;
    },
    get longestTokenText() {
      return longestTokenText;
    },
    get text() {
      return text;
    },
    others,
    get turnId() {
      return turnId;
    },
    get sessionId() {
      return sessionId;
    },
    firstToken,
    ended,
    closed,
    pause: () => socket().pause(),
    resume: () => socket().resume(),
    async [Symbol.asyncDispose]() {
      if (ws.readyState !== WebSocket.CLOSED) ws.terminate();
    },
  };
}
