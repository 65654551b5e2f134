export { defineAgentPlugin } from './defineAgentPlugin.ts';
export { patientProfileSchema, type PatientProfile } from './patientProfile.ts';
export {
  PLUGIN_API_VERSION,
  type AgentContext,
  type AgentPlugin,
  type EmergencySeverity,
  type HistoryMessage,
  type PluginEmission,
  type PluginLogger,
  type PluginRunOutput,
  type PluginSessionState,
  type SafetySettings,
  type TriageLevel,
} from './types.ts';
