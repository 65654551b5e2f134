/**
 * Reads a message into clauses marked negated / historical / hypothetical / third-party, so medical
 * rules only count findings the writer asserts as current. See MessageAnalysis.ts for the contract.
 */
import type { Clause, MessageAnalysis } from './MessageAnalysis.ts';
import { HISTORY_RE, HYPOTHETICAL_RE, SELF_RE, THIRD_PARTY_RE } from './clauseCues.ts';
import { memoizeByText } from '../memoizeByText.ts';
import { detectLanguage } from './detectLanguage.ts';
import { normalizeText } from './normalizeText.ts';
import { splitClauses, type ClauseSpan } from './splitClauses.ts';

const QUESTION_OPENER = /^\s*(?:what|how|which|when|why|is|are|can|could|should|does|do|would|qué|cuál|cuáles|cómo|quels?|quelles?|comment|est-ce)\b/;
// A short verbless clause after a negated one continues its list: "no fever, cough or rash".
const HAS_OWN_PREDICATE =
  /\b(?:i|i'm|im|my|he|she|it|it's|is|are|am|was|were|feel|feels|have|has|had|got|gets|just|only|still|also|now|but|says|said|reports|hurts|hurt|aches|looks|seems|started|keeps|became|can|can't|tengo|estoy|je|j'ai|il|elle|est)\b/;

// Context, triage and diagnostic agents each read the turn's message: it is analysed once.
const rememberedAnalysis = memoizeByText(readMessage);

export function analyzeMessage(text: string): MessageAnalysis {
  return rememberedAnalysis(text);
}

function readMessage(text: string): MessageAnalysis {
  const normalized = normalizeText(text);
  const { language, clauses } = rememberedReading(normalized);
  return {
    original: text,
    normalized,
    language,
    clauses: clauses.map((c) => ({
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      negated: c.negated,
      historical: c.historical,
      hypothetical: c.hypothetical,
      subject: c.subject,
    })),
  };
}

/** Everything of an analysis that depends on the normalized text alone. */
interface Reading {
  readonly language: MessageAnalysis['language'];
  readonly clauses: readonly Omit<Clause, 'text'>[];
}

// The safety agent analyses the same message with assistant-directed instructions blanked out, which
// usually leaves the normalized text as it was: the clause reading is shared then.
const rememberedReading = memoizeByText(readNormalized);

function readNormalized(normalized: string): Reading {
  const language = detectLanguage(normalized);
  const spans = splitClauses(normalized, language);
  const hypotheticalFrom = hypotheticalStarts(normalized, spans);
  const clauses: Omit<Clause, 'text'>[] = [];
  let subject: Clause['subject'] = 'self';
  spans.forEach((span, i) => {
    const clauseText = normalized.slice(span.start, span.end);
    const previous = clauses[i - 1];
    const inherited =
      previous !== undefined &&
      previous.negated &&
      span.joinedBy === 'list' &&
      clauseText.trim().split(/\s+/).length <= 5 &&
      !HAS_OWN_PREDICATE.test(clauseText);
    if (THIRD_PARTY_RE.test(clauseText)) subject = 'third_party';
    else if (SELF_RE.test(clauseText)) subject = 'self';
    clauses.push({
      start: span.start,
      end: span.end,
      negated: span.opensWithNegation || inherited,
      historical: HISTORY_RE.test(clauseText),
      hypothetical: hypotheticalFrom.get(span.sentence) !== undefined && i >= (hypotheticalFrom.get(span.sentence) ?? 0),
      subject,
    });
  });
  return { language, clauses };
}

/** Per sentence, the first clause index from which clauses are hypothetical. */
function hypotheticalStarts(normalized: string, spans: readonly ClauseSpan[]): Map<number, number> {
  const from = new Map<number, number>();
  spans.forEach((span, i) => {
    if (from.has(span.sentence)) return;
    if (!HYPOTHETICAL_RE.test(normalized.slice(span.start, span.end))) return;
    // A question that opens with a question word is hypothetical from its first clause.
    const first = spans.findIndex((s) => s.sentence === span.sentence);
    const opener = spans[first];
    const isQuestion = opener !== undefined && QUESTION_OPENER.test(normalized.slice(opener.start, span.end));
    from.set(span.sentence, isQuestion ? first : i);
  });
  return from;
}

/** A clause whose findings the writer reports as current and real (for them or someone present). */
export function isAssertedClause(clause: Clause): boolean {
  return !clause.negated && !clause.historical && !clause.hypothetical;
}

/** Text of the asserted clauses, joined with a separator no pattern spans. */
export function assertedText(analysis: MessageAnalysis): string {
  return analysis.clauses
    .filter(isAssertedClause)
    .map((c) => analysis.normalized.slice(c.start, c.end))
    .join(' | ');
}
