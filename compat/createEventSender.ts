import { WebSocket } from 'ws';
import type { ChatEvent } from '../server/protocol/chatEvent.ts';
import { encodeEvent } from './encodeEvent.ts';

// Flushes are scheduled as reactions to one settled promise, not with queueMicrotask: Node's
// queueMicrotask builds an AsyncResource and a bound function per call, for every token that arrives
// alone. A flush cannot throw (encoding a string, sending only on an open socket).
const settled = Promise.resolve();

/**
 * Sends a turn's events as frames. Tokens that arrive together (in one run of the event loop: an
 * upstream read that held several, or a server catching up) leave as one frame at the end of that
 * run, so a loaded server writes once per stream and tick instead of once per token; a token that
 * arrives alone is still one frame. When the client falls behind (more than `highWaterBytes` queued
 * on its socket) tokens are held and merged until it drains, so a slow reader costs fewer frames
 * instead of an ever longer queue. The text it receives is the same either way.
 */
export function createEventSender(ws: WebSocket, clock: () => string, highWaterBytes = 1 << 20) {
  let held = '';
  let flushQueued = false;
  const send = (text: string | undefined) => {
    if (text !== undefined && ws.readyState === WebSocket.OPEN) ws.send(text);
  };
  const flush = () => {
    if (held === '') return;
    const content = held;
    held = '';
    send(encodeEvent({ type: 'token', content }, clock()));
  };
  const flushUnlessCongested = () => {
    flushQueued = false;
    if (ws.bufferedAmount <= highWaterBytes) flush();
  };
  return (event: ChatEvent): void => {
    if (event.type === 'token') {
      held += event.content;
      if (!flushQueued) {
        flushQueued = true;
        void settled.then(flushUnlessCongested);
      }
      return;
    }
    flush();
    send(encodeEvent(event, clock()));
  };
}
