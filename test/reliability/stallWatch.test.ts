import type { WebSocket, WebSocketServer } from 'ws';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startStallWatch } from '../../server/reliability/startStallWatch.ts';

/**
 * The part of a ws server socket the stall watch reads: its state, its queue, and the net.Socket under
 * it (what was written, what is still queued in the process).
 */
function serverSocket(queued: number) {
  const socket = { bytesWritten: queued, writableLength: queued };
  return {
    OPEN: 1,
    readyState: 1,
    socket,
    get bufferedAmount() {
      return socket.writableLength;
    },
    terminated: false,
    terminate() {
      this.terminated = true;
      this.readyState = 3;
    },
  };
}

describe('startStallWatch', () => {
  afterEach(() => void vi.useRealTimers());

  it('keeps a reader whose queue the server refills as fast as it drains (the same size at every check), and cuts off one that stops', () => {
    vi.useFakeTimers();
    const reading = serverSocket(5000);
    const stopped = serverSocket(5000);
    const wss = { clients: new Set([reading, stopped]) } as unknown as WebSocketServer;
    const stalls: unknown[] = [];
    const watch = startStallWatch(wss, { highWaterBytes: 1000, stallTimeoutMs: 400, checkMs: 100, onStall: (ws) => stalls.push(ws) });
    for (const fake of [reading, stopped]) watch.track(fake as unknown as WebSocket, fake.socket);
    for (let i = 0; i < 40; i++) {
      // Between checks the reader took 4,000 bytes and the server queued a page of 4,000 more.
      reading.socket.bytesWritten += 4000;
      vi.advanceTimersByTime(100);
    }
    watch.stop();
    expect(reading.terminated).toBe(false);
    expect(stopped.terminated).toBe(true);
    expect(stalls).toEqual([stopped]);
  });
});
