// The plugin SDK (`@medchat/plugin-sdk`): what a plugin imports at run time. The test kit is its own
// entry (`@medchat/plugin-sdk/testing`, ./testing.ts) so a plugin loaded by the gateway never loads it.
export { defineAgentPlugin } from './defineAgentPlugin.ts';
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
