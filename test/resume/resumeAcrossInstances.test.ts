import { afterAll, describe, expect, it } from 'vitest';
import type { TurnEvent } from '../../client/index.ts';
import { createClientOver } from '../harness/createClientOver.ts';
import { createRedisStore } from '../../server/store/redis/createRedisStore.ts';
import { startGatewayProcess } from '../harness/startGatewayProcess.ts';
import { startRedis } from '../harness/startRedis.ts';
import { startRedisCluster } from '../harness/startRedisCluster.ts';
import { createSwitchableProxy } from './createSwitchableProxy.ts';
import { expectWholeTurn } from './expectWholeTurn.ts';
import { openTurnOver } from './openTurnOver.ts';
import { textOf } from './rawTurnStream.ts';

const redis = await startRedis();
const cluster = await startRedisCluster();
afterAll(async () => {
  await redis?.stop();
  await cluster?.stop();
});
const TOKENS = 150;
// What the process entry's scripted provider answers.
const full = Array.from({ length: TOKENS }, (_, i) => `w${i} `).join('');

// The same two processes on one Redis and on a three-primary Redis Cluster (an empty setting is unset:
// the processes inherit this environment, where CI sets both).
const backends = [
  { name: 'one Redis', available: redis !== undefined, connection: () => ({ REDIS_URL: redis?.url ?? '', REDIS_CLUSTER_NODES: '' }), open: () => createRedisStore({ url: redis?.url ?? '' }) },
  {
    name: 'a Redis Cluster',
    available: cluster !== undefined,
    connection: () => ({ REDIS_CLUSTER_NODES: cluster?.nodes.join(',') ?? '' }),
    open: () => createRedisStore({ clusterNodes: cluster?.nodes ?? [] }),
  },
];

describe.each(backends)('two gateway processes on $name', ({ available, connection, open }) => {
  const env = () => ({ STORE: 'redis', ...connection(), SCRIPT_TOKENS: TOKENS, SCRIPT_DELAY_MS: 8, TURN_LEASE_MS: 1500 });

  // Over tRPC HTTP (issue 20) the event stream's own reconnect (Last-Event-ID) reaches B the same way.
  it.skipIf(!available).each(['ws', 'http'] as const)('a turn started on A resumes on B while A is still generating (%s): same text, no gaps, no duplicates', async (transport) => {
    await using a = await startGatewayProcess({ env: env() });
    await using b = await startGatewayProcess({ env: env() });
    await using proxy = await createSwitchableProxy(a.port);
    const store = open();
    let opens = 0;
    const client = createClientOver(transport, proxy.url, { onConnectionChange: (state) => state === 'open' && opens++ });
    const events: TurnEvent[] = [];
    let statusAtSwitch: string | undefined;
    for await (const e of client.streamTurn({ message: 'a long answer please' })) {
      events.push(e);
      // Ten tokens in (by text: the Redis store writes tokens in batches, and one event may carry a batch).
      if (statusAtSwitch === undefined && textOf(events).includes('w9 ')) {
        statusAtSwitch = (await store.getTurn(e.id.split(':')[0] as string))?.status;
        // The load balancer now sends this client to B, and its connection to A dies.
        proxy.target = b.port;
        proxy.dropAll();
      }
    }
    client.close();
    expect(statusAtSwitch).toBe('running');
    expect(opens).toBe(2);
    const start = expectWholeTurn(events, full);
    // One turn, one question, one answer: B replayed and followed, it did not run the turn again.
    expect(await store.listTurns(start.sessionId)).toHaveLength(1);
    expect((await store.getMessages(start.sessionId)).map((m) => [m.role, m.content.length])).toEqual([
      ['user', 'a long answer please'.length],
      ['assistant', full.length],
    ]);
    await store.close();
  });

  // Over tRPC HTTP (issue 20) the resume is an event stream to B with Last-Event-ID.
  it.skipIf(!available).each(['ws', 'http'] as const)('A dies by SIGKILL mid-turn: B resumes the turn to an interrupted end once A’s lease lapses (%s)', async (transport) => {
    await using a = await startGatewayProcess({ env: env() });
    await using b = await startGatewayProcess({ env: env() });
    const first = await openTurnOver(transport, a, { input: { message: 'a long answer please' } });
    await first.waitForEvents(15);
    await a.kill('SIGKILL');
    const seen = first.events();
    await first[Symbol.asyncDispose]();
    const started = Date.now();
    const resumed = await openTurnOver(transport, b, { input: { message: 'a long answer please' }, lastEventId: seen.at(-1)?.id as string });
    await resumed.waitForEnd(8000);
    const rest = resumed.events();
    expect(rest.at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'interrupted' });
    expect(full.startsWith(textOf([...seen, ...rest]))).toBe(true);
    expect(Date.now() - started).toBeLessThan(5000);
    await resumed[Symbol.asyncDispose]();
    // A second resume replays the same end at once.
    const again = await openTurnOver(transport, b, { lastEventId: seen.at(-1)?.id as string });
    await again.waitForEnd(2000);
    expect(again.events().map((e) => e.id)).toEqual(rest.map((e) => e.id));
    await again[Symbol.asyncDispose]();
  });
});
