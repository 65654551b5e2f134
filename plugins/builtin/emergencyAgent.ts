import { Observable } from 'rxjs';
import { defineAgentPlugin, type PluginEmission } from 'medchat-gateway/plugin';
import { assessEmergency, type EmergencySessionState } from '../medical/assessEmergency.ts';

/**
 * Safety stage, first on every turn (also with agents disabled): red-flag rules over this message,
 * the session's earlier messages and the profile. An emergency carried over from an earlier turn is
 * raised again until the user says help has arrived.
 */
export const emergencyAgent = defineAgentPlugin({
  name: 'emergency',
  version: '1.0.0',
  apiVersion: 1,
  stage: 'safety',
  description: 'Red-flag emergency detection (negation, history, third parties, profile, es/fr, crises)',
  run(ctx) {
    const { assessment, nextState } = assessEmergency({
      message: ctx.message,
      history: ctx.history.filter((m) => m.role === 'user').map((m) => m.content),
      profile: ctx.profile,
      sessionState: ctx.state.get<EmergencySessionState>(),
      safety: ctx.safety,
    });
    ctx.state.set(nextState);
    return new Observable<PluginEmission>((subscriber) => {
      if (assessment.fired && assessment.severity) {
        subscriber.next({ type: 'emergency', severity: assessment.severity, reasons: assessment.reasons, advice: assessment.advice });
      }
      for (const hit of assessment.rules) subscriber.next({ type: 'audit', rule: hit.rule, detail: hit.detail });
      subscriber.next({ type: 'result', data: assessment });
      subscriber.complete();
    });
  },
});
