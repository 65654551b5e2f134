import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createRedisStore } from '../../server/store/redis/createRedisStore.ts';
import type { SessionStore } from '../../server/store/SessionStore.ts';
import { createSqliteStore } from '../../server/store/sqlite/createSqliteStore.ts';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { startRedis } from '../harness/startRedis.ts';
import { startTestGateway } from '../harness/startTestGateway.ts';
import { openRawTurn, textOf } from './rawTurnStream.ts';

const redis = await startRedis();
const dir = mkdtempSync(join(tmpdir(), 'medchat-lease-'));
afterAll(async () => {
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const shared: Record<string, (() => () => SessionStore) | undefined> = {
  sqlite: () => {
    const path = join(dir, `${randomUUID()}.db`);
    return () => createSqliteStore({ path });
  },
  redis: redis
    ? () => {
        const keyPrefix = `renew:${randomUUID()}:`;
        return () => createRedisStore({ url: redis.url, keyPrefix });
      }
    : undefined,
};

describe.each(Object.keys(shared))('a turn that outlives its lease (%s)', (kind) => {
  it.skipIf(!shared[kind])('keeps it renewed, so a follower on another gateway never closes it early', async () => {
    const open = (shared[kind] as () => () => SessionStore)();
    const answer = Array.from({ length: 300 }, (_, i) => `w${i} `);
    const config = { TURN_LEASE_MS: 300 };
    await using a = await startTestGateway({ provider: createScriptedProvider({ tokens: answer, delayMs: 5 }), store: open(), config });
    await using b = await startTestGateway({ store: open(), config });
    const first = await openRawTurn(a.wsUrl, { input: { message: 'long' } });
    // By text, not by event count: on the Redis store (and under pacing) one event may carry a batch of tokens.
    await vi.waitFor(() => expect(textOf(first.events())).toContain('w1 '), { timeout: 10_000 });
    first.ws.terminate();
    const seen = first.events();
    const started = Date.now();
    // Follow it from B for several lease periods (the answer takes about 1.5 s).
    const rest = await openRawTurn(b.wsUrl, { lastEventId: seen.at(-1)?.id as string });
    await rest.waitForEnd(10_000);
    expect(Date.now() - started).toBeGreaterThan(3 * config.TURN_LEASE_MS);
    expect(rest.events().at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
    expect(textOf([...seen, ...rest.events()])).toBe(answer.join(''));
    await rest[Symbol.asyncDispose]();
  });
});
