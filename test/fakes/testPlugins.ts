import { NEVER, Observable } from 'rxjs';
import { z } from 'zod';
import { defineAgentPlugin, type PluginEmission } from '../../plugins/sdk/index.ts';

/** A safety plugin that raises an emergency when the message mentions "crushing chest pain". */
export const keywordSafety = defineAgentPlugin({
  name: 'emergency',
  version: '1.0.0',
  apiVersion: 1,
  stage: 'safety',
  run(ctx) {
    const fired = /crushing chest pain/i.test(ctx.message);
    return new Observable<PluginEmission>((s) => {
      if (fired) s.next({ type: 'emergency', severity: 'critical', reasons: ['chest pain'], advice: `Call ${ctx.safety.emergencyNumber} now.` });
      s.next({ type: 'result', data: { fired } });
      s.complete();
    });
  },
});

/** An agent that echoes how much history it saw, so tests can see session continuity. */
export const historyAgent = defineAgentPlugin({
  name: 'history',
  version: '1.0.0',
  apiVersion: 1,
  status: 'running_history',
  async run(ctx) {
    return { historyLength: ctx.history.length, lastUser: ctx.history.filter((m) => m.role === 'user').at(-1)?.content };
  },
});

export const throwingAgent = defineAgentPlugin({
  name: 'thrower',
  version: '1.0.0',
  apiVersion: 1,
  run() {
    throw new Error('boom');
  },
});

export const hangingAgent = defineAgentPlugin({
  name: 'hanger',
  version: '1.0.0',
  apiVersion: 1,
  timeoutMs: 50,
  run: () => NEVER,
});

/** Emits a token every `intervalMs` until aborted, counting what it emitted. */
export function createCountingAgent(opts: { intervalMs: number }) {
  const counter = { emitted: 0, aborted: false };
  const plugin = defineAgentPlugin({
    name: 'counter',
    version: '1.0.0',
    apiVersion: 1,
    timeoutMs: 60_000,
    config: z.object({ limit: z.number().int().default(10_000) }),
    run: (ctx) =>
      new Observable<PluginEmission>((s) => {
        const timer = setInterval(() => {
          if (counter.emitted >= ctx.config.limit) {
            clearInterval(timer);
            s.complete();
            return;
          }
          counter.emitted++;
          s.next({ type: 'token', content: `t${counter.emitted} ` });
        }, opts.intervalMs);
        ctx.signal.addEventListener('abort', () => (counter.aborted = true));
        return () => clearInterval(timer);
      }),
  });
  return { plugin, counter };
}
