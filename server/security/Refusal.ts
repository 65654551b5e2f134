/** A request refused by a limit; both transports render it (compat `error` frame, tRPC refused turn). */
export interface Refusal {
  /** `store_unavailable`: the shared limit store (Redis) did not answer in STORE_TIMEOUT_MS. */
  readonly errorType: 'rate_limited' | 'busy' | 'store_unavailable';
  readonly message: string;
  /** Seconds until a retry can succeed (rate limits); absent for concurrency limits. */
  readonly retryAfterSeconds?: number;
  /** Which limit: `rate_user`, `rate_ip`, `rate_connection`, `turns_user`, `turns_ip`, `turns_connection`, `subscriptions_connection`, `limits_store`. */
  readonly scope: string;
}
