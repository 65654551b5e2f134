import type { Observable } from 'rxjs';
import type { Grounding } from '../llm/LlmProvider.ts';
import { LlmError } from '../llm/LlmError.ts';
import type { PluginHost } from '../plugins/createPluginHost.ts';
import type { ChatEvent } from '../protocol/chatEvent.ts';
import { fromObservable, type EventSink, type Feed } from '../protocol/Feed.ts';
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
  /** Asked when the turn ends: true reports it as `interrupted` (e.g. its lease was lost). */
  readonly interrupted?: () => boolean;
  /**
   * Runs a finished answer's end (stream_end and all it sets off) later; without it the end runs at
   * once. The engine passes a queue that lets other turns' tokens go first (createYieldingQueue).
   */
  readonly deferEnd?: (end: () => void) => void;
}

/**
 * One chat turn as a cold Feed<ChatEvent> (an Observable wraps it in one line: new Observable((s) => source(s))):
 * stream_start → validating → checking_emergency → [emergency] → agents → generating_response →
 * tokens → stream_end. Exactly one stream_end ends it, whatever happens: cancel, timeout, a thrown
 * error (turned into a fatal `error` event first).
 *
 * The stages run in sequence like `concat(...).pipe(catchError, takeUntil)`, written out by hand
 * because every token passes through here: each of those operators was one more subscriber hop per
 * token, and together they were most of the engine's own per-token CPU (BENCHMARKS.md). For the same
 * reason the answer stage and this pipeline are Feeds, not Observables.
 */
export function createTurnPipeline(opts: TurnPipelineOptions): Feed<ChatEvent> {
  const { ctx, host } = opts;
  const { state } = ctx;
  const workflowPlugins = opts.enableAgents ? [...host.safety, ...host.agents] : [...host.safety];

  return (subscriber) => {
    const abort = new AbortController();
    const grounding = (): Grounding => ({
      message: ctx.message,
      history: ctx.history,
      profile: ctx.profile,
      results: Object.fromEntries(state.results),
      emergency: state.emergency,
      safety: ctx.safety,
    });
    const stages: (() => Feed<ChatEvent>)[] = [
      () => fromObservable(runPluginStage(host.safety, ctx, { stage: 'safety' })),
      ...(opts.enableAgents ? [() => fromObservable(runPluginStage(host.agents, ctx, { stage: 'agent' }))] : []),
      () => respondWithLlm(opts.response, grounding, state, abort.signal, ctx.observer),
    ];
    let stage = -1;
    // Stops the running stage (its teardown), if one is running.
    let current: (() => void) | undefined;
    let ended = false;
    // The answer is complete and its end is queued: a cancel or the timeout no longer changes how it ended.
    let finishing = false;

    // Stops the running stage, the cancel watch and the timer, once; false if that already happened.
    const release = () => {
      if (ended) return false;
      ended = true;
      current?.();
      cancelled.unsubscribe();
      clearTimeout(timeout);
      return true;
    };
    const end = (last: ChatEvent | undefined) => {
      if (!release()) return;
      if (last) subscriber.next(last);
      subscriber.next({
        type: 'stream_end',
        turnId: ctx.turnId,
        sessionId: ctx.sessionId,
        agentsCompleted: [...state.agentsCompleted],
        finishReason: opts.interrupted?.() ? 'interrupted' : state.finishReason,
        usage: { inputTokens: state.inputTokens, outputTokens: state.outputTokens },
        ...(opts.kbVersion === undefined ? {} : { kbVersion: opts.kbVersion }),
      });
      subscriber.complete();
    };
    const stop = (reason: 'cancelled' | 'timeout') => {
      if (ended || finishing) return;
      abort.abort();
      if (reason === 'cancelled') {
        state.finishReason = 'cancelled';
        return end(undefined);
      }
      state.finishReason = 'error';
      end({
        type: 'error',
        errorType: 'turn_timeout',
        message: `The answer took longer than ${opts.turnTimeoutMs} ms and was stopped`,
        retryable: true,
        fatal: true,
      });
    };
    const fail = (cause: unknown) => {
      state.finishReason = 'error';
      end(fatalError(cause));
    };
    const finish = () => {
      finishing = true;
      if (opts.deferEnd) opts.deferEnd(() => end(undefined));
      else end(undefined);
    };
    const runNext = () => {
      if (ended) return;
      const index = ++stage;
      const make = stages[index];
      if (!make) return finish();
      // An Observable tears down what it started when it ends; a source leaves that to its caller:
      // `close` runs the stage's teardown once, when it ends or is stopped, whichever comes first.
      let closed = false;
      let teardown: (() => void) | undefined;
      const close = () => {
        closed = true;
        const run = teardown;
        teardown = undefined;
        run?.();
      };
      const sink: EventSink<ChatEvent> = {
        next: (event) => {
          if (!ended && !closed) subscriber.next(event);
        },
        error: (cause) => {
          if (closed) return;
          close();
          fail(cause);
        },
        complete: () => {
          if (closed) return;
          close();
          // After the safety stage the next one starts on the event loop's next turn: its emergency
          // frame reaches the client at once (the turn's caller has attached by then: startTurn returns
          // first), not after every agent's work, which runs synchronously. Later stages follow at once:
          // a hop before the answer would only delay its first token.
          if (index === 0) setImmediate(runNext);
          else runNext();
        },
      };
      try {
        teardown = make()(sink);
      } catch (cause) {
        close();
        return fail(cause);
      }
      // A stage that ended inside its start has already started the next one: only its teardown is left.
      if (closed) return close();
      current = close;
    };

    const cancelled = opts.cancel$.subscribe(() => stop('cancelled'));
    const timeout = setTimeout(() => stop('timeout'), opts.turnTimeoutMs);
    subscriber.next({
      type: 'stream_start',
      turnId: ctx.turnId,
      sessionId: ctx.sessionId,
      workflow: opts.enableAgents ? 'multi_agent' : 'single',
      agents: workflowPlugins.map((p) => p.plugin.name),
    });
    subscriber.next({ type: 'status', status: 'validating' });
    subscriber.next({ type: 'status', status: 'checking_emergency' });
    runNext();

    // Teardown (the subscriber left before the end): stop the running stage and everything it started.
    return () => {
      if (release()) abort.abort();
    };
  };
}

function fatalError(cause: unknown): ChatEvent {
  if (cause instanceof LlmError) {
    return { type: 'error', errorType: cause.errorType, message: cause.message, retryable: cause.retryable, fatal: true };
  }
  return { type: 'error', errorType: 'internal_error', message: 'The answer could not be completed', retryable: true, fatal: true };
}
