import { afterAll, describe, expect, it } from 'vitest';
import { createRedisStore } from '../../server/store/redis/createRedisStore.ts';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { startRedis } from '../harness/startRedis.ts';
import type { TurnEvent } from '../../client/index.ts';
import { startTestGateway } from '../harness/startTestGateway.ts';
import { openRawTurn, textOf } from './rawTurnStream.ts';

// Their own servers: each run stops its one.
const servers = { ws: await startRedis({ dedicated: true }), http: await startRedis({ dedicated: true }) };
afterAll(() => Promise.all(Object.values(servers).map((r) => r?.stop())));

describe.skipIf(!servers.ws)('Redis going away mid-turn', () => {
  // Over tRPC HTTP (issue 20) too: the event stream already open is served from the live turn.
  it.each(['ws', 'http'] as const)('the owner’s client still gets its whole answer and stream_end, without stalling (%s)', async (transport) => {
    const redis = servers[transport];
    const answer = Array.from({ length: 100 }, (_, i) => `w${i} `);
    const provider = createScriptedProvider({ tokens: answer, delayMs: 5 });
    await using gw = await startTestGateway({ provider, store: createRedisStore({ url: redis?.url ?? '' }) });
    const started = Date.now();
    // Stopped at the first token, so the turn is under way whatever the machine's load (a fixed
    // 150 ms once fell before the turn was created on a loaded CI run).
    const events: TurnEvent[] = [];
    let stopped: Promise<void> | undefined;
    for await (const e of gw.client({ transport }).streamTurn({ message: 'keep going' })) {
      events.push(e);
      if (e.event.type === 'token') stopped ??= redis?.stop();
    }
    await stopped;
    expect(textOf(events)).toBe(answer.join(''));
    expect(events.at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  // Regression: finished turns leave memory at once now (their events are in the store), except those
  // whose writes failed: with Redis down, a resume on the same instance still replays the whole answer.
  it('a resume after the turn ended with Redis down replays the answer from memory', async () => {
    const redis = await startRedis({ dedicated: true });
    const answer = Array.from({ length: 60 }, (_, i) => `r${i} `);
    await using gw = await startTestGateway({ provider: createScriptedProvider({ tokens: answer, delayMs: 20 }), store: createRedisStore({ url: redis?.url ?? '' }) });
    const events: TurnEvent[] = [];
    let stopped = false;
    for await (const e of gw.client().streamTurn({ message: 'keep going' })) {
      events.push(e);
      // Awaited here, so Redis is gone while most of the answer is still to come.
      if (e.event.type === 'token' && !stopped) {
        stopped = true;
        await redis?.stop();
      }
    }
    const from = events.findIndex((e) => e.event.type === 'token');
    await using replay = await openRawTurn(gw.wsUrl, { lastEventId: events[from]?.id as string });
    await replay.waitForEnd();
    expect(textOf(events.slice(0, from + 1)) + textOf(replay.events())).toBe(answer.join(''));
    expect(replay.events().at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
  });
});
