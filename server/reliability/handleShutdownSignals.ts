import type { Logger } from '../logging/createLogger.ts';

/**
 * SIGTERM/SIGINT run `shutdown` once and exit 0 when it completes (1 if it fails). A second signal
 * while it runs is logged and ignored: the grace period is what bounds the wait, and an operator who
 * wants it cut short sends SIGKILL (nothing a client saw is lost then either; see docs/storage.md).
 */
export function handleShutdownSignals(opts: { shutdown: () => Promise<void>; logger: Logger; exit?: (code: number) => void }): void {
  const exit = opts.exit ?? ((code: number) => process.exit(code));
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return opts.logger.warn({ signal }, 'already shutting down');
    stopping = true;
    opts.logger.info({ signal }, 'shutting down');
    opts.shutdown().then(
      () => {
        opts.logger.info('shutdown complete');
        exit(0);
      },
      (error: unknown) => {
        opts.logger.error({ err: error instanceof Error ? error.name : typeof error }, 'shutdown failed');
        exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
