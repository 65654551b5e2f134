// `@medchat/plugin-sdk/testing`: run a plugin the way the gateway's host does, in a test.
export {
  createPluginTestKit,
  PluginKitError,
  type LogRecord,
  type PluginKitErrorCode,
  type PluginRunReport,
  type PluginTestKit,
  type PluginTestKitOptions,
  type PluginTestSession,
  type PluginTestSessionOptions,
  type ScriptedTurn,
  type SessionTurn,
} from './createPluginTestKit.ts';
