import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { PluginRegistration } from './createPluginHost.ts';
import { PluginError } from './PluginError.ts';

const pluginsFileSchema = z.object({
  plugins: z.array(z.object({ module: z.string().min(1), options: z.unknown().optional() }).strict()),
});

/**
 * Reads a PLUGINS_CONFIG file (`{"plugins":[{"module":"./x.ts","options":{}}]}`) and imports each
 * module. Relative paths resolve against the file's folder; other specifiers are packages. A module
 * that fails to import becomes a rejected registration, not a crash.
 */
export async function loadPluginsConfig(file: string): Promise<{ registrations: PluginRegistration[]; rejected: PluginError[] }> {
  const raw = JSON.parse(await readFile(file, 'utf8')) as unknown;
  const parsed = pluginsFileSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`PLUGINS_CONFIG ${file} is invalid: ${z.prettifyError(parsed.error)}`);

  const registrations: PluginRegistration[] = [];
  const rejected: PluginError[] = [];
  for (const entry of parsed.data.plugins) {
    const specifier = entry.module.startsWith('.') || isAbsolute(entry.module)
      ? pathToFileURL(resolve(dirname(resolve(file)), entry.module)).href
      : entry.module;
    try {
      const mod = (await import(specifier)) as { default?: unknown; plugin?: unknown };
      registrations.push({ plugin: mod.default ?? mod.plugin, options: entry.options, source: entry.module });
    } catch (cause) {
      rejected.push(
        new PluginError({ code: 'load_failed', plugin: entry.module, hook: 'load', message: `Plugin module "${entry.module}" could not be loaded`, cause }),
      );
    }
  }
  return { registrations, rejected };
}
