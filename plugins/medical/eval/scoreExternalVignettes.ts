/**
 * Pure scoring of one half of the external vignettes in one rendering: is the reference diagnosis the
 * diagnostic agent's first or among its first five possibilities (names matched through the knowledge
 * base), and is triage right against the urgency the reference diagnosis implies.
 */
import type { TriageLevel } from '../../sdk/index.ts';
import type { DiagnosisMatcher } from './createDiagnosisMatcher.ts';
import { CONTRADICTION_KINDS, type ContradictionKind } from './findContradictions.ts';
import type { UrgencyLookup } from './loadDiagnosisUrgency.ts';
import type { ExternalVignette } from './parseExternalVignettes.ts';
import { scoreVignettes, type VignetteScore } from './scoreVignettes.ts';

export interface ExternalOutcome {
  /** The `emergency` event came before the first token. */
  readonly alerted: boolean;
  readonly level: TriageLevel;
  /** The diagnostic agent's possibilities, best first (condition ids). */
  readonly ranked: readonly string[];
  readonly contradictions: readonly ContradictionKind[];
}

export interface ExternalScore {
  readonly cases: number;
  readonly diagnosis: {
    readonly top1: number;
    readonly top5: number;
    /** Distinct reference names that match no knowledge-base condition, and the cases they cover. */
    readonly unmatchedNames: readonly string[];
    readonly unmatchedCases: number;
    /** Matched references missing from the top 5. */
    readonly missed: readonly { readonly id: string; readonly diagnosis: string }[];
  };
  readonly triage: VignetteScore;
  readonly emergencies: {
    readonly cases: number;
    readonly triagedEmergency: number;
    /** Of those triaged `emergency`, how many had the emergency frame before the first token. */
    readonly framedFirst: number;
  };
  readonly overTriage: { readonly selfCareCases: number; readonly alerted: number };
  readonly contradictions: { readonly total: number; readonly byKind: Readonly<Record<ContradictionKind, number>> };
}

/** Names of the cases' diagnoses with no urgency entry; the eval refuses to run while any is missing. */
export function findUnmappedDiagnoses(cases: readonly ExternalVignette[], urgency: UrgencyLookup): ExternalVignette[] {
  return cases.filter((c) => urgency.get(c.diagnosis) === undefined);
}

export function scoreExternalVignettes(opts: {
  cases: readonly ExternalVignette[];
  outcomes: ReadonlyMap<string, ExternalOutcome>;
  matcher: DiagnosisMatcher;
  urgency: UrgencyLookup;
}): ExternalScore {
  const { cases, outcomes, matcher, urgency } = opts;
  const outcomeOf = (id: string): ExternalOutcome => {
    const out = outcomes.get(id);
    if (out === undefined) throw new Error(`no outcome for case ${id}`);
    return out;
  };
  const levelOf = (c: ExternalVignette) => {
    const u = urgency.get(c.diagnosis);
    if (u === undefined) throw new Error(`case ${c.id}: its diagnosis has no entry in the urgency mapping`);
    return u;
  };

  let top1 = 0;
  let top5 = 0;
  let unmatchedCases = 0;
  const unmatchedNames = new Set<string>();
  const missed: { id: string; diagnosis: string }[] = [];
  const byKind = Object.fromEntries(CONTRADICTION_KINDS.map((k) => [k, 0])) as Record<ContradictionKind, number>;
  let contradictionTotal = 0;
  let emergencyCases = 0;
  let triagedEmergency = 0;
  let framedFirst = 0;
  for (const c of cases) {
    const out = outcomeOf(c.id);
    const ids = matcher.match(c.diagnosis);
    if (ids.length === 0) {
      unmatchedCases += 1;
      unmatchedNames.add(c.diagnosis);
    } else {
      if (out.ranked[0] !== undefined && ids.includes(out.ranked[0])) top1 += 1;
      if (out.ranked.slice(0, 5).some((r) => ids.includes(r))) top5 += 1;
      else missed.push({ id: c.id, diagnosis: c.diagnosis });
    }
    if (levelOf(c).expected === 'emergency') {
      emergencyCases += 1;
      if (out.level === 'emergency') {
        triagedEmergency += 1;
        if (out.alerted) framedFirst += 1;
      }
    }
    if (out.contradictions.length > 0) contradictionTotal += 1;
    for (const k of out.contradictions) byKind[k] += 1;
  }

  const triage = scoreVignettes(
    cases.map((c) => {
      const u = levelOf(c);
      return { id: c.id, expected: u.expected, acceptable: u.acceptable, emergencyAlert: u.expected === 'emergency' };
    }),
    new Map(cases.map((c) => [c.id, outcomeOf(c.id)])),
  );
  return {
    cases: cases.length,
    diagnosis: { top1, top5, unmatchedNames: [...unmatchedNames].sort(), unmatchedCases, missed },
    triage,
    emergencies: { cases: emergencyCases, triagedEmergency, framedFirst },
    overTriage: { selfCareCases: triage.selfCareCases, alerted: triage.selfCareFalseAlarms.length },
    contradictions: { total: contradictionTotal, byKind },
  };
}
