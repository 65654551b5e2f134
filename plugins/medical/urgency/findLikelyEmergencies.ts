/**
 * Knowledge reaches triage: a condition the knowledge base marks `typicalTriage: "emergency"`,
 * ranked LIKELY on findings the person ASSERTED, makes the turn an emergency.
 *
 * ASSERTED finding: a symptom or red-flag phrase of a knowledge-base condition (its term or any lay or
 * clinical synonym) found in the current message in a clause the language layer marks neither
 * negated, historical nor hypothetical, and with no negator ("no", "not", "without", ...) among the
 * three words before it (knowledge/findAssertedFindings.ts). Earlier messages do not count here.
 *
 * LIKELY condition: one the diagnostic ranking (diagnose.ts) labels "more likely" — its score is at
 * least 0.9 and at least 70% of the best score, one of its findings is a hallmark (`key`) symptom, told
 * without a minimiser ("my neck is a bit stiff", "slightly blurred": the writer calls it minor), or,
 * without a hallmark, it has a firm PICTURE (three or more of its specific findings, diagnose.ts) —
 * AND it rests on at least two distinct asserted findings. One finding, however characteristic,
 * leaves a condition "possible" at most: "stiff neck" alone never calls meningitis an emergency.
 *
 * DECISIVE red flag: a red flag the knowledge base marks `decisive` (the finding alone is the
 * emergency: an erection lasting hours), asserted and told without a minimiser, raises its emergency
 * condition on its own, wherever the ranking puts it.
 *
 * Severity is the entry's `emergencySeverity` (default `urgent`: go to an emergency department now).
 */
import type { EmergencySeverity } from '../../sdk/index.ts';
import type { ConditionEntry } from '../knowledge/conditionSchema.ts';
import type { KnowledgeIndex } from '../knowledge/createKnowledgeIndex.ts';
import type { DiagnosticResult } from '../types.ts';

const MIN_ASSERTED_FINDINGS = 2;

export interface LikelyEmergency {
  readonly conditionId: string;
  readonly name: string;
  readonly severity: EmergencySeverity;
  readonly findings: readonly string[];
}

export function isLikely(p: DiagnosticResult['possibilities'][number]): boolean {
  return p.likelihood === 'more likely' && (p.firmHallmark === true || p.firmPicture === true) && (p.assertedFindings ?? 0) >= MIN_ASSERTED_FINDINGS;
}

export function severityOf(entry: ConditionEntry): EmergencySeverity {
  return entry.emergencySeverity ?? 'urgent';
}

export function findLikelyEmergencies(diagnostic: DiagnosticResult, index: KnowledgeIndex): LikelyEmergency[] {
  return diagnostic.possibilities.flatMap((p) => {
    const entry = index.get(p.conditionId);
    if (!entry || entry.typicalTriage !== 'emergency' || !(isLikely(p) || p.decisiveRedFlag === true)) return [];
    return [{ conditionId: entry.id, name: entry.name, severity: severityOf(entry), findings: p.supportingFindings.filter((f) => !f.endsWith('(mentioned earlier)')) }];
  });
}
