/** Runs the red-flag rule set over clinical facts; returns the rules that fire, in rule order. */
import type { ClinicalFacts } from './clinicalFacts.ts';
import { createMedicineDangerRules } from './medicineDangerRules.ts';
import { RED_FLAG_RULES, type RedFlagRule } from './redFlagRules.ts';

/** The hand-written rules, then the medicines' danger signs the drug table lists. */
const RULES: readonly RedFlagRule[] = [...RED_FLAG_RULES, ...createMedicineDangerRules()];

export function evaluateRedFlags(facts: ClinicalFacts): RedFlagRule[] {
  return RULES.filter((rule) => rule.test(facts));
}
