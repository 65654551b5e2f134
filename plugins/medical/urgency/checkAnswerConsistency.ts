/**
 * Whether a composed answer contradicts its own triage level, and whether it carries the two lines
 * every answer must have (not a diagnosis; when to seek care). Used by tests over every vignette.
 */
import type { TriageLevel } from '../../sdk/index.ts';
import { ROUTINE_PLAN, WAITING_FOR_HELP } from './adviceForLevel.ts';

export interface ConsistencyProblem {
  readonly problem: 'routine_plan_in_emergency' | 'emergency_talk_without_emergency' | 'no_disclaimer' | 'no_seek_care_line' | 'no_emergency_plan';
  readonly line: string;
}

const EMERGENCY_PLAN = /\bthis needs emergency care\b|\*\*emergency:/i;

export function checkAnswerConsistency(answer: string, level: TriageLevel, emergencyNumber: string): ConsistencyProblem[] {
  const problems: ConsistencyProblem[] = [];
  const lines = answer.split('\n');
  if (level === 'emergency') {
    for (const line of lines) if (ROUTINE_PLAN.test(line)) problems.push({ problem: 'routine_plan_in_emergency', line });
    if (!EMERGENCY_PLAN.test(answer)) problems.push({ problem: 'no_emergency_plan', line: '' });
  } else {
    for (const line of lines) {
      if (WAITING_FOR_HELP.test(line) || EMERGENCY_PLAN.test(line)) problems.push({ problem: 'emergency_talk_without_emergency', line });
    }
  }
  if (!/not a diagnosis/i.test(answer)) problems.push({ problem: 'no_disclaimer', line: '' });
  if (!answer.includes(`**Call ${emergencyNumber} if:**`)) problems.push({ problem: 'no_seek_care_line', line: '' });
  return problems;
}
