import type { ChatEvent } from '../protocol/chatEvent.ts';

/**
 * What the engine reports as it works, for metrics. Calls sit on the per-token path, so an observer
 * must be cheap and must never throw; it never receives message text (events carry it, observers
 * read types and sizes only).
 */
/** Per-turn timing the engine creates at the start of each turn and the observer may annotate. */
export interface TurnClock {
  /** `performance.now()` when the turn started. */
  readonly startedAt: number;
  firstTokenSeen: boolean;
}

export interface EngineObserver {
  /** Each event a turn publishes. */
  onTurnEvent(event: ChatEvent, clock: TurnClock): void;
  onPluginRun(plugin: string, seconds: number, outcome: 'ok' | 'error' | 'timeout' | 'cancelled'): void;
  onProviderCall(provider: string, outcome: 'ok' | 'error' | 'cancelled', secondsToFirstToken: number | undefined, errorType?: string): void;
}

export const noopObserver: EngineObserver = {
  onTurnEvent() {},
  onPluginRun() {},
  onProviderCall() {},
};
