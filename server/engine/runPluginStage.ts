import { EMPTY, type Observable, catchError, concat, defer, finalize, from, mergeMap, of, tap } from 'rxjs';
import type { HistoryMessage, PatientProfile, PluginEmission, SafetySettings } from '../../plugins/sdk/index.ts';
import type { Logger } from '../logging/createLogger.ts';
import type { LoadedPlugin } from '../plugins/createPluginHost.ts';
import { PluginError } from '../plugins/PluginError.ts';
import { runPlugin } from '../plugins/runPlugin.ts';
import type { ChatEvent } from '../protocol/chatEvent.ts';
import { normalizeHistory } from '../text/normalizeHistory.ts';
import { normalizeUserText } from '../text/normalizeUserText.ts';
import type { EngineObserver } from './EngineObserver.ts';
import type { TurnState } from './TurnState.ts';

export interface StageContext {
  readonly turnId: string;
  readonly sessionId: string;
  readonly userId: string | undefined;
  readonly message: string;
  readonly history: readonly HistoryMessage[];
  readonly profile: PatientProfile | undefined;
  readonly safety: SafetySettings;
  readonly logger: Logger;
  readonly state: TurnState;
  readonly observer: EngineObserver;
}

/**
 * Runs plugins one after another and turns their emissions into chat events. A failing plugin
 * becomes a non-fatal `error` event naming it, and the next plugin still runs.
 * In the safety stage, results are held back until the stage ends so that an emergency is the first
 * content a client sees.
 */
export function runPluginStage(plugins: readonly LoadedPlugin[], ctx: StageContext, opts: { stage: 'safety' | 'agent' }): Observable<ChatEvent> {
  const heldBack: ChatEvent[] = [];
  const runs = plugins.map((loaded) =>
    defer(() => {
      const name = loaded.plugin.name;
      const started: ChatEvent[] =
        opts.stage === 'agent'
          ? [{ type: 'status', status: loaded.plugin.status ?? 'processing', agent: name, details: { currentAgent: name } }]
          : [];
      const emissions$ = runPlugin(loaded, pluginContext(ctx, name)).pipe(
        mergeMap((emission) => {
          // A broken stage rule (an agent's `emergency`): the emission was dropped, the plugin is told off, the run goes on.
          if (emission instanceof PluginError) return of(failureEvent(name, emission, ctx.logger));
          const event = toEvent(name, emission, ctx.state);
          if (event && opts.stage === 'safety' && event.type !== 'emergency') {
            heldBack.push(event);
            return EMPTY;
          }
          return event ? of(event) : EMPTY;
        }),
      );
      const startedAt = performance.now();
      let outcome: 'ok' | 'error' | 'timeout' | 'cancelled' = 'cancelled';
      return concat(
        from(started),
        emissions$.pipe(
          tap({
            complete: () => {
              outcome = 'ok';
              ctx.state.agentsCompleted.push(name);
            },
            error: (cause: unknown) => {
              outcome = cause instanceof PluginError && cause.code === 'plugin_timeout' ? 'timeout' : 'error';
            },
          }),
          finalize(() => ctx.observer.onPluginRun(name, (performance.now() - startedAt) / 1000, outcome)),
          catchError((cause: unknown) => of(failureEvent(name, cause, ctx.logger))),
        ),
      );
    }),
  );
  return concat(...runs, defer(() => from(heldBack.splice(0))));
}

function toEvent(agent: string, emission: PluginEmission, state: TurnState): ChatEvent | undefined {
  switch (emission.type) {
    case 'result':
      state.results.set(agent, emission.data);
      return { type: 'agent_result', agent, data: emission.data };
    case 'status':
      return emission.details === undefined
        ? { type: 'status', status: emission.status, agent }
        : { type: 'status', status: emission.status, agent, details: emission.details };
    case 'token':
      return { type: 'token', content: emission.content, agent };
    case 'emergency': {
      const raised = { severity: emission.severity, reasons: [...emission.reasons], advice: emission.advice };
      // Never downgrade: a critical emergency stays critical whatever comes later.
      if (!state.emergency || state.emergency.severity !== 'critical') state.emergency = raised;
      return { type: 'emergency', ...raised, agent };
    }
    case 'audit':
      state.audit.push({ rule: `${agent}:${emission.rule}`, detail: emission.detail });
      return undefined;
  }
}

function failureEvent(agent: string, cause: unknown, logger: Logger): ChatEvent {
  const error = cause instanceof PluginError ? cause : undefined;
  const errorType = error?.code ?? 'plugin_error';
  logger.warn({ plugin: agent, errorType, cause: causeName(error?.cause ?? cause) }, 'agent failed');
  return {
    type: 'error',
    errorType,
    message: error?.message ?? `Agent "${agent}" failed`,
    retryable: errorType === 'plugin_timeout',
    fatal: false,
    agent,
  };
}

function causeName(cause: unknown): string {
  return cause instanceof Error ? cause.name : typeof cause;
}

function pluginContext(ctx: StageContext, name: string) {
  const { state } = ctx;
  return {
    turnId: ctx.turnId,
    sessionId: ctx.sessionId,
    userId: ctx.userId,
    // Plugins read the text without invisible characters and look-alike letters; the store keeps the original.
    message: normalizeUserText(ctx.message).text,
    history: normalizeHistory(ctx.history),
    profile: ctx.profile,
    results: state.results as ReadonlyMap<string, unknown>,
    safety: ctx.safety,
    log: {
      debug: (fields: Record<string, unknown>, msg: string) => ctx.logger.debug({ ...fields, plugin: name }, msg),
      info: (fields: Record<string, unknown>, msg: string) => ctx.logger.info({ ...fields, plugin: name }, msg),
      warn: (fields: Record<string, unknown>, msg: string) => ctx.logger.warn({ ...fields, plugin: name }, msg),
    },
    state: {
      get: <T>() => state.sessionState[name] as T | undefined,
      set: (value: unknown) => {
        state.sessionState[name] = value;
        state.sessionStateChanged = true;
      },
    },
  };
}
