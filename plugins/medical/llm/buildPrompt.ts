import type { TriageLevel } from '../../sdk/index.ts';
import type {
  ContextResult,
  DiagnosticResult,
  EmergencyAssessment,
  TreatmentResult,
  TriageResult,
} from '../types.ts';
import type { Grounding, LlmMessage } from '../../sdk/answerStage.ts';
import { estimatePromptTokens } from '../../sdk/estimateTokens.ts';
import { analyzeForSafety } from '../safety/analyzeForSafety.ts';

/** The not-a-diagnosis line every answer carries; the output guard appends it when the model forgets. */
export const DISCLAIMER =
  'This is general information, not a diagnosis, and it does not replace an examination by a doctor.';

export interface AgentResults {
  readonly emergency: EmergencyAssessment | undefined;
  readonly context: ContextResult | undefined;
  readonly triage: TriageResult | undefined;
  readonly diagnostic: DiagnosticResult | undefined;
  readonly treatment: TreatmentResult | undefined;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const hasArrays = (v: unknown, keys: readonly string[]): boolean =>
  isRecord(v) && keys.every((k) => Array.isArray(v[k]));

/** Results arrive as `unknown` (plugins are pluggable); only well-shaped ones are used. */
export function readAgentResults(grounding: Grounding): AgentResults {
  const r = grounding.results;
  const triage = r['triage'];
  return {
    emergency: hasArrays(r['emergency'], ['reasons']) ? (r['emergency'] as EmergencyAssessment) : undefined,
    context: hasArrays(r['context'], ['passages']) ? (r['context'] as ContextResult) : undefined,
    triage:
      isRecord(triage) && ['emergency', 'non_emergency', 'self_care'].includes(String(triage['level']))
        ? (triage as unknown as TriageResult)
        : undefined,
    diagnostic: hasArrays(r['diagnostic'], ['possibilities']) ? (r['diagnostic'] as DiagnosticResult) : undefined,
    treatment: hasArrays(r['treatment'], ['selfCare', 'medicationCautions', 'seeDoctorIf', 'callEmergencyIf'])
      ? (r['treatment'] as TreatmentResult)
      : undefined,
  };
}

/** The rule-based level the answer may not go below: an emergency from the rules wins over triage. */
export function statedTriageLevel(grounding: Grounding): TriageLevel | undefined {
  const results = readAgentResults(grounding);
  if (grounding.emergency || results.emergency?.fired) return 'emergency';
  return results.triage?.level;
}

const LEVEL_MEANING: Record<TriageLevel, string> = {
  emergency: 'emergency: call emergency services or go to the emergency department now',
  non_emergency: 'non_emergency: see a doctor within days',
  self_care: 'self_care: can be managed at home, reassess if it changes',
};

function systemRules(grounding: Grounding): string {
  return [
    'You are a careful medical information assistant for patients. You are not a doctor and do not diagnose.',
    'Rules:',
    '- Answer only from the grounded context below; if it does not cover the question, say so and suggest a clinician.',
    '- Never state or imply a lower urgency than the rule-based levels below. Never reassure against them',
    '  ("nothing to worry about", "no need to see a doctor"). You may recommend more urgent care.',
    '- Give no medication doses unless the exact dose appears in the knowledge base below; otherwise say to',
    '  follow the label or ask a pharmacist.',
    '- Respect the patient profile (allergies, pregnancy, current medications, conditions).',
    `- Always say when to seek care, and end with this sentence: "${DISCLAIMER}"`,
    `- The emergency number is ${grounding.safety.emergencyNumber}; the crisis line is ${grounding.safety.crisisLine}.`,
    ...answerLanguage(grounding.message),
  ].join('\n');
}

const LANGUAGE_NAMES = { es: 'Spanish', fr: 'French' } as const;

/** A Spanish or French message is answered in its language; the disclaimer stays as given, translated before it. */
function answerLanguage(message: string): string[] {
  const language = analyzeForSafety(message).writtenIn;
  if (language === undefined) return [];
  const name = LANGUAGE_NAMES[language];
  return [`- The person wrote in ${name}: answer in ${name}. Put the final sentence in ${name} first, then the English sentence above exactly as given.`];
}

function assessment(grounding: Grounding, results: AgentResults): string {
  const lines = ['## Rule-based assessment (authoritative)'];
  const emergency = grounding.emergency ?? (results.emergency?.fired ? results.emergency : undefined);
  if (emergency) {
    lines.push(`Emergency: YES (${emergency.severity ?? 'urgent'}). Reasons: ${emergency.reasons.join('; ') || 'rule match'}.`);
    lines.push(`Emergency advice already given to the user: ${emergency.advice}`);
  } else {
    lines.push('Emergency: none detected by the rules.');
  }
  const level = statedTriageLevel(grounding);
  lines.push(`Triage level: ${level ? LEVEL_MEANING[level] : 'not assessed'}.`);
  if (results.triage?.reasons.length) lines.push(`Triage reasons: ${results.triage.reasons.join('; ')}.`);
  return lines.join('\n');
}

function groundedContext(results: AgentResults, maxPassages: number): string {
  const parts: string[] = [];
  const passages = [...(results.context?.passages ?? [])].sort((a, b) => b.score - a.score).slice(0, maxPassages);
  if (passages.length > 0) {
    parts.push('## Knowledge base', ...passages.map((p) => `### ${p.title} (source: ${p.source})\n${p.text}`));
  }
  const possibilities = results.diagnostic?.possibilities ?? [];
  if (possibilities.length > 0) {
    parts.push('## Possibilities (not diagnoses)', ...possibilities.map((p) => `- ${p.name}: ${p.likelihood}`));
  }
  const t = results.treatment;
  if (t) {
    const list = (title: string, items: readonly string[]) => (items.length ? [title, ...items.map((i) => `- ${i}`)] : []);
    parts.push(
      ...list('## Self-care', t.selfCare),
      ...list('## Medication cautions', t.medicationCautions.map((c) => `${c.medication}: ${c.reason}`)),
      ...list('## See a doctor if', t.seeDoctorIf),
      ...list('## Call emergency services if', t.callEmergencyIf),
    );
  }
  return parts.join('\n');
}

function profileText(grounding: Grounding): string {
  const p = grounding.profile;
  if (!p || Object.keys(p).length === 0) return '## Patient profile\nNone given.';
  return `## Patient profile\n${JSON.stringify(p)}`;
}

export interface BuildPromptOptions {
  /** Budget for the whole prompt in estimated tokens (see estimateTokens). */
  readonly maxPromptTokens: number;
}

/**
 * System message (rules, the stated levels, grounded context, profile), then the conversation history
 * newest-first until the budget is spent (so the oldest turns drop out), then the user's message. When
 * even the grounding is too large, knowledge-base passages go first (lowest score first); the rules
 * and levels always stay.
 */
export function buildPrompt(grounding: Grounding, options: BuildPromptOptions): LlmMessage[] {
  const results = readAgentResults(grounding);
  const user: LlmMessage = { role: 'user', content: grounding.message };
  let maxPassages = results.context?.passages.length ?? 0;
  let system: LlmMessage;
  for (;;) {
    const content = [systemRules(grounding), assessment(grounding, results), groundedContext(results, maxPassages), profileText(grounding)]
      .filter((s) => s.length > 0)
      .join('\n\n');
    system = { role: 'system', content };
    if (maxPassages === 0 || estimatePromptTokens([system, user]) <= options.maxPromptTokens) break;
    maxPassages--;
  }
  let budget = options.maxPromptTokens - estimatePromptTokens([system, user]);
  const kept: LlmMessage[] = [];
  for (let i = grounding.history.length - 1; i >= 0; i--) {
    const h = grounding.history[i];
    if (!h) continue;
    const cost = estimatePromptTokens([h]);
    if (cost > budget) break;
    budget -= cost;
    kept.unshift({ role: h.role, content: h.content });
  }
  // Vendors expect the conversation to open with a user turn.
  while (kept[0]?.role === 'assistant') kept.shift();
  return [system, ...kept, user];
}
