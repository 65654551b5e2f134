import type { Subscription } from 'rxjs';
import { createPluginRun, type RunnablePlugin } from './createPluginRun.ts';
import { PluginKitError } from './PluginKitError.ts';
import type { AgentContext, PluginEmission } from './types.ts';

export interface RunOutcome {
  readonly emissions: PluginEmission[];
  readonly error: PluginKitError | undefined;
  /** Stage rules the run broke (an agent's `emergency`): the gateway drops the emission and sends a non-fatal `error` event for each. */
  readonly ruleErrors: PluginKitError[];
  readonly aborted: boolean;
}

/**
 * Runs `run` once through the gateway's own runtime (createPluginRun) and collects its emissions;
 * a cancel (`signal`, `abortAfter`) unsubscribes, which aborts `ctx.signal` as the host's cancel does.
 */
export function runPluginOnce<Config>(opts: {
  plugin: RunnablePlugin<Config>;
  context: Omit<AgentContext<Config>, 'signal'>;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
  abortAfter?: number | undefined;
}): Promise<RunOutcome> {
  const emissions: PluginEmission[] = [];
  const ruleErrors: PluginKitError[] = [];
  if (opts.signal?.aborted) return Promise.resolve({ emissions, error: undefined, ruleErrors, aborted: true });

  return new Promise<RunOutcome>((resolve) => {
    let subscription: Subscription | undefined = undefined;
    let done = false;
    const finish = (error: PluginKitError | undefined, aborted = false) => {
      if (done) return;
      done = true;
      opts.signal?.removeEventListener('abort', onAbort);
      subscription?.unsubscribe();
      resolve({ emissions, error, ruleErrors, aborted });
    };
    const onAbort = () => finish(undefined, true);
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    subscription = createPluginRun(opts).subscribe({
      next: (item) => {
        if (done) return;
        if (item.type === 'rule_broken') return void ruleErrors.push(item.error);
        emissions.push(item);
        if (opts.abortAfter !== undefined && emissions.length >= opts.abortAfter) finish(undefined, true);
      },
      error: (cause: unknown) => finish(cause instanceof PluginKitError ? cause : new PluginKitError({ code: 'plugin_error', plugin: opts.plugin.name, hook: 'run', message: `Agent "${opts.plugin.name}" failed`, cause })),
      complete: () => finish(undefined),
    });
    // A synchronous source that hit `abortAfter` while being subscribed: stop it now.
    if (done) subscription.unsubscribe();
  });
}
