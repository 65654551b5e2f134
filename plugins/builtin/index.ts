import type { AgentPlugin } from 'medchat-gateway/plugin';
import { contextAgent } from './contextAgent.ts';
import { diagnosticAgent } from './diagnosticAgent.ts';
import { emergencyAgent } from './emergencyAgent.ts';
import { treatmentAgent } from './treatmentAgent.ts';
import { triageAgent } from './triageAgent.ts';

export { contextAgent, diagnosticAgent, emergencyAgent, treatmentAgent, triageAgent };

/** The built-in medical workflow, in order (the host orders by `after` as well). */
export const builtinAgents: readonly AgentPlugin[] = [emergencyAgent, contextAgent, triageAgent, diagnosticAgent, treatmentAgent];
