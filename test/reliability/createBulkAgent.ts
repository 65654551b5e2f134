import { Observable } from 'rxjs';
import { defineAgentPlugin, type PluginEmission } from '../../plugins/sdk/index.ts';

/**
 * An agent that writes a long answer fast: `count` small tokens of `size` characters, `burst` per
 * macrotask (default 1, so a consumer that keeps up sends one frame per token). As one frame each they come to more bytes than the kernel's socket buffers hold (about
 * 4 MB on loopback), so a paused reader makes the gateway's own queue the thing under test. Only a
 * turn with agents runs it. `text` is the exact text a reader must end up with.
 */
export function createBulkAgent(opts: { count: number; size: number; burst?: number }) {
  const token = (i: number) => `${String(i).padStart(6, '0')}:`.padEnd(opts.size, 'x');
  const progress = { emitted: 0 };
  const plugin = defineAgentPlugin({
    name: 'bulk',
    version: '1.0.0',
    apiVersion: 1,
    timeoutMs: 120_000,
    run: () =>
      new Observable<PluginEmission>((s) => {
        let i = 0;
        let timer: NodeJS.Immediate | undefined;
        const burst = () => {
          for (let n = 0; n < (opts.burst ?? 1) && i < opts.count; n++) s.next({ type: 'token', content: token(i++) });
          progress.emitted = i;
          if (i < opts.count) timer = setImmediate(burst);
          else s.complete();
        };
        timer = setImmediate(burst);
        return () => clearImmediate(timer);
      }),
  });
  return { plugin, progress, text: Array.from({ length: opts.count }, (_, i) => token(i)).join('') };
}
