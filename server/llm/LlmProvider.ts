import type { Observable } from 'rxjs';
import type { Grounding, LlmChunk, LlmMessage } from '../../plugins/sdk/answerStage.ts';

export type { Grounding, GuardedChunk, LlmChunk, LlmMessage, LlmUsage, RaisedEmergency } from '../../plugins/sdk/answerStage.ts';

export interface LlmRequest {
  /** Prompt built from the grounding; the local provider composes from `grounding` directly. */
  readonly messages: readonly LlmMessage[];
  readonly grounding: Grounding;
  readonly maxOutputTokens: number;
  /** Aborting it must stop generation and close any upstream connection. */
  readonly signal: AbortSignal;
}

export interface LlmProvider {
  readonly name: string;
  stream(request: LlmRequest): Observable<LlmChunk>;
}
