import { z } from 'zod';
import { pluginShapeSchema } from './pluginContractSchemas.ts';
import { PluginKitError } from './PluginKitError.ts';
import { PLUGIN_API_VERSION, type AgentPlugin } from './types.ts';

/**
 * The load-time checks a plugin meets in the gateway: its shape, `apiVersion` against this SDK's
 * PLUGIN_API_VERSION, and `options` parsed by its `config` schema (defaults applied).
 * Throws a PluginKitError with the code the gateway would reject it with.
 */
export function validatePluginForTest<Schema extends z.ZodType>(
  plugin: AgentPlugin<Schema>,
  options: unknown,
): z.output<Schema> {
  const label = nameOf(plugin) ?? '(unnamed)';
  const shape = pluginShapeSchema.safeParse(plugin);
  if (!shape.success) {
    throw new PluginKitError({ code: 'invalid_plugin', plugin: label, hook: 'load', message: `Plugin "${label}" is not a valid plugin: ${z.prettifyError(shape.error)}` });
  }
  if (plugin.apiVersion !== PLUGIN_API_VERSION) {
    throw new PluginKitError({
      code: 'unsupported_api_version',
      plugin: plugin.name,
      hook: 'load',
      message: `Plugin "${plugin.name}" targets plugin API ${plugin.apiVersion}; this gateway implements ${PLUGIN_API_VERSION}`,
    });
  }
  if (!plugin.config) {
    if (options !== undefined && !(typeof options === 'object' && options !== null && Object.keys(options).length === 0)) {
      throw new PluginKitError({ code: 'invalid_config', plugin: plugin.name, hook: 'load', message: `Plugin "${plugin.name}" takes no options` });
    }
    return undefined as z.output<Schema>;
  }
  const config = plugin.config.safeParse(options ?? {});
  if (!config.success) {
    throw new PluginKitError({
      code: 'invalid_config',
      plugin: plugin.name,
      hook: 'load',
      message: `Plugin "${plugin.name}" has invalid options: ${z.prettifyError(config.error)}`,
    });
  }
  return config.data;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const name = (value as { name?: unknown }).name;
  return typeof name === 'string' ? name : undefined;
}
