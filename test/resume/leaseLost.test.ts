import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createRedisStore } from '../../server/store/redis/createRedisStore.ts';
import { redisKeys } from '../../server/store/redis/redisKeys.ts';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { keywordSafety } from '../fakes/testPlugins.ts';
import { startRedis } from '../harness/startRedis.ts';
import { startTestGateway } from '../harness/startTestGateway.ts';
import { openTurnOver } from './openTurnOver.ts';

const redis = await startRedis();
afterAll(() => redis?.stop());

describe.skipIf(!redis)('an owner that loses its Redis lease', () => {
  // Over tRPC HTTP (issue 20) the owner's event stream and the resume (Last-Event-ID) see the same end.
  it.each(['ws', 'http'] as const)('stops generating, and the turn is closed as interrupted for everyone resuming it (%s)', async (transport) => {
    const prefix = `lease:${randomUUID()}:`;
    const provider = createScriptedProvider({ tokens: Array.from({ length: 500 }, (_, i) => `w${i} `), delayMs: 5 });
    await using gw = await startTestGateway({
      plugins: [{ plugin: keywordSafety }],
      provider,
      store: createRedisStore({ url: redis?.url ?? '', keyPrefix: prefix }),
      config: { TURN_LEASE_MS: 600 },
    });
    const turn = await openTurnOver(transport, gw, { input: { message: 'go on' } });
    await turn.waitForEvents(10);
    const turnId = turn.events()[0]?.id.split(':')[0] as string;
    // What a Redis failover or a long GC pause looks like to the owner: its lease key is gone.
    const admin = new Redis(redis?.url ?? '');
    await admin.del(redisKeys(prefix).turnLease(turnId));
    await turn.waitForEnd(5000);
    expect(turn.events().at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'interrupted' });
    await vi.waitFor(async () => expect((await gw.store.getTurn(turnId))?.status).toBe('finished'), { timeout: 3000 });
    const stoppedAt = provider.emitted;
    expect(stoppedAt).toBeLessThan(500);
    const stored = await gw.store.readEvents(turnId, 0);
    expect(stored.filter((e) => e.event.type === 'stream_end')).toHaveLength(1);
    // Resuming from the store replays the one ending the log holds.
    const resumed = await openTurnOver(transport, gw, { lastEventId: `${turnId}:3` });
    await resumed.waitForEnd(3000);
    expect(resumed.events().at(-1)?.event).toEqual(stored.at(-1)?.event);
    await new Promise((r) => setTimeout(r, 50));
    expect(provider.emitted).toBe(stoppedAt);
    admin.disconnect();
    await turn[Symbol.asyncDispose]();
    await resumed[Symbol.asyncDispose]();
  });
});
