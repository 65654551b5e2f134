/**
 * A condition named as one the person already has and is treated for, not as what is happening now:
 * "my thyroid tablet", "iron tablets for my anaemia", "asthma's well controlled", "the diabetes nurse".
 * A part of the body before its medicine ("her heart pills") reads the same way. Named so, the name is
 * background (it supports the condition, never makes it likely): a question about a spacer or a missed
 * tablet is not an asthma flare or an underactive thyroid. "My asthma is playing up" still reads as now.
 */
import { namesCondition } from './namesCondition.ts';

// What a treated condition's name qualifies: its medicine, device or the people who look after it.
const CARE_AFTER = /^(?:'s)? (?:tablets?|pills?|medicines?|medications?|meds|inhalers?|injections?|pens?|pumps?|nurse|clinic|team|review|check-?ups?|appointments?|specialist|consultant|doctor)\b/;
// Told as settled: "is well controlled", "'s under control", "is stable".
const SETTLED_AFTER = /^(?:'s| is| has been| are| have been)? (?:(?:very|really|pretty|quite|always) )?(?:well[- ]controlled|controlled|under control|stable|fine|good|well managed)\b/;
// "For my anaemia" after a treatment named earlier in the clause ("iron tablets for my anaemia",
// "a course of prednisolone for my asthma"), not after a visit ("went to A&E for my asthma").
const TREATED_FOR_BEFORE = /\b(?:tablets?|pills?|medicines?|medication|meds|inhalers?|injections?|course|dose|prescription|prescribed|treatment|steroids?|[a-z]+(?:olone|asone|xine|mide|lol|pril|statin|prazole))\b[^.;!?]{0,40}\bfor (?:my|his|her|their|your) $/;

/** Whether the match at [start, end) of the text names a condition the person is known and treated for. */
export function isKnownDiagnosis(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  // "My thyroid tablet", "her heart pills": what the medicine is for, a condition named or not.
  if (CARE_AFTER.test(after)) return true;
  if (!namesCondition(text.slice(start, end))) return false;
  return SETTLED_AFTER.test(after) || TREATED_FOR_BEFORE.test(text.slice(Math.max(0, start - 80), start));
}
