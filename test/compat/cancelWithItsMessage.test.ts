import { describe, expect, it } from 'vitest';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { keywordSafety } from '../fakes/testPlugins.ts';
import { startTestGateway } from '../harness/startTestGateway.ts';
import { openWireSocket } from '../reliability/openWireSocket.ts';
import { CHAT_PATH, expectGuideFrames } from './compatSocket.ts';

const plugins = [{ plugin: keywordSafety }];
const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i} `);

// A guide client that sends a message and then `cancel` expects that message's turn to stop. The two
// frames often come in one read, while the message's admission (a rate-limit count, a Redis round trip
// with STORE=redis) is still settling; the cancel was then answered `nothing_to_cancel` and the whole
// answer streamed.
describe('compat endpoint: a cancel that arrives with its message', () => {
  it('regression: a cancel in the same read as its message stops that turn instead of answering nothing_to_cancel', async () => {
    const provider = createScriptedProvider({ tokens: words(200), delayMs: 5 });
    await using gw = await startTestGateway({ plugins, provider });
    const wire = await openWireSocket(gw.port, CHAT_PATH, { offerDeflate: false });
    try {
      await wire.waitFor((f) => f.text.includes('"connection"'));
      wire.sendTogether([JSON.stringify({ message: 'a long answer please' }), JSON.stringify({ type: 'cancel' })]);
      await wire.waitFor((f) => f.text.includes('"stream_end"'));
      const frames = wire.frames.map((f) => JSON.parse(f.text) as { type: string; status?: string; metadata?: { finish_reason?: string } });
      expectGuideFrames(frames);
      expect(frames.filter((f) => f.status === 'nothing_to_cancel')).toEqual([]);
      expect(frames.at(-1)).toMatchObject({ type: 'stream_end', metadata: { finish_reason: 'cancelled' } });
      expect(provider.emitted).toBeLessThan(200);
    } finally {
      wire.close();
    }
  });

  it('a cancel sent behind a queued message stops the running turn only; the queued one is answered in full', async () => {
    const provider = createScriptedProvider({ tokens: words(30), delayMs: 5 });
    await using gw = await startTestGateway({ plugins, provider });
    const wire = await openWireSocket(gw.port, CHAT_PATH, { offerDeflate: false });
    try {
      await wire.waitFor((f) => f.text.includes('"connection"'));
      wire.send(JSON.stringify({ message: 'first' }));
      await wire.waitFor((f) => f.text.includes('"token"'));
      wire.sendTogether([JSON.stringify({ message: 'second' }), JSON.stringify({ type: 'cancel' })]);
      await wire.waitFor(() => wire.frames.filter((f) => f.text.includes('"stream_end"')).length === 2);
      const ends = wire.frames.map((f) => JSON.parse(f.text) as { type: string; metadata?: { finish_reason?: string } }).filter((f) => f.type === 'stream_end');
      expect(ends.map((f) => f.metadata?.finish_reason)).toEqual(['cancelled', 'stop']);
    } finally {
      wire.close();
    }
  });
});
