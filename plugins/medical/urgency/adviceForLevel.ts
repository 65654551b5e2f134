/**
 * Knowledge-base advice lines are written for one situation; an answer may only carry the lines that
 * fit its decided level. An emergency answer never offers a routine appointment or home care as the
 * plan; a non-emergency answer never speaks of a waiting ambulance.
 */
import type { TriageLevel } from '../../sdk/index.ts';

/** Lines that assume help is already on its way. */
export const WAITING_FOR_HELP =
  /\bwhile (?:you )?(?:are )?wait\w* for (?:the |an )?(?:ambulance|help|paramedics|assessment)\b|\buntil (?:the |an )?(?:ambulance|paramedics|help) (?:arrives?|comes?)\b|\b(?:tell|give) the ambulance crew\b|\bambulance (?:is )?on (?:its|the) way\b|\bwhile you wait for help\b/i;

/** Lines that put off care or make home the plan. */
export const ROUTINE_PLAN =
  /\b(?:within|in) (?:the next )?(?:a |one )?(?:day or two|few days|couple of days|week)\b|\bbook (?:an? )?(?:routine )?appointment\b|\bcan (?:usually )?be (?:looked after|managed|treated) at home\b|\bsee (?:a|your) (?:gp|doctor) (?:soon|this week|in the next)\b/i;

/**
 * Advice that runs over days or weeks ("most people improve over a few days", "exercises help within
 * weeks", "arrange a visit"): no plan for someone who needs emergency care now.
 */
export const LATER_COURSE =
  /\b(?:within|in|over) (?:the next |a |the )?(?:day or two|couple of days|few days|\d+\s*(?:-|to)\s*\d+ days|\d+ days|days|weeks?)\b|\b(?:book|make|arrange) (?:a|an) (?:routine |regular )?(?:appointment|visit)\b/i;

function lineFitsLevel(line: string, level: TriageLevel): boolean {
  return level === 'emergency' ? !ROUTINE_PLAN.test(line) && !LATER_COURSE.test(line) : !WAITING_FOR_HELP.test(line);
}

export function adviceForLevel(lines: readonly string[], level: TriageLevel): string[] {
  return lines.filter((line) => lineFitsLevel(line, level));
}
