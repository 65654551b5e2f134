import type { AuditEntry } from '../../plugins/sdk/index.ts';
import type { RaisedEmergency } from '../llm/LlmProvider.ts';
import type { FinishReason } from '../protocol/chatEvent.ts';

/** What one turn has accumulated so far; written by the pipeline's taps, read when it ends. */
export interface TurnState {
  readonly results: Map<string, unknown>;
  readonly agentsCompleted: string[];
  readonly audit: AuditEntry[];
  emergency: RaisedEmergency | undefined;
  inputTokens: number;
  outputTokens: number;
  finishReason: FinishReason;
  /** Set when the session's plugin state changed during the turn and must be saved. */
  sessionState: Record<string, unknown>;
  sessionStateChanged: boolean;
}

export function createTurnState(sessionState: Readonly<Record<string, unknown>>): TurnState {
  return {
    results: new Map(),
    agentsCompleted: [],
    audit: [],
    emergency: undefined,
    inputTokens: 0,
    outputTokens: 0,
    finishReason: 'stop',
    sessionState: { ...sessionState },
    sessionStateChanged: false,
  };
}
