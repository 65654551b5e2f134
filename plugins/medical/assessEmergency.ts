/**
 * The `emergency` agent's decision for one turn. Three sources, any of which alerts: the hand-written
 * red-flag rules (safety/redFlagRules.ts: combinations with vitals, labs, age, pregnancy, blood
 * thinners), the knowledge base (an emergency condition LIKELY on ASSERTED findings, see
 * urgency/findLikelyEmergencies.ts), and an emergency the person names as happening now
 * (urgency/findNamedEmergencies.ts). Red flags are read from the current message and,
 * combined, from the session's earlier user messages (a rule that only the earlier messages satisfy
 * already fired then and is not repeated). Once fired, the advice is carried on later turns until
 * the user says help has arrived (see safety/helpReached.ts). Assistant-directed instructions in the
 * text are ignored, so they can never suppress an alert.
 */
import type { EmergencySeverity, PatientProfile, SafetySettings } from '../sdk/index.ts';
import { emergencyAdvice } from './safety/emergencyAdvice.ts';
import { analyzeForSafety } from './safety/analyzeForSafety.ts';
import { buildClinicalFacts, type ClinicalFacts } from './safety/clinicalFacts.ts';
import { evaluateRedFlags } from './safety/evaluateRedFlags.ts';
import { isExpectedSeizure } from './safety/expectedSeizure.ts';
import { HYPO_HITS, isTreatedHypo } from './safety/treatedHypo.ts';
import { helpReached } from './safety/helpReached.ts';
import { airwaySpared, type RedFlagRule } from './safety/redFlagRules.ts';
import { has } from './safety/readFacts.ts';
import { diagnose } from './diagnose.ts';
import { getKnowledgeIndex, type KnowledgeIndex } from './knowledge/createKnowledgeIndex.ts';
import type { MessageAnalysis } from './language/MessageAnalysis.ts';
import { findLikelyEmergencies, severityOf, type LikelyEmergency } from './urgency/findLikelyEmergencies.ts';
import { findNamedEmergencies } from './urgency/findNamedEmergencies.ts';
import type { DiagnosticResult } from './types.ts';
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
  /** The knowledge index to read (the bundled one by default). */
  readonly index?: KnowledgeIndex;
  /** The current message's diagnostic ranking, when the caller already has it. */
  readonly diagnostic?: DiagnosticResult;
}

export interface AssessEmergencyOutput {
  readonly assessment: EmergencyAssessment;
  readonly nextState: EmergencySessionState;
}

/**
 * How many of the session's last user messages are read together: the current one and six before it.
 * The earlier messages' own window is the same size, so it is the last turn's combined window (its
 * facts are remembered, not read again), and a rule it satisfies fired on that turn or before.
 */
const HISTORY_WINDOW = 7;

/** What a seizure alone raises: the rule and the knowledge base's seizure condition, likely or named. */
const SEIZURE_HITS = ['seizure', 'kb_likely:seizure', 'kb_named:seizure'] as const;

