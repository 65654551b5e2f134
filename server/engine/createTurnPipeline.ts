import { EMPTY, type Observable, catchError, concat, defer, map, merge, of, take, takeUntil, tap, timer } from 'rxjs';
import type { Grounding } from '../llm/LlmProvider.ts';
import { LlmError } from '../llm/LlmError.ts';
import type { PluginHost } from '../plugins/createPluginHost.ts';
import type { ChatEvent } from '../protocol/chatEvent.ts';
import { respondWithLlm, type ResponseOptions } from './respondWithLlm.ts';
import { runPluginStage, type StageContext } from './runPluginStage.ts';

export interface TurnPipelineOptions {
  readonly ctx: StageContext;
  readonly host: PluginHost;
  readonly response: ResponseOptions;
  readonly enableAgents: boolean;
  readonly turnTimeoutMs: number;
  readonly kbVersion: string | undefined;
  /** Emits once when the turn is cancelled explicitly. */
  readonly cancel$: Observable<unknown>;
}

/**
 * One chat turn as a cold Observable<ChatEvent>:
 * stream_start → validating → checking_emergency → [emergency] → agents → generating_response →
 * tokens → stream_end. Exactly one stream_end ends it, whatever happens: cancel, timeout, a thrown
 * error (turned into a fatal `error` event first).
 */
export function createTurnPipeline(opts: TurnPipelineOptions): Observable<ChatEvent> {
  const { ctx, host } = opts;
  const { state } = ctx;
  const workflowPlugins = opts.enableAgents ? [...host.safety, ...host.agents] : [...host.safety];
  const abort = new AbortController();

  const grounding = (): Grounding => ({
    message: ctx.message,
    history: ctx.history,
    profile: ctx.profile,
    results: Object.fromEntries(state.results),
    emergency: state.emergency,
    safety: ctx.safety,
  });

  const body$ = concat(
    of<ChatEvent[]>(
      {
        type: 'stream_start',
        turnId: ctx.turnId,
        sessionId: ctx.sessionId,
        workflow: opts.enableAgents ? 'multi_agent' : 'single',
        agents: workflowPlugins.map((p) => p.plugin.name),
      },
      { type: 'status', status: 'validating' },
      { type: 'status', status: 'checking_emergency' },
    ),
    runPluginStage(host.safety, ctx, { stage: 'safety' }),
    opts.enableAgents ? runPluginStage(host.agents, ctx, { stage: 'agent' }) : EMPTY,
    respondWithLlm(opts.response, grounding, state, abort.signal, ctx.observer),
  );

  let stopped: 'cancelled' | 'timeout' | undefined;
  const stop$ = merge(
    opts.cancel$.pipe(map(() => 'cancelled' as const)),
    timer(opts.turnTimeoutMs).pipe(map(() => 'timeout' as const)),
  ).pipe(
    take(1),
    tap((reason) => {
      stopped = reason;
      abort.abort();
    }),
  );

  const main$ = body$.pipe(
    catchError((cause: unknown) => {
      state.finishReason = 'error';
      return of(fatalError(cause));
    }),
    takeUntil(stop$),
  );

  return concat(
    main$,
    defer(() => {
      if (stopped === 'cancelled') state.finishReason = 'cancelled';
      if (stopped !== 'timeout') return EMPTY;
      state.finishReason = 'error';
      return of<ChatEvent>({
        type: 'error',
        errorType: 'turn_timeout',
        message: `The answer took longer than ${opts.turnTimeoutMs} ms and was stopped`,
        retryable: true,
        fatal: true,
      });
    }),
    defer(() =>
      of<ChatEvent>({
        type: 'stream_end',
        turnId: ctx.turnId,
        sessionId: ctx.sessionId,
        agentsCompleted: [...state.agentsCompleted],
        finishReason: state.finishReason,
        usage: { inputTokens: state.inputTokens, outputTokens: state.outputTokens },
        ...(opts.kbVersion === undefined ? {} : { kbVersion: opts.kbVersion }),
      }),
    ),
  );
}

function fatalError(cause: unknown): ChatEvent {
  if (cause instanceof LlmError) {
    return { type: 'error', errorType: cause.errorType, message: cause.message, retryable: cause.retryable, fatal: true };
  }
  return { type: 'error', errorType: 'internal_error', message: 'The answer could not be completed', retryable: true, fatal: true };
}
