import { afterAll, describe, expect, it } from 'vitest';
import { createRedisStore } from '../../server/store/redis/createRedisStore.ts';
import { expectGuideFrames, openCompatSocket, textOf } from '../compat/compatSocket.ts';
import { mustRun, requireSystemTool } from '../e2e/requireSystemTool.ts';
import { startGatewayProcess, type GatewayProcess } from '../harness/startGatewayProcess.ts';
import { startRedis } from '../harness/startRedis.ts';
import { NGINX, startNginx } from './startNginx.ts';

const nginx = requireSystemTool({ name: 'nginx', path: NGINX, probeArgs: ['-v'], installHint: 'apt-get install nginx' });
const redis = mustRun(nginx) ? await startRedis() : undefined;
afterAll(() => redis?.stop());

const TOKENS = 120;
// What the process entry's scripted provider answers.
const full = Array.from({ length: TOKENS }, (_, i) => `w${i} `).join('');

/** Open compat sockets on one gateway, from its Prometheus gauge. */
async function compatConnections(gateway: GatewayProcess): Promise<number> {
  const text = await (await fetch(`${gateway.url}/metrics`)).text();
  return Number(/medchat_connections_open\{endpoint="compat"\} (\d+)/.exec(text)?.[1] ?? 0);
}

describe.runIf(redis)('compose topology on loopback: nginx in front of two gateways on one Redis', () => {
  const env = () => ({ STORE: 'redis', REDIS_URL: redis?.url ?? '', SCRIPT_TOKENS: TOKENS, SCRIPT_DELAY_MS: 10, TURN_LEASE_MS: 1500 });

  it('holds a compat conversation through nginx and resumes it on the other instance when the serving one is stopped', async () => {
    await using a = await startGatewayProcess({ env: env() });
    await using b = await startGatewayProcess({ env: env() });
    await using proxy = await startNginx([a.port, b.port]);
    const store = createRedisStore({ url: redis?.url ?? '' });

    // Plain HTTP goes through the same upstream.
    expect(await (await fetch(`${proxy.url}/health`)).json()).toEqual({ status: 'ok' });

    const first = await openCompatSocket(proxy.wsUrl);
    const session = first.sessionId;
    first.send({ message: 'first question', session_id: session });
    const one = await first.nextTurn();
    expect(textOf(one)).toBe(full);
    expect(one.at(-1)).toMatchObject({ type: 'stream_end', metadata: { session_id: session, finish_reason: 'stop' } });

    // Mid-answer, the instance serving this socket stops (a crash: no drain, no goodbye).
    const request = { message: 'second question', session_id: session, client_message_id: 'nginx-resume-1' };
    const from = first.frames.length;
    first.send(request);
    await first.waitFor((f) => f.type === 'token', from);
    // The Redis store writes tokens in batches, so a frame may carry several: wait for the text.
    await first.waitFor((f) => f.type === 'token' && textOf(first.frames.slice(from)).includes('w20 '), from);
    const serving = (await compatConnections(a)) === 1 ? a : b;
    const survivor = serving === a ? b : a;
    expect(await compatConnections(survivor)).toBe(0);
    await serving.kill('SIGKILL');
    await first.closed;
    const seenBefore = first.frames.slice(from);
    const startBefore = seenBefore.find((f: any) => f.type === 'stream_start') as any;
    expectGuideFrames(first.frames);

    // The client reconnects through nginx (which can only reach the survivor) and resends the message.
    await using second = await openCompatSocket(proxy.wsUrl).catch((cause: unknown) => {
      throw new Error(`reconnect through nginx failed: ${String(cause)}\n${proxy.errorLog()}\n${proxy.accessLog()}`);
    });
    expect(await compatConnections(survivor)).toBe(1);
    second.send(request);
    const resumed = await second.nextTurn(1, 15_000);
    expectGuideFrames(resumed);
    // The same turn replayed from its stream_start: a client that resets on stream_start shows no duplicate.
    expect(resumed.filter((f) => f.type === 'stream_start')).toHaveLength(1);
    expect(resumed[0]).toMatchObject({ type: 'stream_start', metadata: { turn_id: startBefore.metadata.turn_id } });
    const text = textOf(resumed);
    expect(text.startsWith(textOf(seenBefore))).toBe(true);
    expect(full.startsWith(text)).toBe(true);
    expect(resumed.at(-1)).toMatchObject({ type: 'stream_end', metadata: { session_id: session, turn_id: startBefore.metadata.turn_id, finish_reason: 'interrupted' } });
    // No second turn was started for the resend.
    expect(await store.listTurns(session)).toHaveLength(2);

    // The conversation goes on, on the survivor, with its history.
    second.send({ message: 'third question', session_id: session });
    const three = await second.nextTurn(second.frames.length);
    expect(textOf(three)).toBe(full);
    second.send({ type: 'history', session_id: session });
    const history = await second.waitFor<any>((f) => f.type === 'history');
    expect(history.messages.filter((m: any) => m.role === 'user').map((m: any) => m.content)).toEqual(['first question', 'second question', 'third question']);

    // nginx logs a WebSocket when it closes: the first one was served by the stopped instance.
    expect(proxy.accessLog()).toMatch(new RegExp(`"GET /api/v1/ws/chat" 101 .* upstream=127\\.0\\.0\\.1:${serving.port}\n`));
    await store.close();
  });
});
