import { Observable } from 'rxjs';
import { defineAgentPlugin, type PluginEmission } from 'medchat-gateway/plugin';
import type { EmergencySessionState } from '../medical/assessEmergency.ts';
import type { EmergencyAssessment } from '../medical/types.ts';
import { decideUrgency } from '../medical/urgency/decideUrgency.ts';
import { warmUpMedicalEngine } from '../medical/warmUpMedicalEngine.ts';

/**
 * Safety stage, first on every turn (also with agents disabled): decides the turn's one urgency
 * (red-flag rules, the knowledge base's emergency conditions and named emergencies, over this
 * message, the session's earlier messages and the profile) and emits the emergency frame from it.
 * An emergency carried over from an earlier turn is raised again until the user says help has arrived.
 */
export const emergencyAgent = defineAgentPlugin({
  name: 'emergency',
  version: '1.1.0',
  apiVersion: 1,
  stage: 'safety',
  description: 'Emergency detection and the turn urgency (rules, knowledge base, negation, history, third parties, profile, es/fr, crises)',
  // The engine's indexes and patterns are built at start-up, not in the first person's turn.
  setup() {
    warmUpMedicalEngine();
  },
  run(ctx) {
    const { decision, nextState } = decideUrgency({
      message: ctx.message,
      history: ctx.history.filter((m) => m.role === 'user').map((m) => m.content),
      profile: ctx.profile,
      sessionState: ctx.state.get<EmergencySessionState>(),
      safety: ctx.safety,
    });
    ctx.state.set(nextState);
    const assessment = decision.emergency;
    const result: EmergencyAssessment = {
      ...assessment,
      urgency: { level: decision.level, reasons: decision.reasons, whatToDoNow: decision.whatToDoNow },
    };
    return new Observable<PluginEmission>((subscriber) => {
      if (assessment.fired && assessment.severity) {
        subscriber.next({ type: 'emergency', severity: assessment.severity, reasons: assessment.reasons, advice: assessment.advice });
      }
      for (const hit of decision.rules) subscriber.next({ type: 'audit', rule: hit.rule, detail: hit.detail });
      subscriber.next({ type: 'result', data: result });
      subscriber.complete();
    });
  },
});
