import type { Logger } from '../logging/createLogger.ts';
import type { SessionStore } from '../store/SessionStore.ts';
import type { LiveTurn } from './createLiveTurn.ts';

/**
 * Renews this instance's leases on its running turns every third of the lease. A turn whose lease
 * was lost (another instance may already have closed it as interrupted) is stopped and marked, so
 * its stream_end says `interrupted`, like a dead owner's. The timer runs only while turns run.
 */
export function createLeaseKeeper(opts: {
  store: SessionStore;
  instanceId: string;
  leaseMs: number;
  runningTurns: () => LiveTurn[];
  logger: Logger;
  onError: (cause: unknown) => void;
}) {
  const lost = new Set<string>();
  let timer: NodeJS.Timeout | undefined;

  const renew = async () => {
    const running = opts.runningTurns();
    if (running.length === 0) {
      stop();
      return;
    }
    for (const id of await opts.store.renewLeases(opts.instanceId, running.map((t) => t.id), opts.leaseMs)) {
      const turn = running.find((t) => t.id === id);
      if (!turn || turn.done) continue;
      opts.logger.warn({ turnId: id }, 'turn lease lost; stopping the turn');
      lost.add(id);
      turn.cancel();
    }
  };
  const stop = () => {
    clearInterval(timer);
    timer = undefined;
  };

  return {
    /** Turns to end as interrupted (lease lost, or still running after a shutdown's grace). */
    lost,
    /** Starts renewing, if not already. */
    start() {
      timer ??= setInterval(() => renew().catch(opts.onError), Math.max(50, Math.floor(opts.leaseMs / 3))).unref();
    },
    stop,
  };
}
