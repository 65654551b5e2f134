import type { EmergencySeverity, HistoryMessage, PatientProfile, SafetySettings, TriageLevel } from '../sdk/index.ts';
import { diagnose } from './diagnose.ts';
import { analyzeMessage } from './language/analyzeMessage.ts';
import { nativeSafetyLines } from './language/nativeSafetyLines.ts';
import { recommendTreatment } from './recommendTreatment.ts';
import { analyzeForSafety } from './safety/analyzeForSafety.ts';
import { getAlertConditions } from './safety/getAlertConditions.ts';
import { getKnowledgeIndex } from './knowledge/createKnowledgeIndex.ts';
import type { DiagnosticResult, EmergencyAssessment, TreatmentResult, TriageResult } from './types.ts';
import { adviceForLevel } from './urgency/adviceForLevel.ts';
import { decideUrgency } from './urgency/decideUrgency.ts';
import { whatToDoNow } from './urgency/whatToDoNow.ts';

/**
 * What the composer reads from the LLM provider's `Grounding` (server/llm/LlmProvider.ts). Declared
 * here structurally because plugins may not import server internals; a `Grounding` satisfies it.
 */
export interface AnswerGrounding {
  readonly message: string;
  readonly history: readonly HistoryMessage[];
  readonly profile: PatientProfile | undefined;
  readonly results: Readonly<Record<string, unknown>>;
  readonly emergency:
    | { readonly severity: EmergencySeverity; readonly reasons: readonly string[]; readonly advice: string }
    | undefined;
  readonly safety: SafetySettings;
}

export const NOT_A_DIAGNOSIS =
  'This is general information, not a diagnosis. It cannot replace an examination by a doctor or other health professional; if you are unsure, or things get worse, get medical advice.';

/**
 * The answer the offline `local` provider streams, composed only from the turn's grounding: emergency
 * advice first and unsoftened, then what was understood, possibilities (never a diagnosis), what to do,
 * medication cautions, when to see a doctor or call for help, and the disclaimer. Missing agent results
 * (agents disabled) are rebuilt from the knowledge index so the answer still fits the message.
 */
export function composeAnswer(grounding: AnswerGrounding): string {
  const { safety, profile } = grounding;
  const emergency = emergencyOf(grounding);
  // The turn's one urgency: an alert raised by any safety plugin, else the triage agent's level (read
  // from the same decision), else the decision itself when the agents did not run.
  const decided = (): ReturnType<typeof decideUrgency>['decision'] =>
    decideUrgency({
      message: grounding.message,
      history: grounding.history.filter((m) => m.role === 'user').map((m) => m.content),
      profile,
      sessionState: undefined,
      safety,
    }).decision;
  const level: TriageLevel =
    emergency !== undefined
      ? 'emergency'
      : (asTriage(grounding.results['triage'])?.level ?? asEmergency(grounding.results['emergency'])?.urgency?.level ?? decided().level);
  const diagnostic =
    asDiagnostic(grounding.results['diagnostic']) ??
    diagnose({ analysis: analyzeMessage(grounding.message), profile, history: grounding.history });
  const given = asTreatment(grounding.results['treatment']);
  const treatment = given ?? recommendTreatment({ diagnostic, profile, triageLevel: level });
  // A third party's treatment agent may not know the level: its lines are filtered here as well.
  const selfCare = adviceForLevel(treatment.selfCare, level);
  const seeDoctorIf = adviceForLevel(treatment.seeDoctorIf, level);
  const callEmergencyIf = adviceForLevel(treatment.callEmergencyIf, level);

  // A Spanish or French writer reads the plan, the crisis line and the disclaimer in their language
  // first; the rest is English (the knowledge base is), and says so.
  const native = nativeSafetyLines(analyzeForSafety(grounding.message).writtenIn);
  const parts: string[] = [];
  if (emergency) {
    parts.push(`**${native?.emergencyWord ?? 'Emergency'}: ${emergency.advice}**`);
    if (emergency.reasons.length > 0) parts.push(bullets(`Why this is urgent:`, emergency.reasons));
    if (emergency.crisis) {
      if (native) parts.push(native.crisisLine(safety.crisisLine));
      parts.push(`You do not have to go through this alone. You can reach a crisis line now: ${safety.crisisLine}.`);
    }
  }
  if (native) parts.push(native.whatToDoNow(level, safety.emergencyNumber), native.restInEnglish);

  const findings = understoodFindings(diagnostic);
  const alertedFor = emergency ? alertConditionsMissing(emergency.rules, diagnostic) : [];
  if (diagnostic.possibilities.length > 0 || alertedFor.length > 0) {
    const intro = findings.length > 0 ? `From what you describe (${joinList(findings)}), ` : '';
    const lead = emergency
      ? `${intro}these are some of the causes a doctor would consider. They are possibilities, not a diagnosis:`
      : `${intro}here is what it could be. These are possibilities, not a diagnosis:`;
    parts.push(
      [
        capitalizeFirst(lead),
        ...alertedFor.map((name) => `- **${name}** (the reason for the alert above)`),
        ...diagnostic.possibilities.map(
          (p) =>
            `- **${p.name}** (${p.likelihood})${p.supportingFindings.length > 0 ? ` — fits: ${p.supportingFindings.slice(0, 4).join(', ')}` : ''}`,
        ),
      ].join('\n'),
    );
  } else if (!emergency) {
    parts.push(
      'I could not match what you describe to specific symptoms in my medical knowledge base. It helps to tell me where the problem is, when it started, how bad it is, what makes it better or worse, and any other symptoms.',
    );
  }

  parts.push(whatToDoNow(level, safety.emergencyNumber));
  if (selfCare.length > 0) parts.push(bullets(level === 'emergency' ? 'While you wait for help:' : 'What you can do now:', selfCare));
  if (treatment.medicationCautions.length > 0) {
    parts.push(
      bullets(
        'Medication cautions for you:',
        treatment.medicationCautions.map((c) => c.reason),
      ),
    );
  }
  // In an emergency the plan is emergency care now: "see a doctor if" lines would offer a later visit.
  if (level !== 'emergency' && seeDoctorIf.length > 0) parts.push(bullets('See a doctor if:', seeDoctorIf));
  parts.push(
    bullets(
      `Call ${safety.emergencyNumber} if:`,
      callEmergencyIf.length > 0 ? callEmergencyIf : ['You feel much worse, or you are worried.'],
    ),
  );
  if (native) parts.push(`_${native.notADiagnosis}_`);
  parts.push(`_${NOT_A_DIAGNOSIS}_`);
  return `${parts.join('\n\n')}\n`;
}

