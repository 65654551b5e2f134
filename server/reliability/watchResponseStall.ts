import type { ServerResponse } from 'node:http';

/**
 * Ends an event stream whose reader has stopped, as the stall watch ends such a socket: the response
 * has waited for `drain` (its buffers and the kernel's are full) for `stallTimeoutMs` without one. A
 * slow but moving reader stays (the chat router merges its tokens meanwhile); a stalled one would
 * pin its connection slot and file descriptor until TCP gave up. Destroying the response is a dropped
 * connection, never a stop: the turn runs on into the store for a resume by Last-Event-ID.
 */
export function watchResponseStall(res: ServerResponse, opts: { stallTimeoutMs: number; onStall?: () => void }): void {
  // Counted in checks, not wall time: a busy event loop delays the drain and the check alike, so a
  // pause of the whole process is not taken for a stalled reader.
  const checkMs = Math.max(25, Math.min(1000, Math.floor(opts.stallTimeoutMs / 4)));
  const checksToStall = Math.ceil(opts.stallTimeoutMs / checkMs);
  let waitingChecks = 0;
  const onDrain = () => (waitingChecks = 0);
  res.on('drain', onDrain);
  const timer = setInterval(() => {
    waitingChecks = res.writableNeedDrain ? waitingChecks + 1 : 0;
    if (waitingChecks > checksToStall) {
      opts.onStall?.();
      res.destroy();
    }
  }, checkMs);
  timer.unref();
  res.once('close', () => {
    clearInterval(timer);
    res.off('drain', onDrain);
  });
}
