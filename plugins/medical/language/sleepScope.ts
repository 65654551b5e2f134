/**
 * Which clauses tell of sleep episodes ("snores and stops breathing in his sleep", "gasps while
 * asleep"): an observed pattern, not distress now. A sleep cue governs its own clause and the clauses
 * joined to it as one list ("he snores, gasps and stops breathing while asleep"), in either direction,
 * never past a contrast or a turn of time ("but", "now", "then", a new sentence), and never into or
 * past a clause dated to today ("snored for years and today I'm fighting for breath").
 */
import { SLEEP_EPISODE_RE } from './clauseCues.ts';
import { tellsToday } from './presentTurn.ts';
import type { ClauseSpan } from './splitClauses.ts';

const SLEEP_MODIFIER = /^\W*(?:while|when) (?:asleep|sleeping)\b/;

/** The indices of the spans a sleep cue governs. */
export function findSleepClauses(spans: readonly ClauseSpan[], text: string): Set<number> {
  const sleeping = new Set<number>();
  let group: number[] = [];
  const close = (): void => {
    if (group.some((i) => SLEEP_EPISODE_RE.test(clauseOf(i)))) {
      // A clause dated today turns the time: it and the clauses after it are not the sleep pattern.
      const today = group.findIndex((i) => tellsToday(clauseOf(i)));
      for (const i of today < 0 ? group : group.slice(0, today)) sleeping.add(i);
    }
    group = [];
  };
  const clauseOf = (i: number): string => {
    const span = spans[i];
    return span ? text.slice(span.start, span.end) : '';
  };
  spans.forEach((span, i) => {
    // "while asleep", "when sleeping" after a clause say when it happens: the splitter's break at "while" does not end the group.
    const modifies = span.joinedBy === 'break' && SLEEP_MODIFIER.test(clauseOf(i));
    const joined = i > 0 && spans[i - 1]?.sentence === span.sentence && (span.joinedBy === 'list' || span.joinedBy === 'negation' || modifies);
    if (!joined) close();
    group.push(i);
  });
  close();
  return sleeping;
}
