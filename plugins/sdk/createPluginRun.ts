import { EMPTY, Observable, type Subscription, from, isObservable, mergeMap, of } from 'rxjs';
import { pluginEmissionSchema } from './pluginContractSchemas.ts';
import { PluginKitError } from './PluginKitError.ts';
import type { AgentContext, PluginEmission, PluginRunOutput } from './types.ts';

/** The part of a plugin its run needs. */
export interface RunnablePlugin<Config> {
  readonly name: string;
  readonly stage?: 'safety' | 'agent' | undefined;
  run(ctx: AgentContext<Config>): PluginRunOutput;
}

/**
 * What a run yields: the plugin's valid emissions, and a `rule_broken` marker where it emitted what
 * its stage may not (an `emergency` from an agent that is not a safety plugin). The emission itself
 * is dropped; the host reports the marker as a non-fatal error attributed to the plugin.
 */
export type PluginRunItem = PluginEmission | { readonly type: 'rule_broken'; readonly error: PluginKitError };

/**
 * The one plugin runtime, used by the gateway's host (server/plugins/runPlugin.ts) and by the test
 * kit (runPluginOnce.ts): runs `run` once as an Observable. Whatever it returns is normalized; a throw,
 * a rejection, an invalid emission or the time limit end the run with a PluginKitError naming the
 * plugin. Unsubscribing before the run finished (cancel, timeout) aborts `ctx.signal`; a run that
 * finished needs no abort (creating the AbortError costs per turn, and nothing is left to stop).
 * The signal is created when the plugin first reads it: most runs never do, and an AbortSignal (an
 * EventTarget with its maps) was the largest object a turn's setup left for the collector.
 */
export function createPluginRun<Config>(opts: {
  plugin: RunnablePlugin<Config>;
  context: Omit<AgentContext<Config>, 'signal'>;
  timeoutMs: number;
}): Observable<PluginRunItem> {
  const { plugin, timeoutMs } = opts;
  const mayRaiseEmergency = plugin.stage === 'safety';
  return new Observable<PluginRunItem>((subscriber) => {
    let controller: AbortController | undefined;
    let finished = false;
    // Set once the run was stopped before it finished: a signal first read after that is born aborted.
    let stopped = false;
    const signal = () => {
      if (!controller) {
        controller = new AbortController();
        if (stopped) controller.abort();
      }
      return controller.signal;
    };
    // `ended`: the plugin's own run is over (it threw or failed), so there is nothing to abort; a time
    // limit or an invalid emission ends a run that may still be going, and the teardown aborts it.
    const fail = (error: PluginKitError, ended: boolean) => {
      finished = ended;
      subscriber.error(error);
    };
    const timer = setTimeout(
      () => fail(new PluginKitError({ code: 'plugin_timeout', plugin: plugin.name, hook: 'run', message: `Agent "${plugin.name}" did not finish within ${timeoutMs} ms` }), false),
      timeoutMs,
    );
    let output: PluginRunOutput;
    try {
      output = plugin.run(withLazySignal(opts.context, signal));
    } catch (cause) {
      clearTimeout(timer);
      fail(failure(plugin.name, cause), true);
      return;
    }
    // Assigned once subscribe returns; a synchronous source may end the run before that.
    let subscription: Subscription | undefined = undefined;
    subscription = toEmissions(output).subscribe({
      next: (emission) => {
        if (!pluginEmissionSchema.safeParse(emission).success) {
          subscription?.unsubscribe();
          clearTimeout(timer);
          return fail(new PluginKitError({ code: 'plugin_error', plugin: plugin.name, hook: 'run', message: `Agent "${plugin.name}" emitted an invalid value` }), false);
        }
        if (emission.type === 'emergency' && !mayRaiseEmergency) {
          const message = `Agent "${plugin.name}" emitted an emergency, which only stage: 'safety' plugins may do; it was dropped`;
          return subscriber.next({ type: 'rule_broken', error: new PluginKitError({ code: 'plugin_error', plugin: plugin.name, hook: 'run', message }) });
        }
        subscriber.next(emission);
      },
      error: (cause: unknown) => {
        clearTimeout(timer);
        fail(failure(plugin.name, cause), true);
      },
      complete: () => {
        clearTimeout(timer);
        finished = true;
        subscriber.complete();
      },
    });
    if (subscriber.closed) subscription.unsubscribe();
    return () => {
      clearTimeout(timer);
      subscription?.unsubscribe();
      if (finished) return;
      stopped = true;
      controller?.abort();
    };
  });
}

// The getter is one function for every context (it reads the run's own `signal` from a symbol), so
// the contexts share V8's hidden classes; a closure per run as the getter gave each its own.
const LAZY_SIGNAL = Symbol('lazySignal');
const SIGNAL_PROPERTY: PropertyDescriptor = {
  get(this: { [LAZY_SIGNAL]: () => AbortSignal }) {
    return this[LAZY_SIGNAL]();
  },
  enumerable: true,
};
function withLazySignal<Config>(context: Omit<AgentContext<Config>, 'signal'>, signal: () => AbortSignal): AgentContext<Config> {
  return Object.defineProperty({ ...context, [LAZY_SIGNAL]: signal }, 'signal', SIGNAL_PROPERTY) as unknown as AgentContext<Config>;
}

function toEmissions(output: PluginRunOutput): Observable<PluginEmission> {
  if (output === undefined) return EMPTY;
  if (isObservable(output)) return output;
  if (typeof output === 'object' && output !== null && Symbol.asyncIterator in output) return from(output);
  return from(Promise.resolve(output)).pipe(mergeMap((data) => (data === undefined ? EMPTY : of<PluginEmission>({ type: 'result', data }))));
}

function failure(pluginName: string, cause: unknown): PluginKitError {
  return new PluginKitError({ code: 'plugin_error', plugin: pluginName, hook: 'run', message: `Agent "${pluginName}" failed`, cause });
}

/** Rejects when `promise` takes longer than `ms`; the timer never outlives it. The one deadline of setup, teardown and runs. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`Timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
}