interface EmergencyView {
  readonly advice: string;
  readonly reasons: readonly string[];
  readonly crisis: boolean;
  /** The emergency agent's fired rules, when it is the built-in one. */
  readonly rules: readonly string[];
}

/** The conditions the alert is about (see safety/getAlertConditions.ts) that the ranking left out, by name. */
function alertConditionsMissing(rules: readonly string[], diagnostic: DiagnosticResult): string[] {
  const ranked = new Set(diagnostic.possibilities.map((p) => p.conditionId));
  const index = getKnowledgeIndex();
  return getAlertConditions(rules).flatMap((id) => {
    const entry = ranked.has(id) ? undefined : index.get(id);
    return entry ? [entry.name] : [];
  });
}

/** The raised emergency (never downgraded), else the emergency agent's own fired result. */
function emergencyOf(grounding: AnswerGrounding): EmergencyView | undefined {
  const agent = asEmergency(grounding.results['emergency']);
  const rules = agent?.fired === true && Array.isArray(agent.rules) ? agent.rules.map((r) => r.rule) : [];
  if (grounding.emergency) {
    return { advice: grounding.emergency.advice, reasons: grounding.emergency.reasons, crisis: agent?.crisis ?? false, rules };
  }
  if (agent?.fired) return { advice: agent.advice, reasons: agent.reasons, crisis: agent.crisis, rules };
  return undefined;
}

function understoodFindings(diagnostic: DiagnosticResult): string[] {
  const seen = new Set<string>();
  for (const p of diagnostic.possibilities) {
    for (const f of p.supportingFindings) if (!f.endsWith('(mentioned earlier)')) seen.add(f);
  }
  // A finding quoted inside a longer one ("ache" of "tummy ache", matched for another condition) is the same words once.
  const all = [...seen];
  const words = (text: string) => ` ${text.replace(/[^\p{L}\p{N}']+/gu, ' ').trim()} `;
  const within = (short: string, long: string) => short !== long && words(long).includes(words(short));
  return all.filter((f) => !all.some((g) => within(f, g))).slice(0, 5);
}

function bullets(title: string, lines: readonly string[]): string {
  return [`**${title}**`, ...lines.map((l) => `- ${l}`)].join('\n');
}

function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// Agent results arrive as `unknown` (third parties can replace agents); read only well-formed ones.
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function asDiagnostic(value: unknown): DiagnosticResult | undefined {
  return isObject(value) && Array.isArray(value['possibilities']) ? (value as unknown as DiagnosticResult) : undefined;
}

function asTreatment(value: unknown): TreatmentResult | undefined {
  return isObject(value) &&
    Array.isArray(value['selfCare']) &&
    Array.isArray(value['medicationCautions']) &&
    Array.isArray(value['seeDoctorIf']) &&
    Array.isArray(value['callEmergencyIf'])
    ? (value as unknown as TreatmentResult)
    : undefined;
}

function asTriage(value: unknown): TriageResult | undefined {
  return isObject(value) && ['emergency', 'non_emergency', 'self_care'].includes(value['level'] as string)
    ? (value as unknown as TriageResult)
    : undefined;
}

function asEmergency(value: unknown): EmergencyAssessment | undefined {
  return isObject(value) && typeof value['fired'] === 'boolean' ? (value as unknown as EmergencyAssessment) : undefined;
}
