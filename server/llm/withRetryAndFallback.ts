import { Observable, type Subscription } from 'rxjs';
import { LlmError } from './LlmError.ts';
import type { LlmChunk, LlmProvider } from './LlmProvider.ts';

export interface RetryOptions {
  /** Attempts per provider, the first included (1 = no retry). */
  readonly attempts?: number;
  /** Backoff before retry n (1-based) is baseDelayMs * 2^(n-1), capped at maxDelayMs. */
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  /** Randomise each delay within [delay/2, delay] so retrying gateways do not synchronise. */
  readonly jitter?: boolean;
}

export interface RetryAndFallbackOptions {
  readonly retry?: RetryOptions;
  readonly name?: string;
}

/**
 * One provider over an ordered chain. Before the first text delta: a retryable LlmError is retried on
 * the same provider with exponential backoff (a `retry-after` longer than maxDelayMs skips to the next
 * provider instead of stalling the turn); a non-retryable one moves straight to the next provider; the
 * last provider's error is the turn's error. After the first delta every error passes through unchanged,
 * because a new attempt would repeat text the user already has. Non-LlmErrors (bugs) are not retried.
 */
export function withRetryAndFallback(providers: readonly LlmProvider[], options: RetryAndFallbackOptions = {}): LlmProvider {
  const first = providers[0];
  if (!first) throw new Error('withRetryAndFallback needs at least one provider');
  const attempts = Math.max(1, options.retry?.attempts ?? 3);
  const baseDelayMs = options.retry?.baseDelayMs ?? 250;
  const maxDelayMs = options.retry?.maxDelayMs ?? 4000;
  const jitter = options.retry?.jitter ?? true;

  return {
    name: options.name ?? providers.map((p) => p.name).join('>'),
    stream: (request) =>
      new Observable<LlmChunk>((subscriber) => {
        let started = false;
        let inner: Subscription | undefined;
        let timer: ReturnType<typeof setTimeout> | undefined;
        let wake: (() => void) | undefined;
        // A cancel during a backoff wait starts the next attempt at once; the provider sees the aborted
        // signal and ends with its usage (no request is sent).
        const onAbort = () => wake?.();
        request.signal.addEventListener('abort', onAbort, { once: true });

        const attempt = (index: number, tryNo: number): void => {
          const provider = providers[index];
          if (!provider) return;
          inner = provider.stream(request).subscribe({
            next: (chunk) => {
              if (chunk.type === 'delta') started = true;
              subscriber.next(chunk);
            },
            complete: () => subscriber.complete(),
            error: (error: unknown) => {
              if (started || !(error instanceof LlmError)) {
                subscriber.error(error);
                return;
              }
              const isLast = index === providers.length - 1;
              const backoff = Math.min(maxDelayMs, baseDelayMs * 2 ** (tryNo - 1));
              const waitMs = jitter ? backoff / 2 + Math.random() * (backoff / 2) : backoff;
              const askedMs = (error.retryAfterSeconds ?? 0) * 1000;
              const retrySame = error.retryable && tryNo < attempts && askedMs <= maxDelayMs;
              if (!retrySame && isLast) {
                subscriber.error(error);
                return;
              }
              const next = retrySame ? () => attempt(index, tryNo + 1) : () => attempt(index + 1, 1);
              wake = () => {
                clearTimeout(timer);
                wake = undefined;
                next();
              };
              if (request.signal.aborted) wake();
              else timer = setTimeout(wake, retrySame ? Math.max(waitMs, askedMs) : 0);
            },
          });
        };
        attempt(0, 1);
        return () => {
          request.signal.removeEventListener('abort', onAbort);
          clearTimeout(timer);
          wake = undefined;
          inner?.unsubscribe();
        };
      }),
  };
}
