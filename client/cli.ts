/**
 * `npm run chat -- "I have a headache and fever"`: one question; without an argument, an interactive
 * conversation in one session. Tokens go to stdout as they arrive; status lines, the spinner and the
 * emergency banner go to stderr so the answer can be piped.
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { WebSocket } from 'ws';
import { createChatClient } from './createChatClient.ts';
import { createSpinner } from './createSpinner.ts';
import { renderEvent } from './renderEvent.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string', default: process.env['MEDCHAT_URL'] ?? 'http://127.0.0.1:8000' },
    token: { type: 'string', ...(process.env['MEDCHAT_TOKEN'] ? { default: process.env['MEDCHAT_TOKEN'] } : {}) },
    session: { type: 'string' },
    'no-agents': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log('usage: npm run chat -- [--url http://127.0.0.1:8000] [--token T] [--session UUID] [--no-agents] ["question"]');
  process.exit(0);
}

const client = createChatClient({
  url: values.url,
  WebSocket: WebSocket as unknown as typeof globalThis.WebSocket,
  ...(values.token === undefined ? {} : { token: values.token }),
});
let sessionId = values.session;

async function ask(message: string): Promise<void> {
  const spinner = createSpinner(process.stderr);
  try {
    for await (const { event } of client.streamTurn({ message, enableAgents: !values['no-agents'], ...(sessionId ? { sessionId } : {}) })) {
      if (event.type === 'stream_start') sessionId = event.sessionId;
      if (event.type === 'status') spinner.update(event.agent ? `${event.status} (${event.agent})` : event.status);
      if (event.type === 'token' || event.type === 'emergency' || event.type === 'error') spinner.stop();
      renderEvent(event, { out: process.stdout, err: process.stderr });
    }
  } finally {
    spinner.stop();
  }
}

try {
  const question = positionals.join(' ').trim();
  if (question) {
    await ask(question);
  } else {
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    process.stderr.write('medchat: describe what is going on (Ctrl-D to quit)\n');
    for await (const line of rl) {
      if (line.trim()) await ask(line.trim());
      process.stderr.write('> ');
    }
  }
} catch (error) {
  process.stderr.write(`\nerror: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await client.close();
}
