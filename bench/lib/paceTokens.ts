import type { BenchSpec } from './benchSpec.ts';

/** Tokens emitted by this process's pacers so far (reported over the control channel). */
export const emittedTokens = { count: 0 };

const BURST = 64;

/**
 * Calls `onToken(i)` on a drift-free schedule (token i due at start + phase + i·interval, so a late
 * event loop shows as token delay, not as a slower stream), then `onEnd`. A late callback emits every
 * token already due (up to 64), as a server reading a real upstream late finds them all in its socket
 * at once. Interval 0 emits bursts of 64 per macrotask. Every bench server uses this, so the token
 * source costs the same everywhere.
 */
export function paceTokens(spec: BenchSpec, phase: number, onToken: (i: number) => void, onEnd: () => void): () => void {
  let i = 0;
  let timeout: NodeJS.Timeout | undefined;
  let immediate: NodeJS.Immediate | undefined;
  let stopped = false;
  const start = performance.now() + phase * spec.intervalMs;
  const step = () => {
    if (stopped) return;
    const last = Math.min(spec.tokens, i + (spec.intervalMs === 0 ? BURST : Math.min(BURST, dueBy(spec, start, performance.now()) - i)));
    do {
      emittedTokens.count++;
      onToken(i++);
    } while (i < last && !stopped);
    if (stopped) return;
    if (i >= spec.tokens) {
      stopped = true;
      onEnd();
      return;
    }
    schedule();
  };
  const schedule = () => {
    const wait = start + i * spec.intervalMs - performance.now();
    // A token already due goes on the loop's next check phase: a timer of 0 is clamped to 1 ms, which
    // a server fresh from idle really waits (raw ws's first token did) and one busy for a millisecond
    // does not (the gateway's), so the clamp weighed on the baselines alone.
    if (spec.intervalMs === 0 || wait <= 0) immediate = setImmediate(step);
    else timeout = setTimeout(step, wait);
  };
  schedule();
  return () => {
    stopped = true;
    clearTimeout(timeout);
    clearImmediate(immediate);
  };
}

/** How many tokens are due by `now` (token i is due at start + i·interval). */
function dueBy(spec: BenchSpec, start: number, now: number): number {
  return Math.floor((now - start) / spec.intervalMs) + 1;
}

/** The same schedule as an async iterable (for the bare tRPC baseline's generator): due tokens are yielded without waiting. */
export async function* paceTokensAsync(spec: BenchSpec, phase: number, signal: AbortSignal | undefined): AsyncGenerator<number> {
  const start = performance.now() + phase * spec.intervalMs;
  let burst = 0;
  for (let i = 0; i < spec.tokens && !signal?.aborted; i++) {
    if (spec.intervalMs === 0) {
      if (i % BURST === 0) await new Promise((resolve) => setImmediate(resolve));
    } else {
      const wait = start + i * spec.intervalMs - performance.now();
      if (wait > 0 || burst >= BURST) {
        burst = 0;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, wait)));
      } else burst++;
    }
    emittedTokens.count++;
    yield i;
  }
}
