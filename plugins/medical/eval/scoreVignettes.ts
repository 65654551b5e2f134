/**
 * Pure scoring of triage outcomes against vignettes, in the README's order of importance: missed
 * alerts, false alarms on self_care cases, then accuracy over each case's acceptable levels.
 */
import type { TriageLevel } from '../../sdk/index.ts';

export interface ScoredCase {
  readonly id: string;
  readonly expected: TriageLevel;
  readonly acceptable: readonly TriageLevel[];
  readonly emergencyAlert: boolean;
}

export interface CaseOutcome {
  readonly alerted: boolean;
  readonly level: TriageLevel;
}

export interface VignetteScore {
  readonly cases: number;
  readonly alertCases: number;
  readonly alertsRaised: number;
  /** alertsRaised / alertCases (1 when there are no alert cases). */
  readonly alertRecall: number;
  readonly missedAlerts: readonly string[];
  readonly selfCareCases: number;
  readonly selfCareFalseAlarms: readonly string[];
  readonly correct: number;
  readonly accuracy: number;
  readonly wrong: readonly { readonly id: string; readonly expected: TriageLevel; readonly got: TriageLevel }[];
  readonly perLevel: Readonly<Record<TriageLevel, { readonly cases: number; readonly correct: number; readonly accuracy: number }>>;
  /** confusion[expected][got] */
  readonly confusion: Readonly<Record<TriageLevel, Readonly<Record<TriageLevel, number>>>>;
}

const LEVELS: readonly TriageLevel[] = ['emergency', 'non_emergency', 'self_care'];

export function scoreVignettes(cases: readonly ScoredCase[], outcomes: ReadonlyMap<string, CaseOutcome>): VignetteScore {
  const confusion = Object.fromEntries(LEVELS.map((e) => [e, Object.fromEntries(LEVELS.map((g) => [g, 0]))])) as Record<
    TriageLevel,
    Record<TriageLevel, number>
  >;
  const perLevel = Object.fromEntries(LEVELS.map((l) => [l, { cases: 0, correct: 0, accuracy: 0 }])) as Record<
    TriageLevel,
    { cases: number; correct: number; accuracy: number }
  >;
  const missedAlerts: string[] = [];
  const selfCareFalseAlarms: string[] = [];
  const wrong: { id: string; expected: TriageLevel; got: TriageLevel }[] = [];
  let alertCases = 0;
  let alertsRaised = 0;
  let selfCareCases = 0;
  let correct = 0;
  for (const c of cases) {
    const out = outcomes.get(c.id);
    if (out === undefined) throw new Error(`no outcome for case ${c.id}`);
    if (c.emergencyAlert) {
      alertCases += 1;
      if (out.alerted) alertsRaised += 1;
      else missedAlerts.push(c.id);
    }
    if (c.expected === 'self_care') {
      selfCareCases += 1;
      if (out.alerted) selfCareFalseAlarms.push(c.id);
    }
    confusion[c.expected][out.level] += 1;
    perLevel[c.expected].cases += 1;
    if (c.acceptable.includes(out.level)) {
      correct += 1;
      perLevel[c.expected].correct += 1;
    } else {
      wrong.push({ id: c.id, expected: c.expected, got: out.level });
    }
  }
  for (const l of LEVELS) perLevel[l].accuracy = ratio(perLevel[l].correct, perLevel[l].cases);
  return {
    cases: cases.length,
    alertCases,
    alertsRaised,
    alertRecall: ratio(alertsRaised, alertCases),
    missedAlerts,
    selfCareCases,
    selfCareFalseAlarms,
    correct,
    accuracy: ratio(correct, cases.length),
    wrong,
    perLevel,
    confusion,
  };
}

function ratio(n: number, d: number): number {
  return d === 0 ? 1 : n / d;
}
