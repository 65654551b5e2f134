import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { historyAgent, keywordSafety } from '../fakes/testPlugins.ts';
import { startTestGateway, type TestGateway } from '../harness/startTestGateway.ts';
import { mustRun, requireSystemTool } from './requireSystemTool.ts';
import { runProgram } from './runProgram.ts';

const PYTHON = '/usr/bin/python3';
const pythonTool = requireSystemTool({
  name: 'Python websockets',
  path: PYTHON,
  probeArgs: ['-c', 'import websockets'],
  installHint: 'apt-get install python3-websockets',
});

const ANSWER = 'Rest and drink fluids.';
const TSX = join(process.cwd(), 'node_modules/.bin/tsx');

/** The guide's Python example, verbatim except for the URL. */
const guidePythonExample = (uri: string) => `import asyncio
import websockets
import json

async def chat():
    uri = "${uri}"

    async with websockets.connect(uri) as websocket:
        # Wait for connection
        response = await websocket.recv()
        data = json.loads(response)
        print(f"Connected! Session: {data['session_id']}")

        # Send message
        await websocket.send(json.dumps({
            "message": "I have chest pain",
            "enable_agents": True
        }))

        # Receive streaming response
        print("AI Doctor: ", end="", flush=True)

        async for message in websocket:
            data = json.loads(message)

            if data["type"] == "token":
                print(data["content"], end="", flush=True)

            elif data["type"] == "stream_end":
                print("\\n")
                break

            elif data["type"] == "error":
                print(f"\\nError: {data['message']}")
                break

asyncio.run(chat())
`;

let gw: TestGateway;
/** A gateway that needs a token, and the upgrade requests it saw (path and query). */
let authGw: TestGateway;
const authUpgrades: string[] = [];
const provider = createScriptedProvider({ tokens: ['Rest', ' and', ' drink', ' fluids.'], delayMs: 5 });
beforeAll(async () => {
  gw = await startTestGateway({ plugins: [{ plugin: keywordSafety }, { plugin: historyAgent }], provider });
  authGw = await startTestGateway({ config: { AUTH_MODE: 'token', AUTH_TOKENS: 'cli-token:carol' }, provider });
  authGw.server.on('upgrade', (req: IncomingMessage) => authUpgrades.push(`${req.url} ${req.headers.authorization ?? '-'}`));
});
afterAll(async () => {
  await gw?.[Symbol.asyncDispose]();
  await authGw?.[Symbol.asyncDispose]();
});
const chatUrl = () => `${gw.wsUrl}/api/v1/ws/chat`;
const authChatUrl = () => `${authGw.wsUrl}/api/v1/ws/chat`;

const clients = [
  { name: 'examples/websocket_client.py', run: mustRun(pythonTool), command: () => [PYTHON, 'examples/websocket_client.py'] },
  { name: 'examples/websocket_client.ts', run: true, command: () => [TSX, 'examples/websocket_client.ts'] },
] as const;

for (const client of clients) {
  describe.runIf(client.run)(client.name, () => {
    const run = (args: string[], stdin?: string) => {
      const [command, ...base] = client.command();
      return runProgram(command as string, [...base, ...args], stdin === undefined ? {} : { stdin });
    };

    it('answers one question given as an argument, emergency first', async () => {
      const result = await run(['--url', chatUrl(), 'I have crushing chest pain']);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toBe(`AI Doctor: \n!!! CRITICAL EMERGENCY: Call 911 now.\n!!! Why: chest pain\n\n${ANSWER}\n`);
      expect(result.stderr).toContain('[running_history (history)]');
      expect(result.stderr).toMatch(/\[session [0-9a-f-]{36}\]/);
    });

    it('chats interactively in one conversation, with the stored profile of --user-id', async () => {
      const userId = `cli-${client.name.endsWith('.py') ? 'py' : 'ts'}`;
      await gw.store.upsertProfile(userId, { chronicConditions: ['asthma'] });
      const before = provider.requests.length;
      const result = await run(['--url', chatUrl(), '--user-id', userId, '--age', '40'], 'first question\nsecond question\n');
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout.split(`AI Doctor: ${ANSWER}`)).toHaveLength(3);
      const requests = provider.requests.slice(before);
      expect(requests.map((r) => r.grounding.profile)).toEqual([
        { chronicConditions: ['asthma'], age: 40 },
        { chronicConditions: ['asthma'], age: 40 },
      ]);
      // The second question continued the first one's session.
      expect(requests[1]?.grounding.history.map((m) => m.content)).toEqual(['first question', ANSWER]);
    });

    it('logs in with --token, sent as an Authorization header', async () => {
      const before = authUpgrades.length;
      const result = await run(['--url', authChatUrl(), '--token', 'cli-token', 'a question']);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toBe(`AI Doctor: ${ANSWER}\n`);
      expect(authUpgrades.slice(before)).toEqual(['/api/v1/ws/chat Bearer cli-token']);
    });

    it('puts /{user_id} on the path before a ?token= query', async () => {
      const before = authUpgrades.length;
      const result = await run(['--url', `${authChatUrl()}?token=cli-token`, '--user-id', 'carol', 'a question']);
      expect(result.code, result.stderr).toBe(0);
      expect(authUpgrades.slice(before)).toEqual(['/api/v1/ws/chat/carol?token=cli-token -']);
    });

    it('prints the refused status and why, and exits non-zero', async () => {
      const wrong = await run(['--url', authChatUrl(), '--token', 'wrong-token', 'a question']);
      expect(wrong.code).toBe(2);
      expect(wrong.stdout).toBe('');
      expect(wrong.stderr).toMatch(/^Refused by ws:\/\/127\.0\.0\.1:\d+\/api\/v1\/ws\/chat: HTTP 401: the gateway needs a valid token \(--token\)( \(Invalid credentials\))?\n$/);
      expect(wrong.stderr).not.toContain('wrong-token');
      const none = await run(['--url', authChatUrl(), 'a question']);
      expect(none.code).toBe(2);
      expect(none.stderr).toMatch(/: HTTP 401: the gateway needs a valid token/);
      const otherUser = await run(['--url', authChatUrl(), '--token', 'cli-token', '--user-id', 'dave', 'a question']);
      expect(otherUser.code).toBe(2);
      expect(otherUser.stderr).toMatch(/^Refused by ws:\/\/127\.0\.0\.1:\d+\/api\/v1\/ws\/chat\/dave: HTTP 403: forbidden: the token is for another user than --user-id/);
    });

    it('reports a refused message and exits non-zero', async () => {
      const result = await run(['--url', chatUrl(), ' ']);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('Error: validation_error: Message cannot be empty');
    });
  });
}

describe.runIf(mustRun(pythonTool))("the guide's Python example", () => {
  it('runs unchanged against the compat endpoint and stops at stream_end', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'guide-py-'));
    try {
      await writeFile(join(dir, 'guide_example.py'), guidePythonExample(chatUrl()));
      const result = await runProgram(PYTHON, [join(dir, 'guide_example.py')]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^Connected! Session: [0-9a-f-]{36}\\nAI Doctor: ${ANSWER}\\n\\n$`));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
