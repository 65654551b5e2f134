import type { LogRecord } from './pluginTestKitTypes.ts';
import type { PluginLogger } from './types.ts';

/** A PluginLogger that keeps what it is given, tagged with the plugin's name as the gateway does. */
export function createRecordingLogger(pluginName: string): { log: PluginLogger; records: LogRecord[] } {
  const records: LogRecord[] = [];
  const at = (level: LogRecord['level']) => (fields: Record<string, unknown>, msg: string) => {
    records.push({ level, fields: { ...fields, plugin: pluginName }, msg });
  };
  return { log: { debug: at('debug'), info: at('info'), warn: at('warn') }, records };
}
