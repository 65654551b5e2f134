export type EngineErrorCode = 'not_found' | 'invalid_input' | 'unavailable';

/** A refusal the client caused (or may retry); mapped to a tRPC code or a compat error frame. */
export class EngineError extends Error {
  override readonly name = 'EngineError';
  readonly code: EngineErrorCode;

  constructor(code: EngineErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
