export type LlmErrorType =
  | 'upstream_unavailable'
  | 'upstream_timeout'
  | 'upstream_rate_limited'
  | 'upstream_error';

/** A provider failure safe to show a client: never carries keys or upstream bodies. */
export class LlmError extends Error {
  readonly errorType: LlmErrorType;
  readonly retryable: boolean;
  /** Seconds the upstream asked us to wait (rate limits), when it said so. */
  readonly retryAfterSeconds: number | undefined;

  constructor(errorType: LlmErrorType, message: string, opts: { retryable?: boolean; retryAfterSeconds?: number } = {}) {
    super(message);
    this.name = 'LlmError';
    this.errorType = errorType;
    this.retryable = opts.retryable ?? errorType !== 'upstream_error';
    this.retryAfterSeconds = opts.retryAfterSeconds;
  }
}
