import { z } from 'zod';
import { PLUGIN_API_VERSION, type AgentPlugin } from '../../plugins/sdk/index.ts';
import { pluginShapeSchema } from '../../plugins/sdk/pluginContractSchemas.ts';
import type { Logger } from '../logging/createLogger.ts';
import { PluginError } from './PluginError.ts';
import { orderPlugins } from './orderPlugins.ts';
import { withTimeout } from './withTimeout.ts';

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
    opts.logger.error({ plugin: error.plugin, code: error.code, hook: error.hook }, error.message);
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
          opts.logger.warn({ plugin: plugin.name, err: errorName(cause) }, 'plugin teardown failed');
        }
      }
    },
  };
}

function validateRegistration(
  reg: PluginRegistration,
  accepted: ReadonlyMap<string, unknown>,
): PluginError | { plugin: AgentPlugin; config: unknown } {
  const label = nameOf(reg.plugin) ?? reg.source ?? '(unnamed)';
  const shape = pluginShapeSchema.safeParse(reg.plugin);
  if (!shape.success) {
    return new PluginError({ code: 'invalid_plugin', plugin: label, hook: 'load', message: `Plugin "${label}" is not a valid plugin: ${z.prettifyError(shape.error)}` });
  }
  const plugin = reg.plugin as AgentPlugin;
  if (plugin.apiVersion !== PLUGIN_API_VERSION) {
    return new PluginError({
      code: 'unsupported_api_version',
      plugin: plugin.name,
      hook: 'load',
      message: `Plugin "${plugin.name}" targets plugin API ${plugin.apiVersion}; this gateway implements ${PLUGIN_API_VERSION}`,
    });
  }
  if (accepted.has(plugin.name)) {
    return new PluginError({ code: 'duplicate_name', plugin: plugin.name, hook: 'load', message: `A plugin named "${plugin.name}" is already registered` });
  }
  if (!plugin.config) {
    if (reg.options !== undefined && !isEmptyObject(reg.options)) {
      return new PluginError({ code: 'invalid_config', plugin: plugin.name, hook: 'load', message: `Plugin "${plugin.name}" takes no options` });
    }
    return { plugin, config: undefined };
  }
  const config = plugin.config.safeParse(reg.options ?? {});
  if (!config.success) {
    return new PluginError({
      code: 'invalid_config',
      plugin: plugin.name,
      hook: 'load',
      message: `Plugin "${plugin.name}" has invalid options: ${z.prettifyError(config.error)}`,
    });
  }
  return { plugin, config: config.data };
}

function nameOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const name = (value as { name?: unknown }).name;
  return typeof name === 'string' ? name : undefined;
}

function isEmptyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}

function errorName(cause: unknown): string {
  return cause instanceof Error ? cause.name : typeof cause;
}
