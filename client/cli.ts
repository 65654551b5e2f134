/**
 * `medchat "I have a headache and fever"` (or `npm run -s chat -- ...`): one question; without an
 * argument, an interactive conversation in one session. Tokens go to stdout as they arrive; the prompt,
 * status lines, the spinner, the emergency banner and errors go to stderr so the answer can be piped.
 * Exit codes: 0 answered, 1 the gateway could not be reached or refused, 2 a bad flag or URL.
 */
import { createInterface } from 'node:readline/promises';
import { WebSocket } from 'ws';
import { createChatClient } from './createChatClient.ts';
import { createSpinner } from './createSpinner.ts';
import { describeCliError } from './describeCliError.ts';
import { CLI_USAGE, parseCliArgs } from './parseCliArgs.ts';
import { renderEvent } from './renderEvent.ts';

const parsed = parseCliArgs(process.argv.slice(2), process.env);
if (!parsed.ok) {
  process.stderr.write(`medchat: ${parsed.problem}\n${CLI_USAGE}\n`);
  process.exit(2);
}
const args = parsed.args;
if (args.help) {
  process.stdout.write(`${CLI_USAGE}\n`);
  process.exit(0);
}

const client = createChatClient({
  url: args.url,
  WebSocket: WebSocket as unknown as typeof globalThis.WebSocket,
  connectTimeoutMs: args.timeoutMs,
  // A restart of the gateway mid-answer is resumed; a gateway gone for good is reported.
  maxRetries: 8,
  ...(args.token === undefined ? {} : { token: args.token }),
});
let sessionId = args.session;

async function ask(message: string): Promise<void> {
  const spinner = createSpinner(process.stderr);
  try {
    for await (const { event } of client.streamTurn({ message, enableAgents: args.agents, ...(sessionId ? { sessionId } : {}) })) {
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
  if (args.question) {
    await ask(args.question);
  } else {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
    process.stderr.write('medchat: describe what is going on (Ctrl-D to quit)\n> ');
    for await (const line of rl) {
      if (line.trim()) await ask(line.trim());
      process.stderr.write('> ');
    }
  }
} catch (error) {
  process.stderr.write(`\nmedchat: ${describeCliError(error, args.url)}\n`);
  process.exitCode = 1;
} finally {
  await client.close();
}
