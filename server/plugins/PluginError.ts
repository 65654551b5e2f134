export type PluginErrorCode =
  | 'invalid_plugin'
  | 'unsupported_api_version'
  | 'invalid_config'
  | 'duplicate_name'
  | 'dependency_cycle'
  | 'setup_failed'
  | 'load_failed'
  | 'plugin_error'
  | 'plugin_timeout';

/** A plugin problem, always attributed to the plugin and the hook it came from. */
export class PluginError extends Error {
  override readonly name = 'PluginError';
  readonly code: PluginErrorCode;
  readonly plugin: string;
  readonly hook: 'load' | 'setup' | 'run';

  constructor(opts: { code: PluginErrorCode; plugin: string; hook: 'load' | 'setup' | 'run'; message: string; cause?: unknown }) {
    super(opts.message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.code = opts.code;
    this.plugin = opts.plugin;
    this.hook = opts.hook;
  }
}
