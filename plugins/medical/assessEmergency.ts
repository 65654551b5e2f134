/**
 * The `emergency` agent's decision for one turn. Red flags are read from the current message and,
 * combined, from the session's earlier user messages (a rule that only the earlier messages satisfy
 * already fired then and is not repeated). Once fired, the advice is carried on later turns until
 * the user says help has arrived (see safety/helpReached.ts). Assistant-directed instructions in the
 * text are ignored, so they can never suppress an alert.
 */
import type { EmergencySeverity, PatientProfile, SafetySettings } from '../sdk/index.ts';
import { emergencyAdvice } from './safety/emergencyAdvice.ts';
import { analyzeForSafety } from './safety/analyzeForSafety.ts';
import { buildClinicalFacts } from './safety/clinicalFacts.ts';
import { evaluateRedFlags } from './safety/evaluateRedFlags.ts';
import { helpReached } from './safety/helpReached.ts';
import type { RedFlagRule } from './safety/redFlagRules.ts';
import type { EmergencyAssessment, RuleHit } from './types.ts';

export interface EmergencySessionState {
  readonly active?: boolean;
  readonly reasons?: string[];
  readonly severity?: EmergencySeverity;
  readonly crisis?: boolean;
  readonly thirdParty?: boolean;
}

export interface AssessEmergencyInput {
  readonly message: string;
  /** Earlier user messages of the session, oldest first. */
  readonly history: readonly string[];
  readonly profile: PatientProfile | undefined;
  readonly sessionState: EmergencySessionState | undefined;
  readonly safety: SafetySettings;
}

export interface AssessEmergencyOutput {
  readonly assessment: EmergencyAssessment;
  readonly nextState: EmergencySessionState;
}

/** How many earlier user messages may combine with the current one. */
const HISTORY_WINDOW = 6;

export function assessEmergency(input: AssessEmergencyInput): AssessEmergencyOutput {
  const current = analyzeForSafety(input.message);
  const earlier = input.history.slice(-HISTORY_WINDOW).map(analyzeForSafety);
  const currentFacts = buildClinicalFacts([current], input.profile);
  const hits = new Map<string, { rule: RedFlagRule; detail: string }>();
  for (const rule of evaluateRedFlags(currentFacts)) hits.set(rule.id, { rule, detail: 'current message' });
  let thirdParty = currentFacts.thirdParty;
  if (earlier.length > 0) {
    const before = new Set(evaluateRedFlags(buildClinicalFacts(earlier, input.profile)).map((r) => r.id));
    const combinedFacts = buildClinicalFacts([...earlier, current], input.profile);
    for (const rule of evaluateRedFlags(combinedFacts)) {
      if (!hits.has(rule.id) && !before.has(rule.id)) {
        hits.set(rule.id, { rule, detail: 'combined with earlier messages' });
        thirdParty ||= combinedFacts.thirdParty;
      }
    }
  }
  const released = helpReached(current);
  const state = input.sessionState;

  if (hits.size > 0) {
    const fired = [...hits.values()];
    const severity: EmergencySeverity = fired.some((h) => h.rule.severity === 'critical') ? 'critical' : 'urgent';
    const crisis = fired.some((h) => h.rule.crisis === true);
    const reasons = fired.map((h) => h.rule.reason);
    const rules: RuleHit[] = fired.map((h) => ({ rule: h.rule.id, detail: h.detail }));
    const advice = emergencyAdvice({ severity, crisis, thirdParty, carriedOver: false, safety: input.safety });
    return {
      assessment: { fired: true, severity, reasons, advice, crisis, carriedOver: false, rules },
      nextState: { active: true, reasons, severity, crisis, thirdParty },
    };
  }

  if (state?.active === true && !released) {
    const severity = state.severity ?? 'critical';
    const crisis = state.crisis ?? false;
    const advice = emergencyAdvice({
      severity,
      crisis,
      thirdParty: state.thirdParty ?? false,
      carriedOver: true,
      safety: input.safety,
    });
    return {
      assessment: {
        fired: true,
        severity,
        reasons: state.reasons ?? [],
        advice,
        crisis,
        carriedOver: true,
        rules: [{ rule: 'carried_over', detail: 'emergency earlier in this session, help not yet reached' }],
      },
      nextState: state,
    };
  }

  const rules: RuleHit[] = released && state?.active === true ? [{ rule: 'help_reached', detail: 'advice released' }] : [];
  return {
    assessment: { fired: false, severity: undefined, reasons: [], advice: '', crisis: false, carriedOver: false, rules },
    nextState: { active: false },
  };
}
