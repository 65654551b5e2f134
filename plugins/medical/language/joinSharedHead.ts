/**
 * "Difficulty swallowing and breathing", "pain when walking and standing": the word that heads the
 * first gerund governs the one after "and" too, so the two stay one clause and "breathing" keeps its
 * "difficulty" (split apart, "breathing over a day" said nothing).
 */
import { joinAdjacentSpans } from './joinAdjacentSpans.ts';
import type { ClauseSpan } from './splitClauses.ts';

const HEAD_THEN_GERUND =
  /\b(?:difficult(?:y|ies)|trouble|problems?|pain(?:ful)?|hurts?|discomfort|struggl\w*|hard|unable to stop)\s+(?:(?:when|on|while|with|in)\s+)?[a-z]+ing\s*$/;
const OPENS_WITH_GERUND = /^\s*[a-z]+ing\b/;
const AND = /^\s*,?\s*and\s*$/;

export function joinSharedHead(spans: readonly ClauseSpan[], text: string): ClauseSpan[] {
  return joinAdjacentSpans(spans, (previous, span) => joins(previous, span, text));
}

function joins(previous: ClauseSpan, span: ClauseSpan, text: string): boolean {
  if (span.joinedBy !== 'list' || span.opensWithNegation || span.sentence !== previous.sentence) return false;
  return AND.test(text.slice(previous.end, span.start)) && HEAD_THEN_GERUND.test(text.slice(previous.start, previous.end)) && OPENS_WITH_GERUND.test(text.slice(span.start, span.end));
}
