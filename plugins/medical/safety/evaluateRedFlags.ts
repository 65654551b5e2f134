/** Runs the red-flag rule set over clinical facts; returns the rules that fire, in rule order. */
import type { ClinicalFacts } from './clinicalFacts.ts';
import { createMedicineDangerRules } from './medicineDangerRules.ts';
import { RED_FLAG_RULES, type RedFlagRule } from './redFlagRules.ts';

/** The hand-written rules, then the medicines' danger signs the drug table lists. */
const RULES: readonly RedFlagRule[] = [...RED_FLAG_RULES, ...createMedicineDangerRules()];

// Facts are remembered (buildClinicalFacts): a turn's earlier messages are the last turn's combined ones.
const fired = new WeakMap<ClinicalFacts, readonly RedFlagRule[]>();

export function evaluateRedFlags(facts: ClinicalFacts): readonly RedFlagRule[] {
  let rules = fired.get(facts);
  if (!rules) fired.set(facts, (rules = RULES.filter((rule) => rule.test(facts))));
  return rules;
}
