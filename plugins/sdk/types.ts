import type { Observable } from 'rxjs';
import type { z } from 'zod';
import type { PatientProfile } from './patientProfile.ts';

/** The plugin contract version this gateway implements; a plugin declaring another is refused. */
export const PLUGIN_API_VERSION = 1;

export type TriageLevel = 'emergency' | 'non_emergency' | 'self_care';
export type EmergencySeverity = 'critical' | 'urgent';

export interface HistoryMessage {
  readonly role: 'user' | 'assistant';
  readonly content: string;
  readonly turnId?: string;
}

/**
 * What `run` may emit. The host tags each emission with the plugin's name:
 * - `result`: the plugin's structured result (at most one; later agents read it in `ctx.results`).
 * - `status`: an extra status value (the host already emits the plugin's `status` when it starts).
 * - `token`: answer text streamed straight to the user (rare: the LLM stage normally writes the answer).
 * - `emergency`: only from `stage: 'safety'` plugins, which run before anything else is sent.
 * - `audit`: why a rule fired; stored with the turn for its owner, never logged.
 */
export type PluginEmission =
  | { readonly type: 'result'; readonly data: unknown }
  | { readonly type: 'status'; readonly status: string; readonly details?: Record<string, unknown> }
  | { readonly type: 'token'; readonly content: string }
  | {
      readonly type: 'emergency';
      readonly severity: EmergencySeverity;
      readonly reasons: readonly string[];
      readonly advice: string;
    }
  | { readonly type: 'audit'; readonly rule: string; readonly detail: string };

/** One line of a turn's audit trail: which rule fired and why; stored for the session's owner, never logged. */
export interface AuditEntry {
  readonly rule: string;
  readonly detail: string;
}

/** Per-session state a plugin keeps between turns (namespaced by plugin name, stored with the session). */
export interface PluginSessionState {
  get<T = unknown>(): T | undefined;
  set(value: unknown): void;
}

/** A logger that never receives user text: pass ids, counts and rule names only. */
export interface PluginLogger {
  debug(fields: Record<string, unknown>, msg: string): void;
  info(fields: Record<string, unknown>, msg: string): void;
  warn(fields: Record<string, unknown>, msg: string): void;
}

export interface SafetySettings {
  readonly emergencyNumber: string;
  readonly crisisLine: string;
}

export interface AgentContext<Config = unknown> {
  readonly turnId: string;
  readonly sessionId: string;
  readonly userId: string | undefined;
  readonly message: string;
  readonly history: readonly HistoryMessage[];
  readonly profile: PatientProfile | undefined;
  /** Results of the agents that ran before this one in this turn, by plugin name. */
  readonly results: ReadonlyMap<string, unknown>;
  readonly config: Config;
  /** Aborted when the turn is cancelled or the plugin times out; stop work and emissions then. */
  readonly signal: AbortSignal;
  readonly log: PluginLogger;
  readonly state: PluginSessionState;
  readonly safety: SafetySettings;
}

export type PluginRunOutput =
  | Observable<PluginEmission>
  | AsyncIterable<PluginEmission>
  | Promise<unknown>
  | void;

export interface AgentPlugin<Schema extends z.ZodType = z.ZodType> {
  readonly name: string;
  readonly version: string;
  readonly apiVersion: number;
  readonly description?: string;
  /** `safety` plugins run first on every turn, also with agents disabled, and may raise emergencies. */
  readonly stage?: 'safety' | 'agent';
  /** Status value the host emits when the plugin starts (e.g. `running_triage`). */
  readonly status?: string;
  /** Names of plugins that must run before this one (when present). */
  readonly after?: readonly string[];
  /** Per-run time limit; the host default applies when absent. */
  readonly timeoutMs?: number;
  readonly config?: Schema;
  /** Called once at load with the validated config; timed out by the host. */
  setup?(config: z.output<Schema>): void | Promise<void>;
  /** One turn. Return an Observable/AsyncIterable of emissions, or a Promise of the result data. */
  run(ctx: AgentContext<z.output<Schema>>): PluginRunOutput;
  teardown?(): void | Promise<void>;
}
