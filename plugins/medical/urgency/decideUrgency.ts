/**
 * One urgency per turn. The level (emergency | non_emergency | self_care), for an emergency its
 * severity, reasons and advice, and the "what to do now" line are decided here once, from the message
 * analysis, the session's earlier messages, the profile and the knowledge base. The emergency agent
 * emits its frame from this decision, the triage agent reports its level, and the composer and the
 * treatment agent take every advice line from it. Nothing later in the turn lowers an emergency.
 *
 * The same inputs give the same object (memoised), so agents that each ask pay for one decision.
 */
import type { EmergencySeverity, PatientProfile, SafetySettings, TriageLevel } from '../../sdk/index.ts';
import { assessEmergency, type EmergencySessionState } from '../assessEmergency.ts';
import { assessTriage, type ConditionHint } from '../assessTriage.ts';
import { diagnose } from '../diagnose.ts';
import { getKnowledgeIndex, type KnowledgeIndex } from '../knowledge/createKnowledgeIndex.ts';
import { memoizeByText } from '../memoizeByText.ts';
import { analyzeForSafety } from '../safety/analyzeForSafety.ts';
import type { DiagnosticResult, EmergencyAssessment, RuleHit } from '../types.ts';
import { whatToDoNow } from './whatToDoNow.ts';

export interface DecideUrgencyInput {
  readonly message: string;
  /** Earlier user messages of the session, oldest first. */
  readonly history: readonly string[];
  readonly profile: PatientProfile | undefined;
  readonly sessionState: EmergencySessionState | undefined;
  readonly safety: SafetySettings;
}

export interface UrgencyDecision {
  readonly level: TriageLevel;
  /** Set exactly when `level` is `emergency`. */
  readonly severity: EmergencySeverity | undefined;
  /** Why this level (for an emergency, the emergency's reasons). */
  readonly reasons: readonly string[];
  readonly rules: readonly RuleHit[];
  /** The emergency agent's view of the same decision (frame, advice, carry-over). */
  readonly emergency: EmergencyAssessment;
  /** The answer's "what to do now" line. */
  readonly whatToDoNow: string;
}

export interface DecideUrgencyOutput {
  readonly decision: UrgencyDecision;
  readonly nextState: EmergencySessionState;
}

const remembered = memoizeByText((key: string): DecideUrgencyOutput => decide(JSON.parse(key) as DecideUrgencyInput), 64);

export function decideUrgency(input: DecideUrgencyInput): DecideUrgencyOutput {
  const { message, history, profile, sessionState, safety } = input;
  return remembered(JSON.stringify({ message, history, profile, sessionState, safety }));
}

function decide(input: DecideUrgencyInput): DecideUrgencyOutput {
  const index = getKnowledgeIndex();
  const analysis = analyzeForSafety(input.message);
  const diagnostic = diagnose({ analysis, profile: input.profile, index });
  const { assessment, nextState } = assessEmergency({ ...input, index, diagnostic });
  const triage = assessTriage({
    message: input.message,
    analysis,
    history: input.history,
    profile: input.profile,
    emergency: assessment,
    conditionHints: conditionHints(diagnostic, index),
  });
  const level: TriageLevel = assessment.fired ? 'emergency' : triage.level;
  const severity = assessment.fired ? (assessment.severity ?? 'critical') : undefined;
  return {
    decision: {
      level,
      severity,
      reasons: triage.reasons,
      rules: [...assessment.rules, ...(triage.rules ?? [])],
      emergency: assessment,
      whatToDoNow: whatToDoNow(level, input.safety.emergencyNumber, analysis.writtenIn),
    },
    nextState,
  };
}

/**
 * What the knowledge base adds below an emergency: a "more likely" condition that usually needs a
 * doctor, or any asserted red flag of a condition, asks for a doctor.
 */
function conditionHints(diagnostic: DiagnosticResult, index: KnowledgeIndex): ConditionHint[] {
  return diagnostic.possibilities.flatMap((p) => {
    const entry = index.get(p.conditionId);
    if (!entry) return [];
    const redFlag = (p.redFlags ?? 0) > 0 && p.likelihood !== 'less likely';
    if (p.likelihood !== 'more likely' && !redFlag) return [];
    return [{ conditionId: p.conditionId, typicalTriage: entry.typicalTriage, score: p.score, redFlag }];
  });
}
