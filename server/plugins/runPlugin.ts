import { EMPTY, Observable, from, isObservable, map, mergeMap, of, raceWith, throwError, timer } from 'rxjs';
import { z } from 'zod';
import type { AgentContext, PluginEmission, PluginRunOutput } from '../../plugins/sdk/index.ts';
import type { LoadedPlugin } from './createPluginHost.ts';
import { PluginError } from './PluginError.ts';

export type PluginRunContext = Omit<AgentContext, 'config' | 'signal'>;

const emissionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('result'), data: z.unknown() }),
  z.object({ type: z.literal('status'), status: z.string().regex(/^[a-z][a-z0-9_]*$/), details: z.record(z.string(), z.unknown()).optional() }),
  z.object({ type: z.literal('token'), content: z.string() }),
  z.object({ type: z.literal('emergency'), severity: z.enum(['critical', 'urgent']), reasons: z.array(z.string()), advice: z.string().min(1) }),
  z.object({ type: z.literal('audit'), rule: z.string(), detail: z.string() }),
]);

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
    const subscription = toEmissions(output)
      .pipe(
        map((emission) => checkEmission(plugin.name, emission)),
        raceWith(deadline$),
      )
      .subscribe({
        next: (emission) => subscriber.next(emission),
        error: (cause: unknown) => subscriber.error(cause instanceof PluginError ? cause : failure(plugin.name, cause)),
        complete: () => subscriber.complete(),
      });
    return () => {
      subscription.unsubscribe();
      controller.abort();
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
  const parsed = emissionSchema.safeParse(emission);
  if (parsed.success) return emission as PluginEmission;
  throw new PluginError({ code: 'plugin_error', plugin: pluginName, hook: 'run', message: `Agent "${pluginName}" emitted an invalid value` });
}

function failure(pluginName: string, cause: unknown): PluginError {
  return new PluginError({ code: 'plugin_error', plugin: pluginName, hook: 'run', message: `Agent "${pluginName}" failed`, cause });
}
