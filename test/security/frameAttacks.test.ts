import { describe, expect, it } from 'vitest';
import { openRawSocket } from '../harness/openRawSocket.ts';
import { startTestGateway } from '../harness/startTestGateway.ts';
import { expectServed } from './expectServed.ts';

const COMPAT = '/api/v1/ws/chat';

describe('hostile frames', () => {
  it('an oversized frame (memory exhaustion) closes that socket with 1009', async () => {
    await using gw = await startTestGateway({ config: { MAX_FRAME_BYTES: 4096 } });
    for (const path of [COMPAT, '/trpc']) {
      await using bad = await openRawSocket(`${gw.wsUrl}${path}`);
      bad.sendRaw(JSON.stringify({ message: 'x'.repeat(5000) }));
      expect((await bad.closed).code).toBe(1009);
    }
    await expectServed(gw.wsUrl);
  });

  it('a fragment flood (a message that never ends) closes with 1009 once its fragments pass the limit', async () => {
    await using gw = await startTestGateway({ config: { MAX_FRAME_BYTES: 4096 } });
    await using bad = await openRawSocket(`${gw.wsUrl}${COMPAT}`);
    for (let i = 0; i < 100 && bad.ws.readyState === bad.ws.OPEN; i++) bad.ws.send('{"message":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', { fin: false });
    expect((await bad.closed).code).toBe(1009);
    await expectServed(gw.wsUrl);
  });

  it('invalid UTF-8 in a text frame (parser confusion) closes with 1007', async () => {
    await using gw = await startTestGateway();
    for (const path of [COMPAT, '/trpc']) {
      await using bad = await openRawSocket(`${gw.wsUrl}${path}`);
      bad.ws.send(Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0xff, 0xfe, 0x22, 0x7d]), { binary: false });
      expect((await bad.closed).code).toBe(1007);
    }
    await expectServed(gw.wsUrl);
  });

  it('malformed JSON and prototype keys (__proto__, constructor) are validation errors and pollute nothing', async () => {
    await using gw = await startTestGateway();
    await using bad = await openRawSocket(`${gw.wsUrl}${COMPAT}`);
    await bad.waitFor((f) => f.type === 'connection');
    const hostile = [
      '{"message": "hi"',
      'null',
      '[{"message":"hi"}]',
      '{"__proto__": {"polluted": true}, "message": ""}',
      '{"constructor": {"prototype": {"polluted": true}}, "type": "nope"}',
      '{"message": "I feel dizzy", "patient_profile": {"__proto__": {"polluted": true}, "age": "old"}}',
    ];
    for (const text of hostile) bad.sendRaw(text);
    await expect.poll(() => bad.frames.filter((f: any) => f.type === 'error').length).toBe(hostile.length);
    for (const f of bad.frames.filter((f: any) => f.type === 'error') as any[]) expect(f.error_type).toBe('validation_error');
    // A well-formed message with a prototype key in the profile is served; the key is dropped.
    bad.sendRaw('{"message": "I have a cough", "patient_profile": {"__proto__": {"polluted": true}, "age": 40}}');
    expect(await bad.waitFor((f) => f.type === 'stream_end')).toMatchObject({ metadata: { finish_reason: 'stop' } });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(JSON.stringify(bad.frames)).not.toMatch(/at .*\.ts:\d+|stack/i);
    await expectServed(gw.wsUrl);
  });
});
