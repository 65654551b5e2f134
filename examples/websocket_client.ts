/**
 * Command-line client for the AI Doctor WebSocket chat (the guide's protocol), in TypeScript.
 *
 *   npx tsx examples/websocket_client.ts                          # interactive
 *   npx tsx examples/websocket_client.ts "I have a headache and fever"
 *   npx tsx examples/websocket_client.ts --user-id alice --url ws://localhost:8000/api/v1/ws/chat
 *   npx tsx examples/websocket_client.ts --token "$MEDCHAT_TOKEN" "I have a headache"
 *
 * Uses only the `ws` package. A dropped connection is retried with exponential backoff and the
 * unanswered question resent with the same client_message_id, so the server replays that answer
 * instead of starting a second one. A refused connection (wrong token, another user's id, too many
 * connections) prints the HTTP status and why, and exits non-zero.
 */
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';

const DEFAULT_URL = 'ws://localhost:8000/api/v1/ws/chat';
const MAX_RETRIES = 5;

/** What a refused upgrade's status means for this client (docs/security.md). */
const REFUSALS: Record<number, string> = {
  401: 'the gateway needs a valid token (--token)',
  403: 'forbidden: the token is for another user than --user-id, or this origin is not allowed',
  404: 'no chat endpoint at this URL',
  429: 'too many connections from this address; try again later',
  503: 'the gateway is shutting down; try again shortly',
};

/** The fields of the guide's server frames this client reads. */
interface Frame {
  type: string;
  session_id?: string;
  content?: string;
  status?: string;
  details?: { current_agent?: string; agent?: string };
  severity?: string;
  advice?: string;
  reasons?: string[];
  metadata?: { session_id?: string; finish_reason?: string };
  error_type?: string;
  message?: string;
}

class ChatError extends Error {}

/** The upgrade was answered with an HTTP status instead of a socket. */
class RefusedError extends ChatError {
  readonly status: number;
  constructor(status: number, reason: string) {
    super(`HTTP ${status}: ${reason}`);
    this.status = status;
  }
}

/** `/{user_id}` goes on the path, before any query string (`?token=`). */
function chatUrl(base: string, userId: string | undefined): string {
  const url = new URL(base);
  url.pathname = url.pathname.replace(/\/+$/, '') + (userId ? `/${encodeURIComponent(userId)}` : '');
  return url.toString();
}

/** One socket as a pull-based stream of parsed frames. */
function openFrames(url: string, token: string | undefined): Promise<{ next(): Promise<Frame | undefined>; send(data: unknown): void; close(): void }> {
  // A header, not the URL: it stays out of proxy logs (docs/security.md).
  const ws = new WebSocket(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  const queued: Frame[] = [];
  let wake: (() => void) | undefined;
  let closed = false;
  ws.on('message', (data) => {
    queued.push(JSON.parse(data.toString()) as Frame);
    wake?.();
  });
  ws.on('close', () => {
    closed = true;
    wake?.();
  });
  return new Promise((resolve, reject) => {
    ws.once('error', reject);
    ws.once('unexpected-response', (req, res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => {
        const status = res.statusCode ?? 0;
        let reason = REFUSALS[status] ?? 'the gateway refused the connection';
        try {
          const message: unknown = (JSON.parse(body) as { message?: unknown }).message;
          if (typeof message === 'string') reason += ` (${message})`;
        } catch {
          // not the gateway's JSON
        }
        reject(new RefusedError(status, reason));
        req.destroy();
      });
    });
    ws.once('open', () => {
      ws.on('error', () => undefined); // reported through 'close'
      resolve({
        async next() {
          while (queued.length === 0 && !closed) await new Promise<void>((r) => (wake = r));
          return queued.shift();
        },
        send: (data) => ws.send(JSON.stringify(data)),
        close: () => ws.close(),
      });
    });
  });
}

