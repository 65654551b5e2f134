import { mkdtemp, rm, writeFile } from 'node:fs/promises';
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
const provider = createScriptedProvider({ tokens: ['Rest', ' and', ' drink', ' fluids.'], delayMs: 5 });
beforeAll(async () => {
  gw = await startTestGateway({ plugins: [{ plugin: keywordSafety }, { plugin: historyAgent }], provider });
});
afterAll(async () => gw?.[Symbol.asyncDispose]());
const chatUrl = () => `${gw.wsUrl}/api/v1/ws/chat`;

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
