import { afterAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createChatClient } from '../../client/index.ts';
import { openRawTurn, textOf } from '../resume/rawTurnStream.ts';
import { collectTurn } from '../harness/startTestGateway.ts';
import { startGatewayProcess } from '../harness/startGatewayProcess.ts';
import { startRedis } from '../harness/startRedis.ts';

const redis = await startRedis({ tls: true, password: 'tls-pass' });
afterAll(() => redis?.stop());

describe.skipIf(!redis)('REDIS_URL rediss:// (TLS)', () => {
  it('a gateway process stores a turn over TLS and another one replays it', async () => {
    // The certificate is self-signed: the processes trust it the way an operator would, via NODE_EXTRA_CA_CERTS.
    const env = { STORE: 'redis', REDIS_URL: redis?.url ?? '', NODE_EXTRA_CA_CERTS: redis?.caFile ?? '', SCRIPT_TOKENS: 12, SCRIPT_DELAY_MS: 1 };
    expect(env.REDIS_URL).toMatch(/^rediss:\/\/:tls-pass@localhost:\d+$/);
    await using a = await startGatewayProcess({ env });
    const client = createChatClient({ url: a.url, WebSocket: WebSocket as unknown as typeof globalThis.WebSocket });
    const events = await collectTurn(client.streamTurn({ message: 'over tls' }));
    client.close();
    expect(events.at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
    await using b = await startGatewayProcess({ env });
    const replay = await openRawTurn(b.wsUrl, { lastEventId: events[0]?.id as string });
    await replay.waitForEnd();
    // A burst of replayed tokens may be coalesced (carrying the later id), so compare text and ending.
    expect(replay.events().at(-1)).toEqual(events.at(-1));
    expect(textOf(replay.events())).toBe(textOf(events));
    await replay[Symbol.asyncDispose]();
  });
});
