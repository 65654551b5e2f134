const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Calls `onExpired` at `expiresAt` (epoch ms), or at once when it has passed; returns a cancel.
 * Long waits are chained because Node timers overflow past about 24.8 days.
 */
export function scheduleExpiry(expiresAt: number | undefined, onExpired: () => void): () => void {
  if (expiresAt === undefined) return () => {};
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    const wait = expiresAt - Date.now();
    if (wait <= 0) return onExpired();
    timer = setTimeout(arm, Math.min(wait, MAX_TIMER_MS));
    timer.unref();
  };
  arm();
  return () => clearTimeout(timer);
}
