/** A request refused by a limit; both transports render it (compat `error` frame, tRPC refused turn). */
export interface Refusal {
  readonly errorType: 'rate_limited' | 'busy';
  readonly message: string;
  /** Seconds until a retry can succeed (rate limits); absent for concurrency limits. */
  readonly retryAfterSeconds?: number;
  /** Which limit: `rate_user`, `rate_connection`, `turns_user`, `turns_connection`, `subscriptions_connection`. */
  readonly scope: string;
}
