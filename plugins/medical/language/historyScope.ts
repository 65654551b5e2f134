/**
 * Past medical history inside a clause: a history cue ("history of", "h/o", "s/p", "previous",
 * "prior", "known") governs the few words after it, up to where the text turns to the current illness
 * ("presents with", "now", "with", a new subject), so "a man with a history of angina presents with
 * crushing chest pain" keeps the chest pain current and makes the angina a risk factor. A cue only
 * ever governs its own clause: the splitter already ends it at punctuation, "and", "but".
 */
import { namesCondition } from '../knowledge/namesCondition.ts';
import type { ClauseSpan } from './splitClauses.ts';

/** A history cue; "a 3-day history of cough" dates the current illness and is not one. */
const CUE = new RegExp(
  [
    String.raw`(?<!\b(?:\d+|an?|one|two|three|four|five|six|seven|ten|few|several|many|long)[- ](?:hours?|days?|weeks?|months?)[- ])\b(?:(?:past |previous |prior |known |medical )*(?:medical )?history of|hx of|h/o|pmhx?(?: of)?)\b`,
    String.raw`\bs/p\b|\bstatus post\b`,
    // "previous DVT", "prior MI", "previously had a stroke"; never "previously healthy", "the previous night", "prior to".
    String.raw`\b(?:previous|prior)\b(?! (?:to|day|night|evening|morning|week|hours?|days?|weeks?|healthy|well|fit)\b)|\bpreviously\b(?! (?:healthy|well|fit)\b)`,
    // "a known asthmatic", "known to have epilepsy", "known COPD"; never "no known allergies" (a denial).
    String.raw`(?<!\bno )\bknown\b(?: to (?:have|be))?(?= \w)(?! (?:to me|about|for|as)\b)`,
  ].join('|'),
  'g',
);

/**
 * Where the text turns from the past to the current illness: a new owner with its verb ("known
 * asthmatic, his lips are blue"), or the sentence's own verb ("a man with known myasthenia has
 * difficulty swallowing": the history is the subject's description, the verb starts the story).
 */
const TURN =
  /\b(?:presents?|presenting|presented|complains?|complaining|reports?|reporting|describes?|comes?|came|attends?|attended|is brought|was brought|brought in|admitted|who|which|that|now|currently|today|tonight|this (?:morning|afternoon|evening)|since|with|develop(?:s|ed)?|started|starts|is having|has been|noticed|woke|suddenly|i|i'm|im|he|she|they|but)\b|\b(?:my|his|her|their|our)\b(?=(?: [a-z]+){0,3} (?:is|are|was|were|has|have|keeps|looks|feels|went|goes|turned|became)\b)/g;

/** The sentence's own verb; it ends a history only after the history's words ("previously had a stroke" is all history). */
const VERB_TURN = /\b(?:has|have|had|is|are|was|were)\b/g;

/**
 * A history that is the current illness: told after a presenting verb ("presented with a history of
 * fever", "complains of a history of"), or dated as recent ("a history of cough for the last 3 weeks",
 * "history of malaise since Monday").
 */
const PRESENTING_BEFORE = /\b(?:presents?|presenting|presented|complains?|complaining|comes?|came|attends?|attended|brought in|is brought|was brought)\b[^|]*$/;
const RECENT_AFTER = /^[^|.;]{0,60}?\b(?:for the (?:last|past)|over the (?:last|past)|in the (?:last|past) (?:\d+|few|several|two|three)|for (?:\d+|a|one|two|three|four|five|six|several|a few) (?:hours?|days?|weeks?|months?)|since (?:yesterday|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d)|recently|lately)\b/;

const SYMPTOM_HISTORY_CUE = /history of|hx of|h\/o/;

/** A cue governs at most this many words. */
const MAX_SCOPE_WORDS = 8;

export interface HistoryPiece {
  readonly start: number;
  readonly end: number;
}

/** The parts of `[start, end)` of `text` that a history cue governs. */
export function findHistoryScopes(text: string, start: number, end: number): HistoryPiece[] {
  const clause = text.slice(start, end);
  const pieces: HistoryPiece[] = [];
  for (const cue of clause.matchAll(CUE)) {
    const from = cue.index;
    if (pieces.some((p) => start + from < p.end)) continue;
    const after = from + cue[0].length;
    if (PRESENTING_BEFORE.test(clause.slice(0, from)) || RECENT_AFTER.test(clause.slice(after))) continue;
    TURN.lastIndex = after;
    const turn = TURN.exec(clause);
    let to = turn ? turn.index : clause.length;
    VERB_TURN.lastIndex = after;
    const verb = VERB_TURN.exec(clause);
    if (verb && verb.index < to && /[\p{L}\p{N}]/u.test(clause.slice(after, verb.index))) to = verb.index;
    // Bounded: a long stretch after a cue is more likely the story than the history.
    const words = [...clause.slice(after, to).matchAll(/\S+/g)];
    const limit = words[MAX_SCOPE_WORDS];
    if (limit) to = after + limit.index;
    // "a history of" symptoms only ("history of tiredness and breathlessness on exertion") is how case
    // notes tell the current complaint; a history of a condition ("history of DVT") is past history.
    if (SYMPTOM_HISTORY_CUE.test(cue[0]) && !namesCondition(clause.slice(after, to))) continue;
    pieces.push({ start: start + from, end: start + to });
  }
  return pieces;
}

/**
 * Splits each clause at its history scopes: the cue and the words it governs become a clause marked
 * `pastHistory`, the words before and after stay as they were read.
 */
export function narrowHistory(spans: readonly ClauseSpan[], text: string): (ClauseSpan & { readonly pastHistory?: boolean })[] {
  return spans.flatMap((span) => {
    if (span.opensWithNegation) return [span];
    const scopes = findHistoryScopes(text, span.start, span.end);
    if (scopes.length === 0) return [span];
    const out: (ClauseSpan & { pastHistory?: boolean })[] = [];
    let at = span.start;
    const hasWords = (a: number, b: number): boolean => /[\p{L}\p{N}]/u.test(text.slice(a, b));
    for (const scope of scopes) {
      if (hasWords(at, scope.start)) out.push({ ...span, start: at, end: scope.start });
      // Joined as a list item, so that a denial it continues ("no fever or history of allergy") still holds.
      out.push({ ...span, start: scope.start, end: scope.end, opensWithNegation: false, joinedBy: out.length === 0 ? span.joinedBy : 'list', pastHistory: true });
      at = scope.end;
    }
    if (hasWords(at, span.end)) out.push({ ...span, start: at, end: span.end, opensWithNegation: false, joinedBy: 'break' });
    return out;
  });
}
