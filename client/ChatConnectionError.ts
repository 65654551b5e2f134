/**
 * The typed client gave up connecting: nothing answered within `connectTimeoutMs`, or `maxRetries`
 * reconnects in a row failed. `status` is the HTTP status of a refused upgrade when the runtime can
 * read it (Node's `ws`; browsers cannot), e.g. 429 or 503. Calls fail with a TRPCClientError whose
 * `cause` is this error.
 */
export class ChatConnectionError extends Error {
  override readonly name = 'ChatConnectionError';
  readonly code: 'CONNECT_TIMEOUT' | 'RETRIES_EXHAUSTED';
  readonly url: string;
  readonly status: number | undefined;

  constructor(code: ChatConnectionError['code'], url: string, status: number | undefined, message: string) {
    super(message);
    this.code = code;
    this.url = url;
    this.status = status;
  }
}
