/**
 * Command-line client for the AI Doctor WebSocket chat (the guide's protocol), in TypeScript.
 *
 *   npx tsx examples/websocket_client.ts                          # interactive
 *   npx tsx examples/websocket_client.ts "I have a headache and fever"
 *   npx tsx examples/websocket_client.ts --user-id alice --url ws://localhost:8000/api/v1/ws/chat
 *
 * Uses only the `ws` package. A dropped connection is retried with exponential backoff and the
 * unanswered question resent with the same client_message_id, so the server replays that answer
 * instead of starting a second one.
 */
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';

const DEFAULT_URL = 'ws://localhost:8000/api/v1/ws/chat';
const MAX_RETRIES = 5;

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

/** One socket as a pull-based stream of parsed frames. */
function openFrames(url: string): Promise<{ next(): Promise<Frame | undefined>; send(data: unknown): void; close(): void }> {
  const ws = new WebSocket(url);
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

class ChatError extends Error {}

function createChat(opts: { url: string; enableAgents: boolean; profile: Record<string, unknown> | undefined; sessionId: string | undefined }) {
  let socket: Awaited<ReturnType<typeof openFrames>> | undefined;
  let sessionId = opts.sessionId;

  const connect = async () => {
    socket = await openFrames(opts.url);
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
          if (error instanceof ChatError) throw error;
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
      'session-id': { type: 'string' },
      'no-agents': { type: 'boolean', default: false },
      age: { type: 'string' },
      condition: { type: 'string', multiple: true },
    },
  });
  const userId = values['user-id'];
  const url = values.url.replace(/\/+$/, '') + (userId ? `/${userId}` : '');
  const profile = {
    ...(values.age === undefined ? {} : { age: Number(values.age) }),
    ...(values.condition ? { chronic_conditions: values.condition } : {}),
  };
  const chat = createChat({ url, enableAgents: !values['no-agents'], profile: Object.keys(profile).length ? profile : undefined, sessionId: values['session-id'] });
  try {
    try {
      await chat.connect();
    } catch (error) {
      console.error(`Cannot connect to ${url}: ${error instanceof Error ? error.message : String(error)}`);
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
