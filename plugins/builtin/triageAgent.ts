import { defineAgentPlugin } from 'medchat-gateway/plugin';
import type { EmergencyAssessment, TriageResult } from '../medical/types.ts';
import { decideUrgency } from '../medical/urgency/decideUrgency.ts';
import { warmUpMedicalEngine } from '../medical/warmUpMedicalEngine.ts';

/**
 * `emergency | non_emergency | self_care` with reasons: the level of the turn's one urgency decision
 * (urgency/decideUrgency.ts), as the emergency agent shared it. Without that agent (disabled or
 * replaced) the decision is made here from the same inputs. An alert from any safety plugin is a floor.
 */
export const triageAgent = defineAgentPlugin({
  name: 'triage',
  version: '1.1.0',
  apiVersion: 1,
  status: 'running_triage',
  after: ['emergency'],
  description: 'The turn triage level: red flags, knowledge-base conditions, findings, vitals, labs, duration and the profile',
  setup() {
    warmUpMedicalEngine();
  },
  async run(ctx): Promise<TriageResult> {
    const emergency = ctx.results.get('emergency') as EmergencyAssessment | undefined;
    const shared = emergency?.urgency;
    const urgency =
      shared ??
      decideUrgency({
        message: ctx.message,
        history: ctx.history.filter((m) => m.role === 'user').map((m) => m.content),
        profile: ctx.profile,
        sessionState: undefined,
        safety: ctx.safety,
      }).decision;
    if (emergency?.fired === true && urgency.level !== 'emergency') {
      return { level: 'emergency', reasons: emergency.reasons.length > 0 ? emergency.reasons : ['Emergency warning signs'] };
    }
    return { level: urgency.level, reasons: urgency.reasons };
  },
});
