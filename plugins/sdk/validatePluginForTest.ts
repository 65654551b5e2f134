import type { z } from 'zod';
import { checkPlugin } from './checkPlugin.ts';
import { PluginKitError } from './PluginKitError.ts';
import type { AgentPlugin } from './types.ts';

/**
 * The load-time checks a plugin meets in the gateway (see checkPlugin). Throws a PluginKitError with
 * the code the gateway would reject it with; returns the parsed config.
 */
export function validatePluginForTest<Schema extends z.ZodType>(plugin: AgentPlugin<Schema>, options: unknown): z.output<Schema> {
  const checked = checkPlugin(plugin, options);
  if (!checked.ok) throw new PluginKitError({ code: checked.code, plugin: checked.plugin, hook: 'load', message: checked.message });
  return checked.config as z.output<Schema>;
}
