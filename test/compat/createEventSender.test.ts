import { WebSocket } from 'ws';
import { describe, expect, it } from 'vitest';
import { createEventSender } from '../../compat/createEventSender.ts';

/** Just what the sender reads of a socket: its state, its queue size, and send. */
function fakeSocket() {
  const sent: any[] = [];
  const socket = { readyState: WebSocket.OPEN as number, bufferedAmount: 0, send: (text: string) => sent.push(JSON.parse(text)) };
  return { socket, sent, ws: socket as unknown as WebSocket };
}

describe('createEventSender', () => {
  it('sends each token as its own frame while the client keeps up', () => {
    const { ws, sent } = fakeSocket();
    const send = createEventSender(ws, () => 'ts', 100);
    for (const content of ['a', 'b', 'c']) send({ type: 'token', content });
    expect(sent.map((f) => f.content)).toEqual(['a', 'b', 'c']);
  });

  it('merges tokens while the socket is congested and flushes them before the next frame', () => {
    const { socket, ws, sent } = fakeSocket();
    const send = createEventSender(ws, () => 'ts', 100);
    send({ type: 'token', content: 'a' });
    socket.bufferedAmount = 500;
    send({ type: 'token', content: 'b' });
    send({ type: 'token', content: 'c' });
    expect(sent).toHaveLength(1);
    send({ type: 'status', status: 'processing' });
    expect(sent.map((f) => f.content ?? f.status)).toEqual(['a', 'bc', 'processing']);
    // Once the queue drains, the held text goes out with the next token.
    send({ type: 'token', content: 'd' });
    socket.bufferedAmount = 0;
    send({ type: 'token', content: 'e' });
    send({ type: 'token', content: 'f' });
    expect(sent.map((f) => f.content ?? f.status)).toEqual(['a', 'bc', 'processing', 'de', 'f']);
  });

  it('sends nothing on a closed socket', () => {
    const { socket, ws, sent } = fakeSocket();
    socket.readyState = WebSocket.CLOSED;
    createEventSender(ws, () => 'ts')({ type: 'token', content: 'x' });
    expect(sent).toEqual([]);
  });
});
