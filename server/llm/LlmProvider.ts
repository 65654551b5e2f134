import type { Observable } from 'rxjs';
import type { HistoryMessage, PatientProfile, SafetySettings, EmergencySeverity } from '../../plugins/sdk/index.ts';

export interface LlmMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

export interface RaisedEmergency {
  readonly severity: EmergencySeverity;
  readonly reasons: readonly string[];
  readonly advice: string;
}

/** Everything the agents established for this turn; a provider answers from it (grounded). */
export interface Grounding {
  readonly message: string;
  readonly history: readonly HistoryMessage[];
  readonly profile: PatientProfile | undefined;
  /** Agent results by plugin name (`context`, `triage`, `diagnostic`, `treatment`, third parties'). */
  readonly results: Readonly<Record<string, unknown>>;
  readonly emergency: RaisedEmergency | undefined;
  readonly safety: SafetySettings;
}

export interface LlmUsage {
  readonly inputTokens: number;
  readonly outputTokens: number;
}

export interface LlmRequest {
  /** Prompt built from the grounding; the local provider composes from `grounding` directly. */
  readonly messages: readonly LlmMessage[];
  readonly grounding: Grounding;
  readonly maxOutputTokens: number;
  /** Aborting it must stop generation and close any upstream connection. */
  readonly signal: AbortSignal;
}

/** Text deltas, then exactly one `finish`. Errors are `LlmError`s on the observable's error channel. */
export type LlmChunk =
  | { readonly type: 'delta'; readonly text: string }
  | { readonly type: 'finish'; readonly finishReason: 'stop' | 'length'; readonly usage: LlmUsage };

export interface LlmProvider {
  readonly name: string;
  stream(request: LlmRequest): Observable<LlmChunk>;
}
