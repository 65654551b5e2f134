import type { PatientProfile } from './patientProfile.ts';
import type { PluginKitError } from './PluginKitError.ts';
import type { EmergencySeverity, HistoryMessage, PluginEmission, SafetySettings } from './types.ts';

export interface PluginTestKitOptions {
  /** The plugin's `options`, as written in a PLUGINS_CONFIG entry; parsed by its `config` schema. */
  readonly options?: unknown;
  /** The gateway's PLUGIN_TIMEOUT_MS (default 10000); the plugin's own `timeoutMs` wins, as in the host. */
  readonly defaultTimeoutMs?: number;
  /** Emergency number and crisis line put in `ctx.safety` (the gateway's defaults otherwise). */
  readonly safety?: Partial<SafetySettings>;
  /** Put in `ctx.sessionId` / `ctx.userId` of every turn (a session may override them). */
  readonly sessionId?: string;
  readonly userId?: string;
}

/** One scripted turn: what the gateway would put in the AgentContext. */
export interface ScriptedTurn {
  readonly message: string;
  /** Earlier messages of the session, oldest first (a kit session fills this in for you). */
  readonly history?: readonly HistoryMessage[];
  /** Validated like a client's `patientProfile`, so an impossible fixture fails loudly. */
  readonly profile?: PatientProfile;
  /** Results of the agents that ran before this one (`ctx.results`), by plugin name. */
  readonly results?: Readonly<Record<string, unknown>> | ReadonlyMap<string, unknown>;
  /** The plugin's session state before the turn (`ctx.state.get()`); a kit session carries it over. */
  readonly state?: unknown;
  /** Cancels the run, as a user stopping the turn would: `ctx.signal` aborts and the report says `aborted`. */
  readonly signal?: AbortSignal;
  /** Cancels the run once this many emissions have arrived (a shortcut for `signal` in tests). */
  readonly abortAfter?: number;
  readonly turnId?: string;
}

export interface LogRecord {
  readonly level: 'debug' | 'info' | 'warn';
  /** The fields as logged, plus `plugin` as the gateway adds it. */
  readonly fields: Readonly<Record<string, unknown>>;
  readonly msg: string;
}

export interface PluginRunReport {
  /** Every valid emission, in order. */
  readonly emissions: readonly PluginEmission[];
  /** The data of the last `result` (what later agents would read in `ctx.results`). */
  readonly result: unknown;
  readonly statuses: readonly { readonly status: string; readonly details?: Record<string, unknown> }[];
  readonly tokens: readonly string[];
  readonly emergencies: readonly { readonly severity: EmergencySeverity; readonly reasons: readonly string[]; readonly advice: string }[];
  readonly audit: readonly { readonly rule: string; readonly detail: string }[];
  /** Why the run failed (`plugin_error`, `plugin_timeout`): the gateway would send a non-fatal `error` event. */
  readonly error: PluginKitError | undefined;
  /**
   * Stage rules the run broke: an `emergency` from a plugin that is not `stage: 'safety'`. The gateway
   * drops such an emission (it is not in `emissions`) and sends a non-fatal `error` event naming the plugin.
   */
  readonly ruleErrors: readonly PluginKitError[];
  /** True when the run was cancelled through `signal` or `abortAfter`. */
  readonly aborted: boolean;
  /** The plugin's session state after the turn. */
  readonly state: unknown;
  readonly logs: readonly LogRecord[];
  /** Log records that contain user text (message, history, profile entries): the gateway must never log those. */
  readonly userTextInLogs: readonly LogRecord[];
}
