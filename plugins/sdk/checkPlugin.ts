import { z } from 'zod';
import { pluginShapeSchema } from './pluginContractSchemas.ts';
import { PLUGIN_API_VERSION, type AgentPlugin } from './types.ts';

export type PluginCheck =
  | { readonly ok: true; readonly plugin: AgentPlugin; readonly config: unknown }
  | { readonly ok: false; readonly code: 'invalid_plugin' | 'unsupported_api_version' | 'invalid_config'; readonly plugin: string; readonly message: string };

/**
 * The load-time checks a plugin meets, one definition for the gateway's host and the test kit: its
 * shape, `apiVersion` against PLUGIN_API_VERSION, and `options` parsed by its `config` schema
 * (defaults applied). `label` names a plugin that has no usable name (its module path).
 */
export function checkPlugin(candidate: unknown, options: unknown, label?: string): PluginCheck {
  const shape = pluginShapeSchema.safeParse(candidate);
  if (!shape.success) {
    const name = nameOf(candidate) ?? label ?? '(unnamed)';
    return { ok: false, code: 'invalid_plugin', plugin: name, message: `Plugin "${name}" is not a valid plugin: ${z.prettifyError(shape.error)}` };
  }
  const plugin = candidate as AgentPlugin;
  if (plugin.apiVersion !== PLUGIN_API_VERSION) {
    return {
      ok: false,
      code: 'unsupported_api_version',
      plugin: plugin.name,
      message: `Plugin "${plugin.name}" targets plugin API ${plugin.apiVersion}; this gateway implements ${PLUGIN_API_VERSION}`,
    };
  }
  if (!plugin.config) {
    const empty = options === undefined || (typeof options === 'object' && options !== null && Object.keys(options).length === 0);
    return empty ? { ok: true, plugin, config: undefined } : { ok: false, code: 'invalid_config', plugin: plugin.name, message: `Plugin "${plugin.name}" takes no options` };
  }
  const config = plugin.config.safeParse(options ?? {});
  if (!config.success) {
    return { ok: false, code: 'invalid_config', plugin: plugin.name, message: `Plugin "${plugin.name}" has invalid options: ${z.prettifyError(config.error)}` };
  }
  return { ok: true, plugin, config: config.data };
}

function nameOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const name = (value as { name?: unknown }).name;
  return typeof name === 'string' ? name : undefined;
}
