/**
 * The "what to do now" line for a decided level: the only place the answer's plan is worded in English;
 * its Spanish and French wording is language/nativeSafetyLines.ts, which the composer also puts first.
 */
import type { TriageLevel } from '../../sdk/index.ts';
import { nativeSafetyLines } from '../language/nativeSafetyLines.ts';

/** For a Spanish or French message, the plan in its language first, then in English. */
export function whatToDoNow(level: TriageLevel, emergencyNumber: string, writtenIn?: 'es' | 'fr'): string {
  const native = nativeSafetyLines(writtenIn);
  const english = whatToDoNowInEnglish(level, emergencyNumber);
  return native ? `${native.whatToDoNow(level, emergencyNumber)}\n\n${english}` : english;
}

function whatToDoNowInEnglish(level: TriageLevel, emergencyNumber: string): string {
  // The emergency frame's advice says how (call now, or go now); this line only states the plan.
  if (level === 'emergency') {
    return `**What to do now:** this needs emergency care. Call ${emergencyNumber} or go to the nearest emergency department now.`;
  }
  return level === 'non_emergency'
    ? '**What to do now:** arrange to see a doctor, usually within the next day or two (sooner if it gets worse).'
    : '**What to do now:** this can usually be looked after at home. Keep an eye on it and get help if anything below applies.';
}
