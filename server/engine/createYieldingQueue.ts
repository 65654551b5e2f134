/**
 * Runs queued work after the current macrotask, in slices of at most `sliceMs` each, one slice per
 * `setImmediate`: timers that fall due in between (other turns' tokens) run before the next slice.
 * The gateway uses it for a turn's end (stream_end, the answer stored, the slot released), which must
 * come after its own tokens but need not come before anyone else's: when many turns end at once, their
 * ends no longer hold back the tokens still streaming (BENCHMARKS.md, "Session 18").
 */
export interface YieldingQueue {
  /** Runs `work` later, in order with everything queued before it. */
  defer(work: () => void): void;
  /** Work queued and not yet run. */
  readonly pending: number;
}

export function createYieldingQueue(opts: { sliceMs?: number; onError: (cause: unknown) => void }): YieldingQueue {
  const sliceMs = opts.sliceMs ?? 2;
  let queue: (() => void)[] = [];
  let head = 0;
  let scheduled = false;

  const runSlice = () => {
    scheduled = false;
    const until = performance.now() + sliceMs;
    while (head < queue.length) {
      const work = queue[head] as () => void;
      queue[head++] = noop;
      try {
        work();
      } catch (cause) {
        opts.onError(cause);
      }
      if (performance.now() >= until) break;
    }
    if (head === queue.length) {
      queue = [];
      head = 0;
      return;
    }
    // A queue that never empties (ends keep arriving under load) drops what it has run now and then.
    if (head >= COMPACT_AFTER && head * 2 >= queue.length) {
      queue = queue.slice(head);
      head = 0;
    }
    schedule();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(runSlice);
  };

  return {
    defer(work) {
      queue.push(work);
      schedule();
    },
    get pending() {
      return queue.length - head;
    },
  };
}

const noop = () => {};
const COMPACT_AFTER = 1024;
