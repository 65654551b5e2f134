import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createClientOver } from '../harness/createClientOver.ts';
import { collectTurn } from '../harness/startTestGateway.ts';
import { startGatewayProcess } from '../harness/startGatewayProcess.ts';

const dir = mkdtempSync(join(tmpdir(), 'medchat-main-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const MAIN = fileURLToPath(new URL('../../server/main.ts', import.meta.url));

// Over tRPC HTTP (issue 20) too: the same calls batched over HTTP, the turns as event streams.
describe.each(['ws', 'http'] as const)('npm start on sqlite across a restart (%s)', (transport) => {
  it('keeps the profile and the conversation, which continues with its full history', async () => {
    const env = { STORE: 'sqlite', SQLITE_PATH: join(dir, `main-${transport}.db`), AUTH_MODE: 'token', AUTH_TOKENS: 'token1:user1', LOCAL_TOKEN_DELAY_MS: 0 };
    const open = (url: string) => createClientOver(transport, url, { token: 'token1' });
    let sessionId: string;
    let firstAnswer: string;
    {
      await using a = await startGatewayProcess({ entry: MAIN, env });
      const client = open(a.url);
      await client.trpc.profile.upsert.mutate({ age: 67, chronicConditions: ['heart failure'] });
      const turn = await collectTurn(client.streamTurn({ message: 'I have had a mild headache since this morning' }));
      expect(turn.at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
      sessionId = (turn[0]?.event as { sessionId: string }).sessionId;
      firstAnswer = turn.map((e) => (e.event.type === 'token' ? e.event.content : '')).join('');
      client.close();
      expect(await a.kill('SIGTERM')).toBe(0);
    }
    await using b = await startGatewayProcess({ entry: MAIN, env });
    const client = open(b.url);
    expect(await client.trpc.profile.get.query()).toEqual({ age: 67, chronicConditions: ['heart failure'] });
    expect((await client.trpc.session.list.query()).map((s) => s.id)).toEqual([sessionId]);
    const before = await client.trpc.session.history.query({ sessionId });
    expect(before.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(before[1]?.content).toBe(firstAnswer);
    const next = await collectTurn(client.streamTurn({ message: 'It is getting worse now', sessionId }));
    expect(next.at(-1)?.event).toMatchObject({ type: 'stream_end', sessionId, finishReason: 'stop' });
    const after = await client.trpc.session.history.query({ sessionId });
    expect(after.map((m) => m.content.slice(0, 20))).toEqual([
      'I have had a mild he',
      firstAnswer.slice(0, 20),
      'It is getting worse ',
      expect.any(String),
    ]);
    client.close();
  });
});
