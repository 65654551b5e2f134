/**
 * Where a clause that tells the past turns to the present. A time anchor ("in 2019", "two years ago",
 * "used to", "as a child") marks its whole clause historical, and a writer does not always put a comma
 * or an "and" between the past and the present: "had a clot in my leg two years ago since this morning
 * I can't catch my breath", "I had a stroke in 2020 today my face is drooping", "I had a heart attack
 * in 2015 so I'm scared because I have crushing chest pain". The anchor governs only the words up to a
 * marker of the present after it: a time of today ("today", "since this morning", "an hour ago", "right
 * now"), or a subject with a verb in the present tense ("I'm", "I have", "my face is"). The words
 * from the marker on are a clause of their own, read as current.
 *
 * The other way round, a current finding compared with a past one ("crushing chest pain, the same as my
 * heart attack years ago", "my face is drooping just like when I had my stroke in 2020") is current up
 * to the comparison; the comparison and what follows are the past.
 */
import { HISTORY_RE, PAST_EPISODE_RE } from './clauseCues.ts';
import type { ClauseSpan } from './splitClauses.ts';

/** A past time anchor: the history cues of clauseCues, and a stay dated months back. */
const ANCHOR = new RegExp(`${HISTORY_RE.source}|${PAST_EPISODE_RE.source}|\\b(?:months? ago|last month)\\b`, 'g');

const COUNT = String.raw`(?:an?|one|two|three|four|five|six|\d+|a few|a couple of|several)`;
/** A time of today: what follows it is happening now. */
const TODAY = String.raw`\b(?:today|tonight|right now|at the moment|at present|currently|this (?:morning|afternoon|evening|week)|since (?:this|last night|yesterday|earlier|${COUNT} (?:minutes?|hours?|days?) ago)|(?:from |about |around )?${COUNT} (?:minutes?|hours?) ago)\b`;
/**
 * A subject with a present-tense verb, not bound by "when", "if", "because" to the past it follows
 * ("used to get migraines when I'm stressed" keeps "when I'm stressed" in the past).
 */
const BOUND = String.raw`(?<!\b(?:when|whenever|if|as|because|cause|like|after|before|until|while|that|which|who) )`;
const PRESENT_SUBJECT = String.raw`${BOUND}\b(?:(?:i|he|she|they|we|it) (?:am|is|are|have|has|can't|cannot|can|keep|keeps|feel|feels|still|now)|i'm|im|i've|ive|he's|she's|it's|they're|we're|(?:my|his|her|their|our) (?:[a-z]+ ){1,2}(?:is|are|has|have|keeps?|feels?|looks?|seems?))\b`;
/** A present verb right after the anchor, whose subject came before it ("my husband who had a heart attack in 2014 is clutching his chest"). */
// Not "has left him weak", "has had": what the past left behind.
const DIRECT_PRESENT = /^\W{0,2}\b(?:is|are|has(?! (?:left|been left|had)\b)|keeps|can't|cannot)\b/;
const PRESENT = new RegExp(`${TODAY}|${PRESENT_SUBJECT}`, 'g');
const TODAY_RE = new RegExp(TODAY);

/** Whether a clause dates itself to today ("this morning", "right now", "an hour ago"). */
export function tellsToday(clause: string): boolean {
  return TODAY_RE.test(clause);
}
/** A comparison of what is happening with a past episode. */
const COMPARISON = /\b(?:(?:just |exactly )?like (?:when|the time|last time|before|my|his|her|i had|he had|she had)|(?:just |exactly )?(?:the )?same as|similar to)\b/g;

/** Splits each clause where its past turns to the present, and where a present finding is compared to a past one. */
export function splitAtPresentTurn<S extends ClauseSpan>(spans: readonly S[], text: string): S[] {
  return spans.flatMap((span) => {
    if ('pastHistory' in span && span.pastHistory === true) return [span];
    const cuts = presentCuts(text, span.start, span.end);
    if (cuts.length === 0) return [span];
    const out: S[] = [];
    let at = span.start;
    for (const cut of [...cuts, span.end]) {
      if (/[\p{L}\p{N}]/u.test(text.slice(at, cut))) {
        out.push(out.length === 0 ? { ...span, start: at, end: cut } : { ...span, start: at, end: cut, opensWithNegation: false, joinedBy: 'break' });
      }
      at = cut;
    }
    return out;
  });
}

/** Offsets inside `[start, end)` where a new clause begins. */
function presentCuts(text: string, start: number, end: number): number[] {
  const clause = text.slice(start, end);
  const cuts = new Set<number>();
  for (const anchor of clause.matchAll(ANCHOR)) {
    const after = anchor.index + anchor[0].length;
    PRESENT.lastIndex = after;
    const present = PRESENT.exec(clause);
    const rest = clause.slice(after);
    const direct = DIRECT_PRESENT.exec(rest);
    if (direct) cuts.add(start + after + direct.index);
    else if (present) cuts.add(start + present.index);
    // A comparison before the anchor, after words of its own: the words before it are current.
    const before = [...clause.slice(0, anchor.index).matchAll(COMPARISON)].at(-1);
    if (before && /[\p{L}\p{N}]/u.test(clause.slice(0, before.index))) cuts.add(start + before.index);
  }
  return [...cuts].sort((a, b) => a - b);
}
