/** Runs the red-flag rule set over clinical facts; returns the rules that fire, in rule order. */
import type { ClinicalFacts } from './clinicalFacts.ts';
import { RED_FLAG_RULES, type RedFlagRule } from './redFlagRules.ts';

export function evaluateRedFlags(facts: ClinicalFacts): RedFlagRule[] {
  return RED_FLAG_RULES.filter((rule) => rule.test(facts));
}
