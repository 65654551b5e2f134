/**
 * Result shapes of the built-in medical agents: what each plugin emits as its `result`, what later
 * agents read from `ctx.results`, and what the answer composer and prompt builder consume.
 */
import type { AuditEntry, EmergencySeverity, TriageLevel } from '../sdk/index.ts';

/** Why a rule fired; stored in the turn's audit trail (never logged). The SDK's audit type. */
export type RuleHit = AuditEntry;

/** Result of the `emergency` agent (stage `safety`). */
export interface EmergencyAssessment {
  readonly fired: boolean;
  readonly severity: EmergencySeverity | undefined;
  /** Short, user-facing reasons, e.g. "Chest pain spreading to the arm with sweating". */
  readonly reasons: readonly string[];
  /** User-facing advice naming the configured emergency number (and crisis line for self-harm). */
  readonly advice: string;
  /** True when the trigger is a mental-health crisis (crisis-line guidance). */
  readonly crisis: boolean;
  /** True when this turn only repeats the advice of an earlier emergency in the session. */
  readonly carriedOver: boolean;
  readonly rules: readonly RuleHit[];
  /** The turn's one urgency decision (urgency/decideUrgency.ts), which later agents read. */
  readonly urgency?: UrgencySummary;
}

/** What the emergency agent shares of the turn's urgency decision. */
export interface UrgencySummary {
  readonly level: TriageLevel;
  readonly reasons: readonly string[];
  readonly whatToDoNow: string;
}

/** Result of the `context` agent: knowledge-base passages retrieved for the message. */
export interface ContextResult {
  readonly kbVersion: string;
  readonly passages: readonly {
    readonly conditionId: string;
    readonly title: string;
    readonly text: string;
    readonly score: number;
    readonly source: string;
  }[];
}

/** Result of the `triage` agent. */
export interface TriageResult {
  readonly level: TriageLevel;
  readonly reasons: readonly string[];
  readonly rules?: readonly RuleHit[];
}

/** Result of the `diagnostic` agent: possibilities, never a diagnosis. */
export interface DiagnosticResult {
  readonly possibilities: readonly {
    readonly conditionId: string;
    readonly name: string;
    readonly likelihood: 'more likely' | 'possible' | 'less likely';
    readonly score: number;
    readonly supportingFindings: readonly string[];
    /** How many distinct findings of this condition the current message asserts (symptoms and red flags). */
    readonly assertedFindings?: number;
    /** Whether one of them is a hallmark (key) symptom of the condition. */
    readonly hallmark?: boolean;
    /** Whether a hallmark is told without a minimiser ("a bit stiff", "slightly"): only a firm one declares an emergency. */
    readonly firmHallmark?: boolean;
    /** Whether, without a hallmark, several of its specific findings are told firmly (diagnose.ts, PICTURE_FINDINGS). */
    readonly firmPicture?: boolean;
    /** How many of them are the condition's red flags. */
    readonly redFlags?: number;
    /** One of them is a red flag the knowledge base marks decisive (the finding alone is the emergency), told firmly. */
    readonly decisiveRedFlag?: boolean;
  }[];
}

/** Result of the `treatment` agent. */
export interface TreatmentResult {
  readonly selfCare: readonly string[];
  readonly medicationCautions: readonly { readonly medication: string; readonly reason: string }[];
  readonly seeDoctorIf: readonly string[];
  readonly callEmergencyIf: readonly string[];
}
