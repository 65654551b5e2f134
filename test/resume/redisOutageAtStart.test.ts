import { afterAll, describe, expect, it } from 'vitest';
import { createRedisStore } from '../../server/store/redis/createRedisStore.ts';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { startRedis } from '../harness/startRedis.ts';
import { collectTurn, startTestGateway } from '../harness/startTestGateway.ts';

const servers = { ws: await startRedis({ dedicated: true }), http: await startRedis({ dedicated: true }) };
afterAll(() => Promise.all(Object.values(servers).map((r) => r?.stop())));

// Regression: a store handed to the gateway (not built from the config) had no deadline, so Redis
// gone before a turn started was an INTERNAL_SERVER_ERROR, which the HTTP client retried until the
// test runner gave up (found when the mid-turn outage test started its turn late under CI load).
describe.skipIf(!servers.ws)('Redis gone before a turn starts', () => {
  it.each(['ws', 'http'] as const)('the client gets a typed store_unavailable refusal at once (%s)', async (transport) => {
    const redis = servers[transport];
    await using gw = await startTestGateway({ provider: createScriptedProvider({ tokens: ['a ', 'b '] }), store: createRedisStore({ url: redis?.url ?? '' }) });
    await redis?.stop();
    const events = await collectTurn(gw.client({ transport }).streamTurn({ message: 'keep going' }));
    expect(events.map((e) => e.event.type)).toContain('error');
    expect(events.find((e) => e.event.type === 'error')?.event).toMatchObject({ type: 'error', errorType: 'store_unavailable', retryable: true });
  });
});
