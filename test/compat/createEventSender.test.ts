import { WebSocket } from 'ws';
import { describe, expect, it } from 'vitest';
import { createEventSender } from '../../compat/createEventSender.ts';

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
    const send = createEventSender(ws, () => 'ts', 100);
    for (const content of ['a', 'b', 'c']) {
      send({ type: 'token', content });
      await nextRun();
    }
    expect(sent.map((f) => f.content)).toEqual(['a', 'b', 'c']);
  });

  it('tokens that arrive together leave as one frame at the end of that run, before any later frame', async () => {
    const { ws, sent } = fakeSocket();
    const send = createEventSender(ws, () => 'ts', 100);
    for (const content of ['a', 'b', 'c']) send({ type: 'token', content });
    expect(sent).toEqual([]);
    await nextRun();
    expect(sent).toEqual([{ type: 'token', content: 'abc', timestamp: 'ts' }]);
    send({ type: 'token', content: 'd' });
    send({ type: 'token', content: 'e' });
    send({ type: 'status', status: 'processing' });
    expect(sent.map((f) => f.content ?? f.status)).toEqual(['abc', 'de', 'processing']);
    await nextRun();
    expect(sent).toHaveLength(3);
  });

  it('holds tokens while the socket is congested, across runs, and sends them merged once it drains', async () => {
    const { socket, ws, sent } = fakeSocket();
    const send = createEventSender(ws, () => 'ts', 100);
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

  it('sends nothing on a closed socket', async () => {
    const { socket, ws, sent } = fakeSocket();
    socket.readyState = WebSocket.CLOSED;
    const send = createEventSender(ws, () => 'ts');
    send({ type: 'token', content: 'x' });
    await nextRun();
    send({ type: 'status', status: 'processing' });
    expect(sent).toEqual([]);
  });
});
