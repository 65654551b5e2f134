import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import superjson from 'superjson';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChatEvent } from '../../server/protocol/chatEvent.ts';
import { openRawSocket } from '../harness/openRawSocket.ts';
import { startRedis } from '../harness/startRedis.ts';
import { collectTurn, startTestGateway, type TestGateway } from '../harness/startTestGateway.ts';
import { openSseTurn } from '../e2e/openSseTurn.ts';

const redis = await startRedis();
const dir = mkdtempSync(join(tmpdir(), 'medchat-forged-'));
afterAll(async () => {
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A tRPC subscription by hand, as a client can send it: every event it got, and how it ended. */
async function subscribeRaw(gw: TestGateway, lastEventId: string, transport: 'ws' | 'http') {
  if (transport === 'http') {
    const sse = await openSseTurn(gw.url, { input: { message: 'resume' }, lastEventId });
    await sse.ended;
    const error = sse.events.find((e) => e.event === 'serialized-error');
    return { events: sse.tracked().map((e) => e.event), error: error ? (JSON.parse(error.data) as unknown) : undefined };
  }
  await using raw = await openRawSocket(`${gw.wsUrl}/trpc`);
  raw.send({ id: 1, method: 'subscription', params: { path: 'chat.stream', input: superjson.serialize({ message: 'resume', lastEventId }) } });
  const last = await raw.waitFor<any>((f) => f.id === 1 && (f.result?.type === 'stopped' || f.error !== undefined));
  const events = raw.frames.filter((f: any) => f.id === 1 && f.result?.type === 'data').map((f: any) => superjson.deserialize<{ data: ChatEvent }>(f.result.data).data);
  return { events, error: last.error as unknown };
}

const stores = [
  { name: 'memory', config: () => ({ STORE: 'memory' }) },
  { name: 'sqlite', config: () => ({ STORE: 'sqlite', SQLITE_PATH: join(dir, `forged-${Math.random()}.db`) }) },
  ...(redis ? [{ name: 'redis', config: () => ({ STORE: 'redis', REDIS_URL: redis.url }) }] : []),
];

describe.each(stores)('a forged lastEventId past the end of a finished turn ($name store)', ({ config }) => {
  it.each(['ws', 'http'] as const)('tRPC (%s): the subscription ends with exactly one stream_end (the turn’s own), on the instance that ran it and on another', async (transport) => {
    const shared = config();
    await using gw = await startTestGateway({ config: shared });
    const turn = await collectTurn(gw.client({ transport }).streamTurn({ message: 'hello' }));
    const end = turn.at(-1);
    expect(end?.event.type).toBe('stream_end');
    const turnId = end?.id.split(':')[0] ?? '';
    // An id this gateway could not have issued is one typed error, with no events.
    const malformed = await subscribeRaw(gw, `${turnId}:${Number.MAX_SAFE_INTEGER}`, transport);
    expect(malformed.events).toEqual([]);
    expect(malformed.error).toMatchObject({ json: { data: { code: 'BAD_REQUEST' } } });
    for (const seq of [end?.event.type === 'stream_end' ? Number(end.id.split(':')[1]) + 1 : 1, 9999, 999_999_999]) {
      const { events, error } = await subscribeRaw(gw, `${turnId}:${seq}`, transport);
      expect(error, JSON.stringify(error)).toBeUndefined();
      expect(events.map((e) => e.type)).toEqual(['stream_end']);
      expect(events[0]).toEqual(end?.event);
    }
    // Another instance on the same store reads the turn from the store, not from memory.
    if (shared.STORE !== 'memory') {
      await using other = await startTestGateway({ config: shared });
      const { events } = await subscribeRaw(other, `${turnId}:9999`, transport);
      expect(events.map((e) => e.type)).toEqual(['stream_end']);
    }
    // A well-behaved client's turn completes meanwhile.
    expect((await collectTurn(gw.client({ transport }).streamTurn({ message: 'again' }))).at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
  });

  it('compat: a resent client_message_id replays its finished turn with exactly one stream_end', async () => {
    await using gw = await startTestGateway({ config: config() });
    await using raw = await openRawSocket(`${gw.wsUrl}/api/v1/ws/chat`);
    await raw.waitFor((f) => f.type === 'connection');
    raw.send({ message: 'hello', client_message_id: 'msg-1' });
    await raw.waitFor((f) => f.type === 'stream_end');
    const from = raw.frames.length;
    raw.send({ message: 'hello', client_message_id: 'msg-1' });
    await raw.waitFor((f) => f.type === 'stream_end' || f.type === 'error', from);
    raw.send({ type: 'history' });
    await raw.waitFor((f) => f.type === 'history', from);
    const replay = raw.frames.slice(from).filter((f: any) => f.type === 'stream_end' || f.type === 'error');
    expect(replay.map((f: any) => f.type)).toEqual(['stream_end']);
  });
});
