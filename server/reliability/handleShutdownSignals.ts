import { constants } from 'node:os';
import type { Logger } from '../logging/createLogger.ts';

/**
 * SIGTERM/SIGINT run `shutdown` once and exit 0 when it completes (1 if it fails). A second signal
 * while it runs exits at once with 128 + its number (130 for SIGINT, 143 for SIGTERM), the shell's
 * convention, so an operator's second Ctrl-C is obeyed; nothing a client saw is lost then either,
 * since every event is stored before it is sent (docs/storage.md).
 */
export function handleShutdownSignals(opts: { shutdown: () => Promise<void>; logger: Logger; exit?: (code: number) => void }): void {
  const exit = opts.exit ?? ((code: number) => process.exit(code));
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      opts.logger.warn({ signal }, 'second signal during shutdown: exiting now');
      return exit(128 + constants.signals[signal]);
    }
    stopping = true;
    opts.logger.info({ signal }, 'shutting down');
    opts.shutdown().then(
      () => {
        opts.logger.info('shutdown complete');
        exit(0);
      },
      (error: unknown) => {
        opts.logger.error({ err: error }, 'shutdown failed');
        exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
