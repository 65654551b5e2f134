import { z } from 'zod';
import { createPluginTestSession, type PluginTestSession, type PluginTestSessionOptions } from './createPluginTestSession.ts';
import { createRecordingLogger } from './createRecordingLogger.ts';
import { findUserTextInLogs } from './findUserTextInLogs.ts';
import { patientProfileSchema, type PatientProfile } from './patientProfile.ts';
import { PluginKitError } from './PluginKitError.ts';
import type { PluginRunReport, PluginTestKitOptions, ScriptedTurn } from './pluginTestKitTypes.ts';
import { runPluginOnce } from './runPluginOnce.ts';
import { withTimeout } from './createPluginRun.ts';
import { summarizeRun } from './summarizeRun.ts';
import type { AgentPlugin, SafetySettings } from './types.ts';
import { validatePluginForTest } from './validatePluginForTest.ts';

export { PluginKitError, type PluginKitErrorCode } from './PluginKitError.ts';
export type { LogRecord, PluginRunReport, PluginTestKitOptions, ScriptedTurn } from './pluginTestKitTypes.ts';
export type { PluginTestSession, PluginTestSessionOptions, SessionTurn } from './createPluginTestSession.ts';

export interface PluginTestKit<Config> extends AsyncDisposable {
  /** The validated config `run` receives as `ctx.config` (schema defaults applied). */
  readonly config: Config;
  /** Runs one scripted turn; a string is shorthand for `{ message }`. Run failures are in `report.error`. */
  run(turn: ScriptedTurn | string): Promise<PluginRunReport>;
  /** Turns that share history and session state, like one chat session. */
  session(opts?: PluginTestSessionOptions): PluginTestSession;
  /** Calls the plugin's `teardown` once (also on `await using`); a failure is thrown. */
  teardown(): Promise<void>;
}

const GATEWAY_DEFAULTS = { timeoutMs: 10_000, safety: { emergencyNumber: '911', crisisLine: '988 (the Suicide & Crisis Lifeline, call or text)' } };

/**
 * Loads a plugin as the gateway would (shape, apiVersion, options, setup) without a server, then runs
 * it against scripted turns. Load problems reject with a PluginKitError carrying the gateway's code.
 */
export async function createPluginTestKit<Schema extends z.ZodType = z.ZodUndefined>(
  plugin: AgentPlugin<Schema>,
  opts: PluginTestKitOptions = {},
): Promise<PluginTestKit<z.output<Schema>>> {
  const config = validatePluginForTest(plugin, opts.options);
  const timeoutMs = plugin.timeoutMs ?? opts.defaultTimeoutMs ?? GATEWAY_DEFAULTS.timeoutMs;
  const safety: SafetySettings = { ...GATEWAY_DEFAULTS.safety, ...opts.safety };
  try {
    if (plugin.setup) await withTimeout(Promise.resolve(plugin.setup(config)), timeoutMs);
  } catch (cause) {
    throw new PluginKitError({ code: 'setup_failed', plugin: plugin.name, hook: 'setup', message: `Plugin "${plugin.name}" failed in setup`, cause });
  }

  let turns = 0;
  let tornDown = false;
  const run = async (input: ScriptedTurn | string, ids: { sessionId?: string | undefined; userId?: string | undefined } = {}) => {
    const turn = typeof input === 'string' ? { message: input } : input;
    const profile = parseProfile(turn.profile);
    const history = turn.history ?? [];
    let state = turn.state;
    const { log, records } = createRecordingLogger(plugin.name);
    const outcome = await runPluginOnce({
      plugin,
      context: {
        turnId: turn.turnId ?? `turn-${++turns}`,
        sessionId: ids.sessionId ?? opts.sessionId ?? 'test-session',
        userId: ids.userId ?? opts.userId,
        message: turn.message,
        history,
        profile,
        results: new Map(turn.results instanceof Map ? turn.results : Object.entries(turn.results ?? {})),
        config,
        log,
        state: { get: <T>() => state as T | undefined, set: (value: unknown) => void (state = value) },
        safety,
      },
      timeoutMs,
      signal: turn.signal,
      abortAfter: turn.abortAfter,
    });
    return summarizeRun(outcome, { state, logs: records, userTextInLogs: findUserTextInLogs(records, { message: turn.message, history, profile }) });
  };
  const teardown = async () => {
    if (tornDown) return;
    tornDown = true;
    await withTimeout(Promise.resolve(plugin.teardown?.()), timeoutMs);
  };
  return {
    config,
    run: (turn) => run(turn),
    session: (sessionOpts = {}) => createPluginTestSession(sessionOpts, (turn) => run(turn, sessionOpts)),
    teardown,
    [Symbol.asyncDispose]: teardown,
  };
}

function parseProfile(profile: PatientProfile | undefined): PatientProfile | undefined {
  if (profile === undefined) return undefined;
  const parsed = patientProfileSchema.safeParse(profile);
  if (!parsed.success) throw new Error(`Scripted profile is invalid: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
