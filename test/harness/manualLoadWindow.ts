import type { LoadWindow } from '../../server/reliability/createLoadWindow.ts';

/**
 * A load window the test switches and ends by hand: `endWindow` ends the shared window and every
 * per-stream window started so far (the real one ends them by timer).
 */
export function manualLoadWindow(loaded = false) {
  let close: (() => void) | undefined;
  let open: Promise<void> | undefined;
  const started = new Set<() => void>();
  const load: { -readonly [K in keyof LoadWindow]: LoadWindow[K] } = {
    loaded,
    nextWindow: () => (open ??= new Promise<void>((resolve) => (close = resolve))),
    startWindow: (onEnd) => {
      const entry = () => onEnd();
      started.add(entry);
      return () => started.delete(entry);
    },
  };
  return {
    load,
    /** Ends the current windows; resolves once what waited on the shared one has run. */
    endWindow: async () => {
      open = undefined;
      close?.();
      const ending = [...started];
      started.clear();
      for (const end of ending) end();
      await Promise.resolve();
      await Promise.resolve();
    },
  };
}
