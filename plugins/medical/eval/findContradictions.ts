/**
 * Answers that contradict their own turn's urgency, found in the answer text: a turn that is not an
 * emergency speaking of an ambulance or emergency services as something happening now, an emergency
 * turn offering an appointment in a day or more, and an emergency frame whose triage level is not
 * `emergency`. Conditional safety advice ("call 999 if ...") is what every answer should give and is
 * not a contradiction, so sentences with a condition are skipped.
 */
import type { TriageLevel } from '../../sdk/index.ts';
// The composer's own definition of care put off by days or weeks, which it keeps out of emergency answers.
import { LATER_COURSE } from '../urgency/adviceForLevel.ts';

export type ContradictionKind = 'ambulance_without_emergency' | 'appointment_in_emergency' | 'frame_without_emergency_level';

export const CONTRADICTION_KINDS: readonly ContradictionKind[] = [
  'ambulance_without_emergency',
  'appointment_in_emergency',
  'frame_without_emergency_level',
];

const CONDITIONAL = /\b(if|unless|in case|should|when|whenever|otherwise|would)\b/i;
// Calling for help, or an emergency treatment (an adrenaline auto-injector) used now.
const EMERGENCY_NOW = /\b(ambulance|emergency services|emergency department|emergency room|A&E|999|911|112|auto-?injector)\b/i;

export function findContradictions(turn: { level: TriageLevel; alerted: boolean; answer: string }): ContradictionKind[] {
  const emergency = turn.level === 'emergency' || turn.alerted;
  const sentences = unconditionalSentences(turn.answer);
  const kinds: ContradictionKind[] = [];
  if (!emergency && sentences.some((s) => EMERGENCY_NOW.test(s))) kinds.push('ambulance_without_emergency');
  if (emergency && sentences.some((s) => LATER_COURSE.test(withoutQuotedFindings(s)))) kinds.push('appointment_in_emergency');
  if (turn.alerted && turn.level !== 'emergency') kinds.push('frame_without_emergency_level');
  return kinds;
}

/**
 * The person's findings quoted back in knowledge-base words ("What you describe (worsening headache over
 * days) fits ...", "- **X** (possible) — fits: symptoms that come and go over weeks") tell the story's
 * time course, not a plan: read as an appointment "over days", they made an emergency answer look routine.
 */
const QUOTED_FINDINGS = /\bwhat you describe \([^)]*\)| — fits: .*$/gi;
const withoutQuotedFindings = (sentence: string): string => sentence.replace(QUOTED_FINDINGS, '');

/**
 * Sentences said without a condition. A block under a conditional heading ("Call 999 if:" then bullets)
 * is conditional as a whole; other blocks are split into sentences and bullet lines.
 */
function unconditionalSentences(answer: string): string[] {
  return answer
    .split(/\n\s*\n/)
    .filter((block) => {
      // Markdown emphasis around the heading ("**Call 999 if:**") is not part of what it says.
      const heading = (block.trim().split('\n')[0] ?? '').replace(/[*_]/g, '').trim();
      return !(heading.endsWith(':') && CONDITIONAL.test(heading));
    })
    .flatMap((block) => block.split(/(?<=[.!?])\s+|\n+/))
    // A parenthesised aside ("(sooner if it gets worse)") does not make the sentence conditional.
    .filter((s) => s.trim().length > 0 && !CONDITIONAL.test(s.replace(/\([^)]*\)/g, '')));
}
