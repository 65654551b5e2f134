import { defineAgentPlugin } from 'medchat-gateway/plugin';
import { diagnose } from '../medical/diagnose.ts';
import { analyzeForSafety } from '../medical/safety/analyzeForSafety.ts';
import { recommendTreatment } from '../medical/recommendTreatment.ts';
import type { DiagnosticResult, EmergencyAssessment, TriageResult } from '../medical/types.ts';
import { warmUpMedicalEngine } from '../medical/warmUpMedicalEngine.ts';

/**
 * Self-care, medication cautions checked against the profile, and "see a doctor if" / "call
 * emergency services if" lines, for the diagnostic agent's possibilities at the triage level.
 */
export const treatmentAgent = defineAgentPlugin({
  name: 'treatment',
  version: '1.0.0',
  apiVersion: 1,
  status: 'running_treatment',
  after: ['triage', 'diagnostic'],
  description: 'Self-care and medication cautions from the knowledge base, checked against the profile',
  setup() {
    warmUpMedicalEngine();
  },
  async run(ctx) {
    const triage = ctx.results.get('triage') as TriageResult | undefined;
    const emergency = ctx.results.get('emergency') as EmergencyAssessment | undefined;
    // The advice follows the turn's one urgency: an alert is a floor whatever the triage agent said.
    const level = emergency?.fired === true ? 'emergency' : (triage?.level ?? emergency?.urgency?.level ?? 'non_emergency');
    // Without the diagnostic agent (failed or removed), work from the message directly.
    const diagnostic =
      (ctx.results.get('diagnostic') as DiagnosticResult | undefined) ??
      diagnose({ analysis: analyzeForSafety(ctx.message), message: ctx.message, profile: ctx.profile, history: ctx.history });
    return recommendTreatment({ diagnostic, profile: ctx.profile, triageLevel: level });
  },
});
