export type PluginKitErrorCode =
  | 'invalid_plugin'
  | 'unsupported_api_version'
  | 'invalid_config'
  | 'setup_failed'
  | 'plugin_error'
  | 'plugin_timeout';

/**
 * A plugin problem found by the test kit, with the same `code` and `hook` the gateway reports, so a
 * test can assert what the host would refuse (load, setup) or turn into an `error` event (run).
 */
export class PluginKitError extends Error {
  override readonly name = 'PluginKitError';
  readonly code: PluginKitErrorCode;
  readonly plugin: string;
  readonly hook: 'load' | 'setup' | 'run';

  constructor(opts: { code: PluginKitErrorCode; plugin: string; hook: 'load' | 'setup' | 'run'; message: string; cause?: unknown }) {
    super(opts.message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.code = opts.code;
    this.plugin = opts.plugin;
    this.hook = opts.hook;
  }
}
