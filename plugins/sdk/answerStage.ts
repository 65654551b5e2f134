import type { EmergencySeverity, HistoryMessage, SafetySettings } from './types.ts';
import type { PatientProfile } from './patientProfile.ts';

/**
 * The answer stage's contract: what the agents established for a turn (the grounding), the prompt a
 * package builds from it, and the chunks a model streams. The core streams the answer; a plugin package
 * (the medical one) builds its own prompt and output guard from these types, so the core knows no
 * agent's result shapes.
 */
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

/** Text deltas, then exactly one `finish`. Errors are `LlmError`s on the observable's error channel. */
export type LlmChunk =
  | { readonly type: 'delta'; readonly text: string }
  | { readonly type: 'finish'; readonly finishReason: 'stop' | 'length'; readonly usage: LlmUsage };

/** A guard's output: the model's chunks, possibly corrected, and an audit record for each correction. */
export type GuardedChunk = LlmChunk | { readonly type: 'audit'; readonly rule: string; readonly detail: string };
