import type { AgentPlugin } from '../../plugins/sdk/index.ts';
import { PluginError } from './PluginError.ts';

/**
 * Orders plugins so each runs after the ones it names in `after` (names not present are ignored:
 * `after` is about order, not a hard requirement). Registration order breaks ties, so the result is
 * stable. Plugins on a cycle are returned as rejected, the rest still run.
 */
export function orderPlugins(plugins: readonly AgentPlugin[]): { ordered: AgentPlugin[]; rejected: PluginError[] } {
  const byName = new Map(plugins.map((p) => [p.name, p]));
  const state = new Map<string, 'visiting' | 'done' | 'cyclic'>();
  const ordered: AgentPlugin[] = [];
  const rejected: PluginError[] = [];

  const visit = (plugin: AgentPlugin, path: string[]): boolean => {
    const seen = state.get(plugin.name);
    if (seen === 'done') return true;
    if (seen === 'cyclic') return false;
    if (seen === 'visiting') {
      const cycle = [...path.slice(path.indexOf(plugin.name)), plugin.name];
      for (const name of new Set(cycle)) markCyclic(name, cycle);
      return false;
    }
    state.set(plugin.name, 'visiting');
    let ok = true;
    for (const dep of plugin.after ?? []) {
      const target = byName.get(dep);
      if (target && !visit(target, [...path, plugin.name])) ok = false;
    }
    if (state.get(plugin.name) === 'cyclic') return false;
    if (!ok) {
      markCyclic(plugin.name, [plugin.name]);
      return false;
    }
    state.set(plugin.name, 'done');
    ordered.push(plugin);
    return true;
  };

  const markCyclic = (name: string, cycle: readonly string[]) => {
    if (state.get(name) === 'cyclic') return;
    state.set(name, 'cyclic');
    rejected.push(
      new PluginError({
        code: 'dependency_cycle',
        plugin: name,
        hook: 'load',
        message: `Plugin "${name}" is on a dependency cycle or depends on one (${cycle.join(' -> ')})`,
      }),
    );
  };

  for (const plugin of plugins) visit(plugin, []);
  return { ordered, rejected };
}
