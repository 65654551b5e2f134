import type { AgentPlugin } from '../../plugins/sdk/index.ts';
import { checkPlugin } from '../../plugins/sdk/checkPlugin.ts';
import type { Logger } from '../logging/createLogger.ts';
import { PluginError } from './PluginError.ts';
import { orderPlugins } from './orderPlugins.ts';
import { withTimeout } from '../../plugins/sdk/createPluginRun.ts';

export interface PluginRegistration {
  readonly plugin: unknown;
  readonly options?: unknown;
  /** Where it came from (module path), for error messages. */
  readonly source?: string;
}

export interface LoadedPlugin {
  readonly plugin: AgentPlugin;
  readonly config: unknown;
  readonly timeoutMs: number;
}

export interface PluginHost {
  /** `stage: 'safety'` plugins, in order: they run first on every turn. */
  readonly safety: readonly LoadedPlugin[];
  /** Agent plugins, in order: they run when agents are enabled. */
  readonly agents: readonly LoadedPlugin[];
  /** Plugins refused at load, each error naming the plugin and why. */
  readonly rejected: readonly PluginError[];
  close(): Promise<void>;
}


/**
 * Validates, configures, orders and sets up plugins. A bad plugin is refused with a typed error and
 * left out; the others load, so one broken third-party module never takes the safety agents down.
 */
export async function createPluginHost(opts: {
  registrations: readonly PluginRegistration[];
  defaultTimeoutMs: number;
  logger: Logger;
}): Promise<PluginHost> {
  const rejected: PluginError[] = [];
  const accepted = new Map<string, { plugin: AgentPlugin; config: unknown }>();

  for (const reg of opts.registrations) {
    const result = validateRegistration(reg, accepted);
    if (result instanceof PluginError) rejected.push(result);
    else accepted.set(result.plugin.name, result);
  }

  const { ordered, rejected: cyclic } = orderPlugins([...accepted.values()].map((a) => a.plugin));
  rejected.push(...cyclic);

  const loaded: LoadedPlugin[] = [];
  for (const plugin of ordered) {
    const config = accepted.get(plugin.name)?.config;
    const timeoutMs = plugin.timeoutMs ?? opts.defaultTimeoutMs;
    try {
      if (plugin.setup) await withTimeout(Promise.resolve(plugin.setup(config)), timeoutMs);
      loaded.push({ plugin, config, timeoutMs });
    } catch (cause) {
      rejected.push(
        new PluginError({ code: 'setup_failed', plugin: plugin.name, hook: 'setup', message: `Plugin "${plugin.name}" failed in setup`, cause }),
      );
    }
  }

  for (const error of rejected) {
    // `err`: why (the cause's class and code; the logger's serializer never writes its message).
    opts.logger.error({ plugin: error.plugin, code: error.code, hook: error.hook, err: error.cause }, error.message);
  }

  return {
    safety: loaded.filter((p) => p.plugin.stage === 'safety'),
    agents: loaded.filter((p) => p.plugin.stage !== 'safety'),
    rejected,
    async close() {
      for (const { plugin } of [...loaded].reverse()) {
        try {
          await withTimeout(Promise.resolve(plugin.teardown?.()), opts.defaultTimeoutMs);
        } catch (cause) {
          opts.logger.warn({ plugin: plugin.name, err: cause }, 'plugin teardown failed');
        }
      }
    },
  };
}

function validateRegistration(
  reg: PluginRegistration,
  accepted: ReadonlyMap<string, unknown>,
): PluginError | { plugin: AgentPlugin; config: unknown } {
  const checked = checkPlugin(reg.plugin, reg.options, reg.source);
  if (!checked.ok) return new PluginError({ code: checked.code, plugin: checked.plugin, hook: 'load', message: checked.message });
  if (accepted.has(checked.plugin.name)) {
    const name = checked.plugin.name;
    return new PluginError({ code: 'duplicate_name', plugin: name, hook: 'load', message: `A plugin named "${name}" is already registered` });
  }
  return { plugin: checked.plugin, config: checked.config };
}

