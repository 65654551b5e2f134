import { Observable } from 'rxjs';
import type { AgentContext } from '../../plugins/sdk/index.ts';
import { createPluginRun, type PluginRunItem } from '../../plugins/sdk/createPluginRun.ts';
import { PluginKitError } from '../../plugins/sdk/PluginKitError.ts';
import { tracePluginRun } from '../tracing/tracePluginRun.ts';
import type { LoadedPlugin } from './createPluginHost.ts';
import { PluginError } from './PluginError.ts';

export type PluginRunContext = Omit<AgentContext, 'config' | 'signal'>;

/** What the host yields of a run: emissions, and a broken stage rule as a non-fatal PluginError. */
export type HostRunItem = Exclude<PluginRunItem, { type: 'rule_broken' }> | PluginError;

/**
 * Runs one plugin for one turn through the SDK's runtime (createPluginRun, shared with the test kit),
 * with the host's error type: every failure is a PluginError naming the plugin.
 */
export function runPlugin(loaded: LoadedPlugin, ctx: PluginRunContext): Observable<HostRunItem> {
  const run$ = createPluginRun({ plugin: loaded.plugin, context: { ...ctx, config: loaded.config }, timeoutMs: loaded.timeoutMs });
  const hostRun$ = new Observable<HostRunItem>((subscriber) =>
    run$.subscribe({
      next: (item) => subscriber.next(item.type === 'rule_broken' ? asPluginError(item.error) : item),
      error: (cause: unknown) => subscriber.error(asPluginError(cause)),
      complete: () => subscriber.complete(),
    }),
  );
  return tracePluginRun(loaded.plugin, hostRun$, (cause) => asPluginError(cause).code, (item) => item instanceof PluginError);
}

function asPluginError(cause: unknown): PluginError {
  if (cause instanceof PluginError) return cause;
  if (cause instanceof PluginKitError) return new PluginError({ code: cause.code === 'plugin_timeout' ? 'plugin_timeout' : 'plugin_error', plugin: cause.plugin, hook: 'run', message: cause.message, cause: cause.cause });
  return new PluginError({ code: 'plugin_error', plugin: 'unknown', hook: 'run', message: 'Agent failed', cause });
}
