import type { PatientProfile } from './patientProfile.ts';
import type { PluginRunReport, ScriptedTurn } from './pluginTestKitTypes.ts';
import type { HistoryMessage } from './types.ts';

export interface PluginTestSessionOptions {
  /** The profile of every turn unless a turn brings its own. */
  readonly profile?: PatientProfile;
  /** The plugin's session state before the first turn. */
  readonly state?: unknown;
  readonly sessionId?: string;
  readonly userId?: string;
}

/** A turn in a session: history and state come from the session. */
export type SessionTurn = Omit<ScriptedTurn, 'history' | 'state'> & {
  /** The assistant's answer to record in the history after this turn (default: the plugin's tokens, if any). */
  readonly reply?: string;
};

export interface PluginTestSession {
  turn(turn: SessionTurn | string): Promise<PluginRunReport>;
  /** Messages so far, as the next turn's `ctx.history` will see them. */
  readonly history: readonly HistoryMessage[];
  /** The plugin's session state now. */
  readonly state: unknown;
}

/**
 * Consecutive turns of one chat: each sees the earlier messages in `ctx.history` and the state the
 * previous turn left, as the gateway stores both with the session.
 */
export function createPluginTestSession(
  opts: PluginTestSessionOptions,
  runTurn: (turn: ScriptedTurn) => Promise<PluginRunReport>,
): PluginTestSession {
  const history: HistoryMessage[] = [];
  let state = opts.state;
  return {
    async turn(input) {
      const { reply, ...turn } = typeof input === 'string' ? { message: input } : input;
      const profile = turn.profile ?? opts.profile;
      const report = await runTurn({ ...turn, ...(profile === undefined ? {} : { profile }), history: [...history], state });
      state = report.state;
      const answer = reply ?? report.tokens.join('');
      history.push({ role: 'user', content: turn.message });
      if (answer.length > 0) history.push({ role: 'assistant', content: answer });
      return report;
    },
    get history() {
      return history;
    },
    get state() {
      return state;
    },
  };
}
