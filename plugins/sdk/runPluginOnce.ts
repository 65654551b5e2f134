import { EMPTY, type Observable, Subscription, from, isObservable, mergeMap, of } from 'rxjs';
import { pluginEmissionSchema } from './pluginContractSchemas.ts';
import { PluginKitError } from './PluginKitError.ts';
import type { AgentContext, PluginEmission, PluginRunOutput } from './types.ts';

export interface RunOutcome {
  readonly emissions: PluginEmission[];
  readonly error: PluginKitError | undefined;
  readonly aborted: boolean;
}

/**
 * Runs `run` once and collects its emissions. Whatever it returns (Observable, AsyncIterable, Promise
 * of result data, nothing) is normalized; a throw, a rejection, an invalid emission or the time limit
 * end the run with a PluginKitError. `ctx.signal` aborts when the run ends, however it ends.
 */
export function runPluginOnce<Config>(opts: {
  plugin: { readonly name: string; run(ctx: AgentContext<Config>): PluginRunOutput };
  context: Omit<AgentContext<Config>, 'signal'>;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
  abortAfter?: number | undefined;
}): Promise<RunOutcome> {
  const { plugin, timeoutMs } = opts;
  const controller = new AbortController();
  const emissions: PluginEmission[] = [];
  if (opts.signal?.aborted) return Promise.resolve({ emissions, error: undefined, aborted: true });

  return new Promise<RunOutcome>((resolve) => {
    // Closed by `finish`; adding to a closed Subscription unsubscribes at once, which covers a
    // synchronous observable that finishes (or hits `abortAfter`) while still being subscribed.
    const subscription = new Subscription();
    let done = false;
    const finish = (error: PluginKitError | undefined, aborted = false) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      subscription.unsubscribe();
      controller.abort();
      resolve({ emissions, error, aborted });
    };
    const onAbort = () => finish(undefined, true);
    const timer = setTimeout(
      () => finish(new PluginKitError({ code: 'plugin_timeout', plugin: plugin.name, hook: 'run', message: `Agent "${plugin.name}" did not finish within ${timeoutMs} ms` })),
      timeoutMs,
    );
    opts.signal?.addEventListener('abort', onAbort, { once: true });

    let output: PluginRunOutput;
    try {
      output = plugin.run({ ...opts.context, signal: controller.signal });
    } catch (cause) {
      finish(failure(plugin.name, cause));
      return;
    }
    subscription.add(
      toEmissions(output).subscribe({
        next: (emission) => {
          if (done) return;
          if (!pluginEmissionSchema.safeParse(emission).success) {
            finish(new PluginKitError({ code: 'plugin_error', plugin: plugin.name, hook: 'run', message: `Agent "${plugin.name}" emitted an invalid value` }));
            return;
          }
          emissions.push(emission);
          if (opts.abortAfter !== undefined && emissions.length >= opts.abortAfter) finish(undefined, true);
        },
        error: (cause: unknown) => finish(failure(plugin.name, cause)),
        complete: () => finish(undefined),
      }),
    );
  });
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
