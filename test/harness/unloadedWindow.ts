import { createLoadWindow, type LoadWindow } from '../../server/reliability/createLoadWindow.ts';

/**
 * A load window that never reports the process loaded, so the engine sends one event per token
 * whatever the test runner's load: startTestGateway's default. Tests count events, and the
 * transports' congestion tests need a turn that is not merged at its source (a fast bulk agent loads
 * the process); the merge under load has tests of its own with windows they drive.
 */
export function unloadedWindow(): LoadWindow {
  const window = createLoadWindow();
  return { loaded: false, nextWindow: () => window.nextWindow() };
}
