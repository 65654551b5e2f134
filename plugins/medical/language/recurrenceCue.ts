/**
 * A past episode told as happening again: "I had a heart attack 3 years ago and it's happening again",
 * "this feels exactly the same as that did", "the tightness feels exactly like my heart attack in 2019".
 * The past clause stays history (its findings are not current); what these cues carry over is the
 * likeness: the condition the past clause names is the one the person says is back. A person who
 * has had an emergency knows its feel better than any list of its signs.
 */
import type { Clause } from './MessageAnalysis.ts';

/** The episode again, or the present likened to "that", "last time", "before". */
const RECURRENCE = new RegExp(
  [
    // The episode itself happening again, not another symptom ("my cough is happening again").
    String.raw`(?:\b(?:it's|it is|it|this is|this|that's|that is|that)(?: all)? |^\W*)happening (?:all over )?again\b`,
    String.raw`\b(?:doing|having|got|getting|feeling|going through) (?:the (?:exact )?same(?: thing)?|it|that) (?:all over )?again\b`,
    String.raw`\b(?:having|had|got|getting|it's|this is|think it's) another (?:one|attack|episode)\b`,
    String.raw`\b(?:feels?|felt|feeling|is|it's|seems?|looks?|same (?:thing|feeling|pain|symptoms?)) (?:exactly |just |totally |almost |very much )?(?:the same |identical |similar )?(?:as|like|to) (?:that did|it did|that one|that time|last time|the last time|the time before|before|then|what happened (?:then|before|last time))\b`,
  ].join('|'),
);

/** A recurrence feared as a habit ("scared it's happening again every time I get a cold") is not one now. */
const HABIT = /\b(?:every time|each time|whenever|any time)\b/;
/** A comparison opening a past clause: "exactly like my heart attack in 2019", "the same as my stroke". */
const LIKENESS_OPENER = /^\W*(?:exactly |just |totally |almost )?(?:like|(?:the )?same as|similar to|identical to)\b/;
/** The present words before it end in a verb of likeness: "the tightness feels (exactly like...)". */
const LIKENESS_VERB = /\b(?:feels?|felt|feeling|is|was|seems?|looks?|sounds?|exactly|just)\W*$/;
const NEGATED_LIKENESS = /\b(?:not|n't|nothing|never|different|unlike)\b[^,.;]{0,25}$/;

/** Whether a current clause says a past episode is happening again. */
export function tellsRecurrence(clause: Clause): boolean {
  return !clause.negated && !clause.hypothetical && !clause.historical && RECURRENCE.test(clause.text) && !HABIT.test(clause.text);
}

/** Whether a past clause is the object of a likeness told in the present clause just before it. */
export function isLikenedPast(clause: Clause, before: Clause | undefined): boolean {
  if (!before || before.historical || before.negated || before.hypothetical) return false;
  return LIKENESS_OPENER.test(clause.text) && LIKENESS_VERB.test(before.text) && !NEGATED_LIKENESS.test(before.text);
}
