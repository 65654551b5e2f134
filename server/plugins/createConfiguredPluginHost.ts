import type { Logger } from '../logging/createLogger.ts';
import { createPluginHost, type PluginHost, type PluginRegistration } from './createPluginHost.ts';
import { loadPluginsConfig } from './loadPluginsConfig.ts';
import type { PluginError } from './PluginError.ts';

/**
 * The host for the given plugins (built-ins first) followed by those of PLUGINS_CONFIG. Modules that
 * fail to import are reported with the host's own refusals; neither stops the gateway.
 */
export async function createConfiguredPluginHost(opts: {
  plugins: readonly PluginRegistration[];
  pluginsConfig: string | undefined;
  defaultTimeoutMs: number;
  logger: Logger;
}): Promise<PluginHost> {
  const registrations = [...opts.plugins];
  const importFailures: PluginError[] = [];
  if (opts.pluginsConfig) {
    const loaded = await loadPluginsConfig(opts.pluginsConfig);
    registrations.push(...loaded.registrations);
    importFailures.push(...loaded.rejected);
  }
  const host = await createPluginHost({ registrations, defaultTimeoutMs: opts.defaultTimeoutMs, logger: opts.logger });
  // `err` says why a module did not load (ERR_MODULE_NOT_FOUND, SyntaxError…): its class and code, never its message.
  for (const error of importFailures) opts.logger.error({ plugin: error.plugin, code: error.code, hook: error.hook, err: error.cause }, error.message);
  return { ...host, rejected: [...importFailures, ...host.rejected], close: () => host.close() };
}
