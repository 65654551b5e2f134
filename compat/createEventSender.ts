import { WebSocket } from 'ws';
import type { ChatEvent } from '../server/protocol/chatEvent.ts';
import { encodeEvent } from './encodeEvent.ts';

/**
 * Sends a turn's events as frames, each as it arrives. Only when the client falls behind (more than
 * `highWaterBytes` queued on its socket) are consecutive tokens merged into one frame, so a slow
 * reader costs fewer frames instead of an ever longer queue; the text it receives is the same.
 */
export function createEventSender(ws: WebSocket, clock: () => string, highWaterBytes = 1 << 20) {
  let held = '';
  const send = (text: string | undefined) => {
    if (text !== undefined && ws.readyState === WebSocket.OPEN) ws.send(text);
  };
  const flush = () => {
    if (held === '') return;
    const content = held;
    held = '';
    send(encodeEvent({ type: 'token', content }, clock()));
  };
  return (event: ChatEvent): void => {
    if (event.type === 'token' && (held !== '' || ws.bufferedAmount > highWaterBytes)) {
      held += event.content;
      if (ws.bufferedAmount <= highWaterBytes) flush();
      return;
    }
    flush();
    send(encodeEvent(event, clock()));
  };
}
