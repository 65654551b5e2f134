/**
 * Composes a turn's answer the way the built-in agents and the local provider do, in-process: the
 * emergency agent's urgency decision, the triage level read from it, the diagnostic ranking, the
 * treatment lines at that level, then composeAnswer over those results.
 */
import { composeAnswer } from '../../plugins/medical/composeAnswer.ts';
import { diagnose } from '../../plugins/medical/diagnose.ts';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { recommendTreatment } from '../../plugins/medical/recommendTreatment.ts';
import type { TriageLevel } from '../../plugins/sdk/index.ts';
import type { PatientProfile } from '../../plugins/sdk/index.ts';
import { decide, SAFETY } from './urgencyHelpers.ts';

export function composeTurn(message: string, profile?: PatientProfile): { level: TriageLevel; answer: string; alerted: boolean } {
  const decision = decide(message, profile ? { profile } : {});
  const emergency = { ...decision.emergency, urgency: { level: decision.level, reasons: decision.reasons, whatToDoNow: decision.whatToDoNow } };
  const triage = { level: decision.level, reasons: decision.reasons };
  const diagnostic = diagnose({ analysis: analyzeMessage(message), profile });
  const treatment = recommendTreatment({ diagnostic, profile, triageLevel: decision.level });
  const frame = decision.emergency.fired && decision.severity ? { severity: decision.severity, reasons: decision.emergency.reasons, advice: decision.emergency.advice } : undefined;
  const answer = composeAnswer({ message, history: [], profile, results: { emergency, triage, diagnostic, treatment }, emergency: frame, safety: SAFETY });
  return { level: decision.level, answer, alerted: decision.emergency.fired };
}
