/**
 * Compression trade-off (docs/operations.md): off by default; WS_COMPRESSION=on negotiates
 * permessage-deflate without context takeover, and only frames of WS_COMPRESSION_THRESHOLD_BYTES or
 * more are compressed, so a history frame shrinks while per-token frames cost no deflate CPU.
 * Checked on the wire (RSV1 bit and payload size) with a hand-written client.
 */
import { describe, expect, it } from 'vitest';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { startTestGateway } from '../harness/startTestGateway.ts';
import { openWireSocket } from './openWireSocket.ts';

const words = Array.from({ length: 300 }, (_, i) => `word${i} `);

async function conversationOnTheWire(config: Record<string, string | number>) {
  await using gw = await startTestGateway({ provider: createScriptedProvider({ tokens: words }), config });
  const wire = await openWireSocket(gw.port, '/api/v1/ws/chat', { offerDeflate: true });
  try {
    await wire.waitFor((f) => f.text.includes('"connection"'));
    wire.send(JSON.stringify({ message: 'tell me a lot' }));
    await wire.waitFor((f) => f.text.includes('"stream_end"'));
    wire.send(JSON.stringify({ type: 'history' }));
    await wire.waitFor((f) => f.text.includes('"history"'));
    const tokens = wire.frames.filter((f) => f.text.includes('"type":"token"'));
    const history = wire.frames.find((f) => f.text.includes('"type":"history"'));
    return { headers: wire.headers, tokens, history: history as NonNullable<typeof history> };
  } finally {
    wire.close();
  }
}

describe('permessage-deflate', () => {
  it('is not negotiated by default, even when the client offers it', async () => {
    const { headers, tokens, history } = await conversationOnTheWire({});
    expect(headers).toMatch(/^HTTP\/1\.1 101/);
    expect(headers.toLowerCase()).not.toContain('sec-websocket-extensions');
    expect(tokens.length).toBe(words.length);
    expect([...tokens, history].some((f) => f.compressed)).toBe(false);
  });

  it('WS_COMPRESSION=on: no context takeover; the large history frame is compressed, token frames are not', async () => {
    const { headers, tokens, history } = await conversationOnTheWire({ WS_COMPRESSION: 'on', WS_COMPRESSION_THRESHOLD_BYTES: 1024 });
    const extensions = /sec-websocket-extensions: (.*)/i.exec(headers)?.[1] ?? '';
    expect(extensions).toContain('permessage-deflate');
    expect(extensions).toContain('server_no_context_takeover');
    expect(extensions).toContain('client_no_context_takeover');
    expect(tokens.length).toBe(words.length);
    expect(tokens.every((f) => !f.compressed && f.wireBytes < 1024)).toBe(true);
    expect(history.compressed).toBe(true);
    expect(history.text).toContain(words.join(''));
    expect(history.wireBytes).toBeLessThan(Buffer.byteLength(history.text) / 2);
  });
});
