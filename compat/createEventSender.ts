import { WebSocket } from 'ws';
import type { ChatEvent } from '../server/protocol/chatEvent.ts';
import { createCongestionCheck } from '../server/delivery/createCongestionCheck.ts';
import { MAX_MERGED_CHARS } from '../server/delivery/mergeTokens.ts';
import { splitText } from '../server/delivery/splitText.ts';
import { processLoadWindow, type LoadWindow } from '../server/reliability/createLoadWindow.ts';
import { encodeEvent } from './encodeEvent.ts';

// Flushes are scheduled as reactions to one settled promise, not with queueMicrotask: Node's
// queueMicrotask builds an AsyncResource and a bound function per call. A flush cannot throw
// (encoding a string, sending only on an open socket).
const settled = Promise.resolve();

// A bursty stream goes back to sending at once after this many runs in a row with a single token: a
// server near saturation, whose streams alternate between bursts and single tokens, keeps merging.
const LONE_RUNS_TO_SEND_AT_ONCE = 16;

/**
 * Sends a turn's events as frames, merging tokens that arrive together (in one run of the event loop:
 * an upstream read that held several, or a server catching up) so a loaded server writes once per
 * stream and run instead of once per token. The text the client receives is the same either way.
 *
 * - A stream whose tokens arrive alone sends each at once. Only a second token in the same
 *   millisecond as the last one sent (the next of a burst, most likely) is held, and leaves with the
 *   rest of its run at the end of that run; that makes the stream a bursty one.
 * - A bursty stream holds every token to the end of its run, so a burst is one frame. After 16 runs
 *   in a row that brought a single token it sends at once again (why: BENCHMARKS.md, "Session 6").
 * - When the client falls behind (more than `highWaterBytes` queued on its socket: the congestion check
 *   of every frame, history pages included, createCongestionCheck) tokens are held and merged until it
 *   drains, so a slow reader costs fewer frames instead of an ever longer queue.
 * - A stream that had a run of several tokens (it fell behind) holds them to the end of the shared
 *   window (`load`, the same as tRPC's: server/delivery) instead of the run, until it is no longer
 *   bursty: fewer, fuller frames when each frame's cost counts.
 */
export function createEventSender(ws: WebSocket, clock: () => string, highWaterBytes = 1 << 20, now: () => number = Date.now, load: LoadWindow = processLoadWindow) {
  let held = '';
  let heldCount = 0;
  let flushQueued = false;
  let bursty = false;
  // Runs in a row that brought a single token while bursty.
  let loneRuns = 0;
  // Set by a run that brought several tokens (the stream fell behind): held tokens then wait for the
  // end of the shared window, not of the run, until the stream is no longer bursty.
  let windowed = false;
  let lastSentMs = Number.NaN;
  const { congested } = createCongestionCheck(ws, highWaterBytes);
  const send = (text: string | undefined) => {
    if (text !== undefined && ws.readyState === WebSocket.OPEN) ws.send(text);
  };
  const flush = () => {
    if (heldCount === 0) return;
    const content = held;
    if (heldCount > 1) windowed = true;
    if (!bursty || heldCount > 1) {
      // Held while sending at once means a burst (or congestion): merge whole runs from now on.
      bursty = true;
      loneRuns = 0;
    } else if (++loneRuns === LONE_RUNS_TO_SEND_AT_ONCE) bursty = windowed = false;
    held = '';
    heldCount = 0;
    // Held text beyond the merge limit (a reader far behind) goes as several frames, not one huge one.
    for (const piece of splitText(content, MAX_MERGED_CHARS)) send(encodeEvent({ type: 'token', content: piece }, clock()));
  };
  const flushUnlessCongested = () => {
    flushQueued = false;
    if (!congested()) flush();
  };
  return (event: ChatEvent): void => {
    if (event.type !== 'token') {
      flush();
      send(encodeEvent(event, clock()));
      return;
    }
    // An empty token has nothing to send (and must not count as one held).
    if (event.content === '') return;
    if (!bursty && heldCount === 0) {
      const ms = now();
      if (ms !== lastSentMs && !congested()) {
        lastSentMs = ms;
        send(encodeEvent(event, clock()));
        return;
      }
    }
    held += event.content;
    heldCount++;
    if (!flushQueued) {
      flushQueued = true;
      // Not a second window when the engine already merges at the source (a loaded process).
      void (windowed && !load.loaded ? load.nextWindow() : settled).then(flushUnlessCongested);
    }
  };
}
