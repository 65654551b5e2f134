import superjson from 'superjson';
import { WebSocket } from 'ws';
import { specToMessage, TOKEN_CHARS, type BenchSpec } from './benchSpec.ts';

/** How the load generator talks to a server: raw and bare tRPC baselines, the gateway's two endpoints. */
export type Endpoint = 'raw' | 'bareTrpc' | 'compat' | 'trpc';

export interface StreamResult {
  readonly tokens: number;
  readonly frames: number;
  readonly tokenFrames: number;
  readonly bytes: number;
  /** The agents' results reached the client (gateway endpoints; always true for baselines). */
  readonly agentsSeen: boolean;
  readonly firstFrameMs: number;
  readonly firstTokenMs: number;
  readonly emergencyMs: number | undefined;
}

export interface BenchConnection {
  readonly ws: WebSocket;
  /** Runs one turn; `onTokens(count, cumulative, now)` sees every token frame as it arrives. */
  turn(spec: BenchSpec, text: string, onTokens?: (count: number, total: number, now: number) => void): Promise<StreamResult>;
  close(): void;
}

const PATH: Record<Endpoint, string> = { raw: '/', bareTrpc: '/', compat: '/api/v1/ws/chat', trpc: '/trpc' };
// `{"type":"token","content":"…","timestamp":"<24 chars>"}`: the content's length follows from the frame's.
const PLAIN_TOKEN = Buffer.from('{"type":"token","content":"');
const PLAIN_TAIL = '","timestamp":"2024-01-15T10:30:01.100Z"}'.length;
// tracked() events travel as `"json":{"id":"turn:seq","data":{"type":"token","content":"…"}}`.
const TRPC_TOKEN = Buffer.from('"data":{"type":"token","content":"');
const QUOTE = 0x22;

interface Active {
  spec: BenchSpec;
  started: number;
  tokens: number;
  frames: number;
  tokenFrames: number;
  bytes: number;
  agentList: boolean;
  agentsSeen: boolean;
  firstFrameMs: number;
  firstTokenMs: number;
  emergencyMs: number | undefined;
  onTokens: ((count: number, total: number, now: number) => void) | undefined;
  resolve: (r: StreamResult) => void;
  reject: (e: Error) => void;
}

/**
 * One load-generator socket. Token frames are recognised by a byte prefix and counted by length
 * (no JSON parse, no string conversion); the few other frames are parsed to see the turn's end, the
 * emergency and the agents' results.
 */
export async function openConnection(base: string, endpoint: Endpoint): Promise<BenchConnection> {
  const ws = new WebSocket(base + PATH[endpoint], { perMessageDeflate: false });
  const trpc = endpoint === 'trpc' || endpoint === 'bareTrpc';
  const gateway = endpoint === 'compat' || endpoint === 'trpc';
  let active: Active | undefined;
  let nextId = 0;

  const finish = (a: Active, error?: string) => {
    active = undefined;
    if (error) return a.reject(new Error(`${endpoint}: ${error}`));
    const { tokens, frames, tokenFrames, bytes, agentsSeen, firstFrameMs, firstTokenMs, emergencyMs } = a;
    a.resolve({ tokens, frames, tokenFrames, bytes, agentsSeen: agentsSeen || !gateway, firstFrameMs, firstTokenMs, emergencyMs });
  };
  const onToken = (a: Active, chars: number) => {
    const now = performance.now();
    const count = chars / TOKEN_CHARS;
    if (a.tokens === 0) a.firstTokenMs = now - a.started;
    a.tokens += count;
    a.tokenFrames++;
    a.onTokens?.(count, a.tokens, now);
  };

  ws.on('message', (data: Buffer) => {
    const a = active;
    if (!a) return;
    a.frames++;
    a.bytes += data.length;
    if (a.frames === 1) a.firstFrameMs = performance.now() - a.started;
    if (!trpc) {
      if (data.length > PLAIN_TOKEN.length && data.compare(PLAIN_TOKEN, 0, PLAIN_TOKEN.length, 0, PLAIN_TOKEN.length) === 0) {
        return onToken(a, data.length - PLAIN_TOKEN.length - PLAIN_TAIL);
      }
      const frame = JSON.parse(data.toString()) as { type: string; status?: string; metadata?: { agents?: string[] } };
      // The agents ran: stream_start lists them and triage's status arrives.
      if (frame.type === 'stream_start') a.agentList = frame.metadata?.agents?.includes('triage') ?? false;
      if (frame.type === 'status' && frame.status === 'running_triage') a.agentsSeen = a.agentList;
      if (frame.type === 'emergency') a.emergencyMs = performance.now() - a.started;
      if (frame.type === 'stream_end') finish(a);
      if (frame.type === 'error') finish(a, JSON.stringify(frame));
      return;
    }
    const at = data.indexOf(TRPC_TOKEN);
    if (at >= 0) {
      const start = at + TRPC_TOKEN.length;
      return onToken(a, data.indexOf(QUOTE, start) - start);
    }
    const msg = JSON.parse(data.toString()) as {
      error?: unknown;
      result?: { type: string; data?: { json?: { data?: { type?: string; agent?: string } } } };
    };
    if (msg.error) return finish(a, JSON.stringify(msg.error));
    const event = msg.result?.data?.json?.data;
    if (event?.type === 'agent_result' && event.agent === 'triage') a.agentsSeen = true;
    if (event?.type === 'emergency') a.emergencyMs = performance.now() - a.started;
    if (msg.result?.type === 'stopped') finish(a);
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  ws.on('error', () => {});
  ws.on('close', () => active && finish(active, 'socket closed mid-turn'));

  return {
    ws,
    turn(spec, text, onTokens) {
      if (active) throw new Error('one turn at a time per connection');
      return new Promise<StreamResult>((resolve, reject) => {
        active = {
          spec,
          started: performance.now(),
          tokens: 0,
          frames: 0,
          tokenFrames: 0,
          bytes: 0,
          agentList: false,
          agentsSeen: false,
          firstFrameMs: Number.NaN,
          firstTokenMs: Number.NaN,
          emergencyMs: undefined,
          onTokens,
          resolve,
          reject,
        };
        ws.send(requestFrame(endpoint, spec, text, ++nextId));
      });
    },
    close: () => ws.terminate(),
  };
}

function requestFrame(endpoint: Endpoint, spec: BenchSpec, text: string, id: number): string {
  switch (endpoint) {
    case 'raw':
      return JSON.stringify(spec);
    case 'compat':
      return JSON.stringify({ message: specToMessage(text, spec), enable_agents: true });
    case 'bareTrpc':
      return JSON.stringify({ id, method: 'subscription', params: { path: 'chat.stream', input: superjson.serialize(spec) } });
    case 'trpc':
      return JSON.stringify({
        id,
        method: 'subscription',
        params: { path: 'chat.stream', input: superjson.serialize({ message: specToMessage(text, spec), enableAgents: true }) },
      });
  }
}

/** Opens `n` sockets, `concurrency` handshakes at a time. */
export async function openConnections(base: string, endpoint: Endpoint, n: number, concurrency = 200): Promise<BenchConnection[]> {
  const out: BenchConnection[] = [];
  let next = 0;
  const worker = async () => {
    while (next < n) {
      next++;
      out.push(await openConnection(base, endpoint));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, worker));
  return out;
}
