import { Writable } from 'node:stream';
import { Observable, type Subscriber } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import type { LlmChunk, LlmProvider } from '../../server/llm/LlmProvider.ts';
import { createLogger } from '../../server/logging/createLogger.ts';
import { openRawSocket } from '../harness/openRawSocket.ts';
import { collectTurn, startTestGateway } from '../harness/startTestGateway.ts';
import { longHistoryMessage, storeLongHistory } from './storeLongHistory.ts';
import { trackServerSockets } from './trackServerSockets.ts';

/**
 * Issue 18: every frame goes through one congestion check, and a client that stops reading is cut off
 * after WS_STALL_TIMEOUT_MS whatever it asked for. Here it asked for a long history; meanwhile a compat
 * client and a tRPC client are in the middle of their answers and must carry on, on the same sockets.
 */
describe('a client that asks for a long history and stops reading', () => {
  it('is cut off by the stall watch while clients mid-answer on both transports carry on', async () => {
    const logged: { msg?: string; bufferedAmount?: number }[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const line of chunk.toString().split('\n')) if (line.trim()) logged.push(JSON.parse(line));
        done();
      },
    });
    // Answers go as far as the test lets them: each turn streams `first`, then waits for `finish()`.
    const running: Subscriber<LlmChunk>[] = [];
    const provider: LlmProvider = {
      name: 'gated',
      stream: () =>
        new Observable<LlmChunk>((subscriber) => {
          running.push(subscriber);
          subscriber.next({ type: 'delta', text: 'first' });
        }),
    };
    const finish = () => {
      for (const s of running) {
        s.next({ type: 'delta', text: ' and the rest.' });
        s.next({ type: 'finish', finishReason: 'stop', usage: { inputTokens: 1, outputTokens: 2 } });
        s.complete();
      }
    };
    const highWater = 64 * 1024;
    await using gw = await startTestGateway({
      provider,
      logger: createLogger({ level: 'warn', destination }),
      config: { WS_BACKPRESSURE_BYTES: highWater, WS_STALL_TIMEOUT_MS: 200 },
    });
    const sessionId = await storeLongHistory(gw.store);

    // Two clients mid-answer: one on compat, one on tRPC.
    await using compat = await openRawSocket(`${gw.wsUrl}/api/v1/ws/chat`);
    compat.send({ message: 'how long does a cold last?' });
    await compat.waitFor((f) => f.type === 'token' && f.content === 'first');
    const trpcEvents: string[] = [];
    const trpcTurn = collectTurn(gw.client().streamTurn({ message: 'and a cough?' }));
    await vi.waitFor(() => expect(running).toHaveLength(2));

    const tracker = trackServerSockets(gw.server);
    try {
      await using stalled = await openRawSocket(`${gw.wsUrl}/api/v1/ws/chat`);
      await stalled.waitFor((f) => f.type === 'connection');
      (stalled.ws as unknown as { _socket: { pause(): void } })._socket.pause();
      stalled.send({ type: 'history', session_id: sessionId });

      // The stall watch cuts it off: it stayed above the mark without draining for WS_STALL_TIMEOUT_MS.
      await vi.waitFor(() => expect(tracker.closedCount).toBe(1), { timeout: 30_000, interval: 20 });
      const stall = logged.filter((r) => r.msg === 'reader stalled; socket terminated');
      expect(stall).toHaveLength(1);
      expect(stall[0]?.bufferedAmount).toBeGreaterThan(highWater);
    } finally {
      tracker.stop();
    }

    // The others are still connected and get the rest of their answers.
    finish();
    await compat.waitFor((f) => f.type === 'stream_end');
    const compatText = compat.frames.filter((f: any) => f.type === 'token').map((f: any) => f.content).join('');
    expect(compatText).toBe('first and the rest.');
    for (const e of await trpcTurn) if (e.event.type === 'token') trpcEvents.push(e.event.content);
    expect(trpcEvents.join('')).toBe('first and the rest.');
    // A client that reads still gets the whole history after the cut-off.
    await using reader = await openRawSocket(`${gw.wsUrl}/api/v1/ws/chat`);
    reader.send({ type: 'history', session_id: sessionId });
    await reader.waitFor((f) => f.type === 'history' && f.has_more === false, 0, 60_000);
    const messages = reader.frames.filter((f: any) => f.type === 'history').flatMap((f: any) => f.messages);
    expect(messages.map((m: any) => m.content)).toEqual(Array.from({ length: 8000 }, (_, i) => longHistoryMessage(i)));
  });
});
