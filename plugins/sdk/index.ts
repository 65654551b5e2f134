export { defineAgentPlugin } from './defineAgentPlugin.ts';
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
export { patientProfileSchema, type PatientProfile } from './patientProfile.ts';
export {
  PLUGIN_API_VERSION,
  type AgentContext,
  type AgentPlugin,
  type AuditEntry,
  type EmergencySeverity,
  type HistoryMessage,
  type PluginEmission,
  type PluginLogger,
  type PluginRunOutput,
  type PluginSessionState,
  type SafetySettings,
  type TriageLevel,
} from './types.ts';
export type { GuardedChunk, Grounding, LlmChunk, LlmMessage, LlmUsage, RaisedEmergency } from './answerStage.ts';
export { estimatePromptTokens, estimateTokens, estimateTokensForLength } from './estimateTokens.ts';
