import { LONE_WINDOWS_TO_SEND_AT_ONCE, processLoadWindow, type LoadWindow } from '../reliability/createLoadWindow.ts';
import { mergeTokens } from './mergeTokens.ts';
import type { StoredEvent } from '../protocol/storedEvent.ts';

/**
 * The delivery policy for a pull-based transport (tRPC's async generator over a queue that merges what
 * waits in it): `merge` for the queue, `beforeYield` for what to await before handing out the next
 * event. A congested client first (`drained`: hold, and let tokens merge, until it catches up). Once
 * tokens had to merge (the stream fell behind), the end of the current window, so the stream yields
 * at most once per window (the merged event itself leaves at once), until LONE_WINDOWS_TO_SEND_AT_ONCE yields in a row merged nothing. Idle:
 * nothing to await, one event per token as it comes.
 */
export function paceDelivery(drained: () => Promise<void> | undefined, load: LoadWindow = processLoadWindow) {
  let windowsLeft = 0;
  let mergedSinceYield = false;
  return {
    merge(last: StoredEvent, next: StoredEvent): StoredEvent | undefined {
      const merged = mergeTokens(last, next);
      if (merged) mergedSinceYield = true;
      return merged;
    },
    beforeYield(): Promise<void> | undefined {
      const congested = drained();
      if (congested) return congested;
      const windowed = windowsLeft > 0;
      if (mergedSinceYield) windowsLeft = LONE_WINDOWS_TO_SEND_AT_ONCE;
      mergedSinceYield = false;
      // The merged event that shows the stream fell behind is due now and leaves at once (as compat's
      // end-of-run flush); only the yields after it wait for windows. Holding it cost a first token 20 ms.
      // A loaded process merges at the source already (the engine's window, the same timer): waiting
      // for a window here too would add a second one to the token's delay.
      if (!windowed || load.loaded) return undefined;
      windowsLeft--;
      return load.nextWindow();
    },
  };
}