function createChat(opts: { url: string; token: string | undefined; enableAgents: boolean; profile: Record<string, unknown> | undefined; sessionId: string | undefined }) {
  let socket: Awaited<ReturnType<typeof openFrames>> | undefined;
  let sessionId = opts.sessionId;

  const connect = async () => {
    socket = await openFrames(opts.url, opts.token);
    const hello = await socket.next();
    if (!hello || hello.type === 'error') throw new ChatError(hello?.message ?? 'connection refused');
    // The first connection's session is the conversation; later ones continue it by id.
    sessionId ??= hello.session_id;
  };

  /** Streams one answer; returns the number of characters shown, or throws ChatError. */
  const receive = async (skip: number): Promise<{ done: boolean; shown: number }> => {
    let seen = 0;
    for (let frame = await socket?.next(); frame; frame = await socket?.next()) {
      switch (frame.type) {
        case 'token': {
          // A replayed answer starts again from its first token: skip what is already on screen.
          const text = frame.content ?? '';
          const fresh = text.slice(Math.max(0, skip - seen));
          seen += text.length;
          if (fresh) process.stdout.write(fresh);
          break;
        }
        case 'emergency':
          console.log(`\n!!! ${String(frame.severity).toUpperCase()} EMERGENCY: ${frame.advice}`);
          console.log(`!!! Why: ${(frame.reasons ?? []).join(', ')}\n`);
          break;
        case 'status': {
          if (seen > 0) break;
          const agent = frame.details?.current_agent ?? frame.details?.agent;
          console.error(`[${frame.status}${agent ? ` (${agent})` : ''}]`);
          break;
        }
        case 'stream_end': {
          process.stdout.write('\n');
          sessionId = frame.metadata?.session_id ?? sessionId;
          const reason = frame.metadata?.finish_reason;
          if (reason && reason !== 'stop') console.error(`[answer ${reason}]`);
          return { done: true, shown: Math.max(skip, seen) };
        }
        case 'error':
          throw new ChatError(`${frame.error_type}: ${frame.message}`);
      }
    }
    return { done: false, shown: Math.max(skip, seen) };
  };

  return {
    connect,
    get sessionId() {
      return sessionId;
    },
    close: () => socket?.close(),
    reset() {
      socket?.close();
      socket = undefined;
      sessionId = undefined;
    },
    async ask(message: string): Promise<void> {
      const payload = {
        message,
        session_id: sessionId,
        enable_agents: opts.enableAgents,
        client_message_id: randomUUID(),
        ...(opts.profile ? { patient_profile: opts.profile } : {}),
      };
      let shown = 0;
      for (let attempt = 0; attempt <= MAX_RETRIES; attempt++) {
        try {
          if (!socket) await connect();
          socket?.send(payload);
          const result = await receive(shown);
          if (result.done) return;
          shown = result.shown;
        } catch (error) {
          // Credentials that expired or another user's id: retrying cannot help (429 and 503 can).
          if (error instanceof RefusedError && error.status !== 401 && error.status !== 403 && attempt < MAX_RETRIES) {
            // fall through to the backoff
          } else if (error instanceof ChatError) throw error;
        }
        socket = undefined;
        const delay = Math.min(500 * 2 ** attempt, 8000);
        console.error(`\n[connection lost, retrying in ${(delay / 1000).toFixed(1)} s]`);
        await new Promise((r) => setTimeout(r, delay));
      }
      throw new ChatError('connection lost');
    },
  };
}

async function interactive(chat: ReturnType<typeof createChat>): Promise<number> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const lines = rl[Symbol.asyncIterator]();
  console.log('AI Doctor chat. Type your question; /new starts a new conversation, /quit or Ctrl-D exits.');
  try {
    for (;;) {
      process.stdout.write('\nYou: ');
      const next = await lines.next();
      if (next.done || next.value.trim() === '/quit') return 0;
      const line = next.value.trim();
      if (!line) continue;
      if (line === '/new') {
        chat.reset();
        console.log('[new conversation]');
        continue;
      }
      process.stdout.write('AI Doctor: ');
      await chat.ask(line).catch((error: unknown) => {
        if (!(error instanceof ChatError)) throw error;
        console.log(`\nError: ${error.message}`);
      });
    }
  } finally {
    rl.close();
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      url: { type: 'string', default: DEFAULT_URL },
      'user-id': { type: 'string' },
      token: { type: 'string' },
      'session-id': { type: 'string' },
      'no-agents': { type: 'boolean', default: false },
      age: { type: 'string' },
      condition: { type: 'string', multiple: true },
    },
  });
  let url: string;
  try {
    url = chatUrl(values.url, values['user-id']);
  } catch {
    console.error(`Not a ws:// or wss:// URL: ${values.url}`);
    return 2;
  }
  const shownUrl = url.split('?')[0]; // no ?token= on screen
  const profile = {
    ...(values.age === undefined ? {} : { age: Number(values.age) }),
    ...(values.condition ? { chronic_conditions: values.condition } : {}),
  };
  const chat = createChat({ url, token: values.token, enableAgents: !values['no-agents'], profile: Object.keys(profile).length ? profile : undefined, sessionId: values['session-id'] });
  try {
    try {
      await chat.connect();
    } catch (error) {
      if (error instanceof RefusedError) console.error(`Refused by ${shownUrl}: ${error.message}`);
      else console.error(`Cannot connect to ${shownUrl}: ${error instanceof Error ? error.message : String(error)}`);
      return 2;
    }
    if (positionals.length === 0) return await interactive(chat);
    process.stdout.write('AI Doctor: ');
    try {
      await chat.ask(positionals.join(' '));
    } catch (error) {
      if (!(error instanceof ChatError)) throw error;
      console.log(`\nError: ${error.message}`);
      return 1;
    }
    console.error(`[session ${chat.sessionId}]`);
    return 0;
  } finally {
    chat.close();
  }
}

process.exitCode = await main();
