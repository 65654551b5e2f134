import { describe, expect, it } from 'vitest';
import { openRawSocket } from '../harness/openRawSocket.ts';
import { collectTurn, startTestGateway } from '../harness/startTestGateway.ts';
import { MAX_TRPC_ID_CHARS } from '../../server/security/oversizedTrpcId.ts';

describe('tRPC message ids (attack: a 50 KB id echoed in every answer)', () => {
  it('an id over the bound is refused with one typed error that does not echo it; the socket and other clients carry on', async () => {
    await using gw = await startTestGateway();
    await using raw = await openRawSocket(`${gw.wsUrl}/trpc`);
    const hugeId = `id-${'x'.repeat(50 * 1024)}`;
    const query = (id: unknown) => ({ id, method: 'query', params: { path: 'session.list', input: { json: null } } });
    raw.send({ id: hugeId, method: 'subscription', params: { path: 'chat.stream', input: { json: { message: 'hello' } } } });
    raw.send([query(1), query(`${'y'.repeat(MAX_TRPC_ID_CHARS + 1)}`)]);
    raw.send({ id: { nested: 'z'.repeat(MAX_TRPC_ID_CHARS * 2) }, method: 'query', params: { path: 'session.list', input: { json: null } } });
    // An id at the bound is fine.
    const atBound = 'k'.repeat(MAX_TRPC_ID_CHARS);
    raw.send(query(atBound));
    await raw.waitFor((f) => f.id === atBound);
    await expect.poll(() => raw.frames.filter((f: any) => f.id === null).length).toBe(3);
    for (const f of raw.frames.filter((f: any) => f.id === null) as any[]) {
      expect(f.error.json).toMatchObject({ code: -32600, data: { code: 'BAD_REQUEST', errorType: 'invalid_id' } });
    }
    // Nothing of the long ids came back, and the batch that held one was refused whole.
    const echoed = JSON.stringify(raw.frames);
    expect(echoed).not.toContain('x'.repeat(200));
    expect(echoed).not.toContain('y'.repeat(200));
    expect(echoed).not.toContain('z'.repeat(200));
    expect(raw.frames.some((f: any) => f.id === 1)).toBe(false);
    expect(echoed.length).toBeLessThan(4096);
    // The same socket and another client are served.
    raw.send(query(2));
    // session.list needs a user: its answer (UNAUTHORIZED without auth) shows the socket still serves.
    expect(await raw.waitFor<any>((f) => f.id === 2)).toMatchObject({ error: { json: { data: { code: 'UNAUTHORIZED' } } } });
    expect((await collectTurn(gw.client().streamTurn({ message: 'hello' }))).at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
  });
});
