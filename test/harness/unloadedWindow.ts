import { createLoadWindow, type LoadWindow } from '../../server/delivery/createLoadWindow.ts';

/**
 * A load window that never reports the process loaded, so the engine sends one event per token
 * whatever the test's own load: for tests of the transports' congestion rules, which a turn merged
 * at its source (a fast bulk agent loads the process) would never reach.
 */
export function unloadedWindow(): LoadWindow {
  const window = createLoadWindow();
  return { loaded: false, nextWindow: () => window.nextWindow() };
}
