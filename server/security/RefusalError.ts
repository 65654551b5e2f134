import type { Refusal } from './Refusal.ts';

/** A refusal thrown where only an error can answer (a tRPC query over its rate limit). */
export class RefusalError extends Error {
  override readonly name = 'RefusalError';
  readonly refusal: Refusal;

  constructor(refusal: Refusal) {
    super(refusal.message);
    this.refusal = refusal;
  }
}
