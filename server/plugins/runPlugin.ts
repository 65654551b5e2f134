import { EMPTY, Observable, from, isObservable, map, mergeMap, of, raceWith, throwError, timer } from 'rxjs';
import type { AgentContext, PluginEmission, PluginRunOutput } from '../../plugins/sdk/index.ts';
import { pluginEmissionSchema } from '../../plugins/sdk/pluginContractSchemas.ts';
import type { LoadedPlugin } from './createPluginHost.ts';
import { PluginError } from './PluginError.ts';

export type PluginRunContext = Omit<AgentContext, 'config' | 'signal'>;


/**
 * Runs one plugin for one turn as an Observable of its emissions. Whatever `run` returns is
 * normalized; a throw, a rejected promise, an invalid emission or the time limit become a
 * PluginError naming the plugin. Unsubscribing (cancel, timeout) aborts `ctx.signal`.
 */
export function runPlugin(loaded: LoadedPlugin, ctx: PluginRunContext): Observable<PluginEmission> {
  const { plugin, timeoutMs } = loaded;
  return new Observable<PluginEmission>((subscriber) => {
    const controller = new AbortController();
    let output: PluginRunOutput;
    try {
      output = plugin.run({ ...ctx, config: loaded.config, signal: controller.signal });
    } catch (cause) {
      subscriber.error(failure(plugin.name, cause));
      return;
    }
    const deadline$ = timer(timeoutMs).pipe(
      mergeMap(() =>
        throwError(() => new PluginError({ code: 'plugin_timeout', plugin: plugin.name, hook: 'run', message: `Agent "${plugin.name}" did not finish within ${timeoutMs} ms` })),
      ),
    );
    // A run that finished needs no abort: creating the AbortError (a DOMException with a stack) is
    // measurable per turn, and nothing is left to stop.
    let finished = false;
    const subscription = toEmissions(output)
      .pipe(
        map((emission) => checkEmission(plugin.name, emission)),
        raceWith(deadline$),
      )
      .subscribe({
        next: (emission) => subscriber.next(emission),
        error: (cause: unknown) => subscriber.error(cause instanceof PluginError ? cause : failure(plugin.name, cause)),
        complete: () => {
          finished = true;
          subscriber.complete();
        },
      });
    return () => {
      subscription.unsubscribe();
      if (!finished) controller.abort();
    };
  });
}

function toEmissions(output: PluginRunOutput): Observable<PluginEmission> {
  if (output === undefined) return EMPTY;
  if (isObservable(output)) return output;
  if (typeof output === 'object' && output !== null && Symbol.asyncIterator in output) return from(output);
  return from(Promise.resolve(output)).pipe(
    mergeMap((data) => (data === undefined ? EMPTY : of<PluginEmission>({ type: 'result', data }))),
  );
}

function checkEmission(pluginName: string, emission: unknown): PluginEmission {
  const parsed = pluginEmissionSchema.safeParse(emission);
  if (parsed.success) return emission as PluginEmission;
  throw new PluginError({ code: 'plugin_error', plugin: pluginName, hook: 'run', message: `Agent "${pluginName}" emitted an invalid value` });
}

function failure(pluginName: string, cause: unknown): PluginError {
  return new PluginError({ code: 'plugin_error', plugin: pluginName, hook: 'run', message: `Agent "${pluginName}" failed`, cause });
}
