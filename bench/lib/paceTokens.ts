import type { BenchSpec } from './benchSpec.ts';

/** Tokens emitted by this process's pacers so far (reported over the control channel). */
export const emittedTokens = { count: 0 };

const BURST = 64;

/**
 * Calls `onToken(i)` on a drift-free schedule (token i due at start + phase + i·interval, so a late
 * event loop shows as token delay, not as a slower stream), then `onEnd`. Interval 0 emits bursts of
 * 64 per macrotask. Every bench server uses this, so the token source costs the same everywhere.
 */
export function paceTokens(spec: BenchSpec, phase: number, onToken: (i: number) => void, onEnd: () => void): () => void {
  let i = 0;
  let timeout: NodeJS.Timeout | undefined;
  let immediate: NodeJS.Immediate | undefined;
  let stopped = false;
  const start = performance.now() + phase * spec.intervalMs;
  const step = () => {
    if (stopped) return;
    const last = spec.intervalMs === 0 ? Math.min(spec.tokens, i + BURST) : i + 1;
    while (i < last && i < spec.tokens) {
      emittedTokens.count++;
      onToken(i++);
    }
    if (i >= spec.tokens) {
      stopped = true;
      onEnd();
      return;
    }
    schedule();
  };
  const schedule = () => {
    if (spec.intervalMs === 0) immediate = setImmediate(step);
    else timeout = setTimeout(step, Math.max(0, start + i * spec.intervalMs - performance.now()));
  };
  schedule();
  return () => {
    stopped = true;
    clearTimeout(timeout);
    clearImmediate(immediate);
  };
}

/** The same schedule as an async iterable (for the bare tRPC baseline's generator). */
export async function* paceTokensAsync(spec: BenchSpec, phase: number, signal: AbortSignal | undefined): AsyncGenerator<number> {
  const start = performance.now() + phase * spec.intervalMs;
  for (let i = 0; i < spec.tokens && !signal?.aborted; i++) {
    if (spec.intervalMs === 0) {
      if (i % BURST === 0) await new Promise((resolve) => setImmediate(resolve));
    } else {
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, start + i * spec.intervalMs - performance.now())));
    }
    emittedTokens.count++;
    yield i;
  }
}
