import { describe, expect, it, vi } from 'vitest';
import { keywordSafety } from '../fakes/testPlugins.ts';
import { openRawSocket, type RawSocket } from '../harness/openRawSocket.ts';
import { startTestGateway } from '../harness/startTestGateway.ts';
import { longHistoryMessage, storeLongHistory } from './storeLongHistory.ts';
import { trackServerSockets } from './trackServerSockets.ts';

/**
 * Issue 18: 45 non-reading sockets asking for a long session's history took the process from 171 MB to
 * 1.48 GB, because the whole history went out as one frame per socket, past backpressure. Now history
 * goes out a page at a time behind the same congestion check as tokens, and a socket that stops
 * reading is cut off after WS_STALL_TIMEOUT_MS whatever it asked for. Bounds are relative to what the
 * test itself measures (the history's own size, the process's memory before), never to the clock.
 */
describe('compat history under backpressure', () => {
  it('a long history reaches a reading client whole, in pages; non-reading clients hold no more than a page or two each and are cut off', async () => {
    await using gw = await startTestGateway({ plugins: [{ plugin: keywordSafety }], config: { WS_BACKPRESSURE_BYTES: 64 * 1024, WS_STALL_TIMEOUT_MS: 500 } });
    // A conversation of 8,000 messages of 2 KB (about 16 MB of history), stored as the engine would.
    const sessionId = await storeLongHistory(gw.store);
    const content = longHistoryMessage;

    // The baseline: a client that reads gets every message once, in order, over several frames.
    await using reader = await openRawSocket(`${gw.wsUrl}/api/v1/ws/chat`);
    await reader.waitFor((f) => f.type === 'connection');
    reader.send({ type: 'history', session_id: sessionId });
    await reader.waitFor((f) => f.type === 'history' && f.has_more === false, 0, 60_000);
    const pages = reader.frames.filter((f: any) => f.type === 'history') as any[];
    expect(pages.length).toBeGreaterThan(1);
    const messages = pages.flatMap((p) => p.messages);
    expect(messages.map((m: any) => m.content)).toEqual(Array.from({ length: 8000 }, (_, i) => content(i)));
    const historyBytes = pages.reduce((sum, p) => sum + JSON.stringify(p).length, 0);
    const pageBytes = Math.max(...pages.map((p) => JSON.stringify(p).length));

    // Ten clients that ask for it and never read.
    const tracker = trackServerSockets(gw.server);
    const before = memory();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, memory())), 5);
    const stalled: RawSocket[] = [];
    try {
      for (let i = 0; i < 10; i++) {
        const ws = await openRawSocket(`${gw.wsUrl}/api/v1/ws/chat`);
        await ws.waitFor((f) => f.type === 'connection');
        (ws.ws as unknown as { _socket: { pause(): void } })._socket.pause();
        ws.send({ type: 'history', session_id: sessionId });
        stalled.push(ws);
      }
      // Each is cut off once it has stopped draining for WS_STALL_TIMEOUT_MS.
      await vi.waitFor(() => expect(tracker.closedCount).toBe(10), { timeout: 60_000, interval: 50 });
    } finally {
      clearInterval(sampler);
      tracker.stop();
      for (const ws of stalled) ws.ws.terminate();
    }
    // What one stalled socket held in the process: the mark and a page or two, not its whole history.
    expect(tracker.peakQueuedBytes).toBeLessThan(64 * 1024 + 3 * pageBytes);
    expect(tracker.peakQueuedBytes).toBeLessThan(historyBytes / 4);
    // And the process as a whole grew by far less than the ten histories it was asked for.
    expect(peak - before).toBeLessThan((10 * historyBytes) / 4);
    // The gateway still serves.
    await using after = await openRawSocket(`${gw.wsUrl}/api/v1/ws/chat`);
    after.send({ message: 'still there?' });
    await after.waitFor((f) => f.type === 'stream_end', 0, 10_000);
  });
});

function memory(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}
