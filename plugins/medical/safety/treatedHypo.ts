/**
 * A low blood sugar in someone with diabetes that was treated with sugar and is over: "had a hypo, took
 * glucose tablets, 6.1 now and feel normal". NHS and Diabetes UK manage that at home (a snack, recheck,
 * tell the diabetes team if hypos are frequent); an ambulance is for a hypo that does not respond, a
 * person confused, drowsy, fitting or unable to swallow. Every such sign keeps the alert.
 */
import type { ClinicalFacts } from './clinicalFacts.ts';
import type { Concept } from './concepts.ts';
import { has } from './readFacts.ts';

/** The alerts a treated, recovered hypo withdraws: the rule and the knowledge base's entry, likely or named. */
export const HYPO_HITS = ['hypoglycaemia', 'kb_likely:hypoglycaemia', 'kb_named:hypoglycaemia'] as const;

export function isTreatedHypo(f: ClinicalFacts): boolean {
  if (!(f.diabetic || has(f, 'type1', 'hypoWord'))) return false;
  if (!has(f, 'hypoTreated') || !has(f, 'resolved', 'seizureRecovered')) return false;
  // A reading still low, told after the treatment or alone, is a hypo now.
  const last = f.vitals.glucoseMgDl.at(-1);
  if (last !== undefined && last < 72) return false;
  return !has(f, ...DANGERS);
}

const DANGERS: readonly Concept[] = ['confusion', 'unresponsive', 'seizure', 'syncope', 'speechProblem', 'cannotSwallow', 'vomiting', 'floppy', 'notComeRound', 'glucagonGiven'];
