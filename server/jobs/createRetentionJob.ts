import type { Logger } from '../logging/createLogger.ts';
import type { SessionStore } from '../store/SessionStore.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface RetentionJob {
  /** Runs once now (closing turns left running by dead owners, e.g. before a restart), then every interval. */
  start(): Promise<void>;
  runOnce(): Promise<{ closedTurns: number; purgedSessions: number }>;
  stop(): void;
}

/**
 * Periodic store upkeep: sessions (with messages, event logs and audit) idle for longer than
 * `retentionDays` are purged, and running turns whose owner is gone are closed as interrupted.
 */
export function createRetentionJob(opts: {
  store: SessionStore;
  retentionDays: number;
  logger: Logger;
  intervalMs?: number;
  now?: () => number;
}): RetentionJob {
  const now = opts.now ?? Date.now;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();

  const runOnce = async () => {
    const closedTurns = await opts.store.closeAbandonedTurns();
    const purgedSessions = await opts.store.purgeOlderThan(now() - opts.retentionDays * DAY_MS);
    if (closedTurns > 0 || purgedSessions > 0) opts.logger.info({ closedTurns, purgedSessions }, 'store upkeep');
    return { closedTurns, purgedSessions };
  };
  const tick = () => {
    running = runOnce().catch((cause: unknown) => opts.logger.error({ err: cause }, 'store upkeep failed'));
    return running;
  };

  return {
    async start() {
      await tick();
      timer = setInterval(() => void tick(), opts.intervalMs ?? 60 * 60 * 1000).unref();
    },
    runOnce,
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}
