import { WebSocket } from 'ws';
import { describe, expect, it } from 'vitest';
import { createEventSender } from '../../compat/createEventSender.ts';
import type { LoadWindow } from '../../server/reliability/createLoadWindow.ts';

// A window that ends with the run: these pin the rules per run (test/delivery covers the window).
const idle: LoadWindow = { nextWindow: () => Promise.resolve(), loaded: false };

/** Just what the sender reads of a socket: its state, its queue size, and send. */
function fakeSocket() {
  const sent: any[] = [];
  const socket = { readyState: WebSocket.OPEN as number, bufferedAmount: 0, send: (text: string) => sent.push(JSON.parse(text)) };
  return { socket, sent, ws: socket as unknown as WebSocket };
}

/** Lets the current run of the event loop finish (its microtasks included). */
const nextRun = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('createEventSender', () => {
  it('sends each token as its own frame when tokens arrive in separate runs of the event loop', async () => {
    const { ws, sent } = fakeSocket();
    const send = createEventSender(ws, () => 'ts', 100, Date.now, idle);
    for (const content of ['a', 'b', 'c']) {
      send({ type: 'token', content });
      await nextRun();
    }
    expect(sent.map((f) => f.content)).toEqual(['a', 'b', 'c']);
  });

  it('sends a token that arrives alone at once, not at the end of its run', () => {
    const { ws, sent } = fakeSocket();
    let ms = 1000;
    const send = createEventSender(ws, () => 'ts', 100, () => ms, idle);
    send({ type: 'token', content: 'a' });
    expect(sent).toEqual([{ type: 'token', content: 'a', timestamp: 'ts' }]);
    ms += 1;
    send({ type: 'token', content: 'b' });
    expect(sent.map((f) => f.content)).toEqual(['a', 'b']);
  });

  it('merges the rest of a burst into one frame at the end of its run, then merges whole runs until sixteen runs in a row bring one token each', async () => {
    const { ws, sent } = fakeSocket();
    let ms = 1000;
    const send = createEventSender(ws, () => 'ts', 100, () => ms, idle);
    // The first token of a burst leaves at once; the next ones (same millisecond) wait for the end of the run.
    for (const content of ['a', 'b', 'c']) send({ type: 'token', content });
    expect(sent.map((f) => f.content)).toEqual(['a']);
    await nextRun();
    expect(sent.map((f) => f.content)).toEqual(['a', 'bc']);
    // Now a bursty stream: a whole run is one frame, and a later frame flushes what is held first.
    ms += 5;
    send({ type: 'token', content: 'd' });
    send({ type: 'token', content: 'e' });
    expect(sent).toHaveLength(2);
    send({ type: 'status', status: 'processing' });
    expect(sent.map((f) => f.content ?? f.status)).toEqual(['a', 'bc', 'de', 'processing']);
    await nextRun();
    expect(sent).toHaveLength(4);
    // Sixteen runs in a row with a single token end the bursts (each of them still leaves at the end of
    // its run); a burst in between starts the count again.
    const loneRun = async (content: string) => {
      ms += 5;
      const before = sent.length;
      send({ type: 'token', content });
      expect(sent).toHaveLength(before);
      await nextRun();
      expect(sent.at(-1)).toEqual({ type: 'token', content, timestamp: 'ts' });
    };
    for (let i = 0; i < 10; i++) await loneRun(`x${i}`);
    ms += 5;
    send({ type: 'token', content: 'y' });
    send({ type: 'token', content: 'z' });
    await nextRun();
    expect(sent.at(-1)).toMatchObject({ content: 'yz' });
    for (let i = 0; i < 16; i++) await loneRun(`w${i}`);
    ms += 5;
    send({ type: 'token', content: 'now' });
    expect(sent.at(-1)).toMatchObject({ content: 'now' });
  });

  it('takes a burst of two as a burst: the next run leaves as one frame', async () => {
    const { ws, sent } = fakeSocket();
    let ms = 1000;
    const send = createEventSender(ws, () => 'ts', 100, () => ms, idle);
    send({ type: 'token', content: 'a' });
    send({ type: 'token', content: 'b' });
    await nextRun();
    ms += 5;
    send({ type: 'token', content: 'c' });
    send({ type: 'token', content: 'd' });
    expect(sent.map((f) => f.content)).toEqual(['a', 'b']);
    await nextRun();
    expect(sent.map((f) => f.content)).toEqual(['a', 'b', 'cd']);
  });

  it('holds a second token in the same millisecond to the end of its run even when it is alone in that run', async () => {
    const { ws, sent } = fakeSocket();
    const send = createEventSender(ws, () => 'ts', 100, () => 1000, idle);
    send({ type: 'token', content: 'a' });
    await nextRun();
    send({ type: 'token', content: 'b' });
    expect(sent.map((f) => f.content)).toEqual(['a']);
    await nextRun();
    expect(sent.map((f) => f.content)).toEqual(['a', 'b']);
  });

  it('holds tokens while the socket is congested, across runs, and sends them merged once it drains', async () => {
    const { socket, ws, sent } = fakeSocket();
    const send = createEventSender(ws, () => 'ts', 100, Date.now, idle);
    socket.bufferedAmount = 500;
    send({ type: 'token', content: 'a' });
    await nextRun();
    send({ type: 'token', content: 'b' });
    await nextRun();
    expect(sent).toEqual([]);
    socket.bufferedAmount = 0;
    send({ type: 'token', content: 'c' });
    await nextRun();
    expect(sent.map((f) => f.content)).toEqual(['abc']);
    // A non-token frame never overtakes held text, congested or not.
    socket.bufferedAmount = 500;
    send({ type: 'token', content: 'd' });
    await nextRun();
    send({ type: 'status', status: 'processing' });
    expect(sent.map((f) => f.content ?? f.status)).toEqual(['abc', 'd', 'processing']);
  });

  it('sends no frame for an empty token, nor counts it as held', async () => {
    const { ws, sent } = fakeSocket();
    let ms = 1000;
    const send = createEventSender(ws, () => 'ts', 100, () => ms, idle);
    send({ type: 'token', content: '' });
    await nextRun();
    ms += 5;
    send({ type: 'token', content: 'a' });
    expect(sent.map((f) => f.content)).toEqual(['a']);
  });

  it('sends nothing on a closed socket', async () => {
    const { socket, ws, sent } = fakeSocket();
    socket.readyState = WebSocket.CLOSED;
    const send = createEventSender(ws, () => 'ts', 1 << 20, Date.now, idle);
    send({ type: 'token', content: 'x' });
    await nextRun();
    send({ type: 'status', status: 'processing' });
    expect(sent).toEqual([]);
  });
});