export function assessEmergency(input: AssessEmergencyInput): AssessEmergencyOutput {
  const current = analyzeForSafety(input.message);
  const earlier = input.history.slice(-HISTORY_WINDOW).map(analyzeForSafety);
  const currentFacts = buildClinicalFacts([current], input.profile);
  const hits = new Map<string, { rule: RedFlagRule; detail: string }>();
  for (const rule of evaluateRedFlags(currentFacts)) hits.set(rule.id, { rule, detail: 'current message' });
  let thirdParty = currentFacts.thirdParty;
  // What the window of recent messages tells together: "she has epilepsy" may come a message before the seizure.
  const windowFacts = earlier.length > 0 ? buildClinicalFacts([...earlier, current].slice(-HISTORY_WINDOW), input.profile) : currentFacts;
  if (earlier.length > 0) {
    const before = new Set(evaluateRedFlags(buildClinicalFacts(earlier, input.profile)).map((r) => r.id));
    for (const rule of evaluateRedFlags(windowFacts)) {
      if (!hits.has(rule.id) && !before.has(rule.id)) {
        hits.set(rule.id, { rule, detail: 'combined with earlier messages' });
        thirdParty ||= windowFacts.thirdParty;
      }
    }
  }
  const index = input.index ?? getKnowledgeIndex();
  const diagnostic = input.diagnostic ?? diagnose({ analysis: current, profile: input.profile, index });
  for (const hit of knowledgeHits(current, diagnostic, index, currentFacts)) if (!hits.has(hit.rule.id)) hits.set(hit.rule.id, hit);
  if (hits.size === 0 && input.history.length > 0) for (const hit of combinedKnowledgeHits(input, diagnostic, index)) hits.set(hit.rule.id, hit);
  // A known epilepsy's usual seizure, over and recovered from, is for their epilepsy team, not an ambulance.
  if (isExpectedSeizure(windowFacts)) for (const id of SEIZURE_HITS) hits.delete(id);
  // A hypo treated with sugar and over, told with nothing of confusion or collapse: managed at home.
  if (isTreatedHypo(windowFacts)) for (const id of HYPO_HITS) hits.delete(id);
  const released = helpReached(current);
  const state = input.sessionState;

  if (hits.size > 0) {
    const fired = [...hits.values()];
    const severity: EmergencySeverity = fired.some((h) => h.rule.severity === 'critical') ? 'critical' : 'urgent';
    const crisis = fired.some((h) => h.rule.crisis === true);
    const reasons = [...new Set(fired.map((h) => h.rule.reason))];
    const rules: RuleHit[] = fired.map((h) => ({ rule: h.rule.id, detail: h.detail }));
    const extra = [...new Set(fired.flatMap((h) => (h.rule.advice !== undefined && severity !== 'critical' ? [h.rule.advice] : [])))];
    const advice = [emergencyAdvice({ severity, crisis, thirdParty, carriedOver: false, safety: input.safety, writtenIn: current.writtenIn }), ...extra].join(' ');
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
      writtenIn: current.writtenIn,
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

/**
 * A likely emergency condition whose findings are spread over the session's recent messages ("I'm on
 * insulin", then "shaky, sweaty, my words come out funny"): the window read as one text, as the red-flag
 * rules read it combined. Read only when nothing fired on the message alone, only for an emergency
 * condition the message itself ranks, and only what the earlier messages did not already make likely on
 * their own (that fired then; its state carries it). The earlier window's text is the previous turn's
 * combined text, so its reading is remembered, not redone.
 */
function combinedKnowledgeHits(input: AssessEmergencyInput, diagnostic: DiagnosticResult, index: KnowledgeIndex): { rule: RedFlagRule; detail: string }[] {
  // Only a condition the message itself adds a finding to: one the earlier messages made likely alone
  // fired then. Most messages rank no emergency condition at all, and skip the window's reading.
  const candidates = new Set(diagnostic.possibilities.filter((p) => index.get(p.conditionId)?.typicalTriage === 'emergency').map((p) => p.conditionId));
  if (candidates.size === 0) return [];
  const likelyIn = (messages: readonly string[]) =>
    findLikelyEmergencies(diagnose({ analysis: analyzeForSafety(messages.join('\n')), profile: input.profile, index }), index);
  const combined = likelyIn([...input.history, input.message].slice(-HISTORY_WINDOW)).filter((l) => candidates.has(l.conditionId));
  if (combined.length === 0) return [];
  const before = new Set(likelyIn(input.history.slice(-HISTORY_WINDOW)).map((l) => l.conditionId));
  return combined.filter((l) => !before.has(l.conditionId)).map((likely) => ({ rule: likelyRule(likely), detail: 'knowledge base: likely emergency condition, combined with earlier messages' }));
}

/**
 * Emergencies the knowledge base knows about: a LIKELY emergency condition on ASSERTED findings, or
 * one the person names as happening now. Each becomes a rule-shaped hit so reasons, severity and the
 * audit trail work as for the hand-written rules.
 */
function knowledgeHits(analysis: MessageAnalysis, diagnostic: DiagnosticResult, index: KnowledgeIndex, facts: ClinicalFacts): { rule: RedFlagRule; detail: string }[] {
  const hits: { rule: RedFlagRule; detail: string }[] = [];
  for (const likely of findLikelyEmergencies(diagnostic, index)) {
    hits.push({ rule: likelyRule(likely), detail: 'knowledge base: likely emergency condition on asserted findings' });
  }
  for (const named of findNamedEmergencies(analysis, index)) {
    const entry = index.get(named.conditionId);
    // "An allergic reaction" named without its severity, told with breathing fine and nothing of the
    // throat, face or circulation: the person is telling a mild one (a rash from a washing powder).
    if (named.ungraded && entry?.system === 'allergy' && airwaySpared(facts) && !has(facts, 'faceSwelling', 'airwaySwelling', 'lipSwelling')) continue;
    // Asked about ("could it be appendicitis?") while telling findings that rank other conditions and
    // denying some ("no fever, pain isn't in one spot"): the description argues against the worry.
    // Asked with nothing else told, or with nothing denied, the worry still alerts.
    if (named.asked && facts.denied.size > 0 && diagnostic.possibilities.length > 0 && !diagnostic.possibilities.some((p) => p.conditionId === named.conditionId)) continue;
    hits.push({
      rule: {
        id: `kb_named:${named.conditionId}`,
        severity: entry ? severityOf(entry) : 'urgent',
        reason: `A possible ${named.name.toLowerCase()} was named: treat it as an emergency until a professional has checked`,
        test: () => true,
      },
      detail: 'knowledge base: emergency named as happening now',
    });
  }
  return hits;
}

function likelyRule(likely: LikelyEmergency): RedFlagRule {
  return {
    id: `kb_likely:${likely.conditionId}`,
    severity: likely.severity,
    reason: `What you describe (${likely.findings.slice(0, 3).join(', ')}) fits ${likely.name.toLowerCase()}, which needs emergency care`,
    test: () => true,
  };
}
