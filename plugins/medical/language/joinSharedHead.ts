/**
 * "Difficulty swallowing and breathing", "pain when walking and standing": the word that heads the
 * first gerund governs the one after "and" too, so the two stay one clause and "breathing" keeps its
 * "difficulty" (split apart, "breathing over a day" said nothing).
 */
import { joinItemAfterAnd } from './joinAdjacentSpans.ts';
import type { ClauseSpan } from './splitClauses.ts';

const HEAD_THEN_GERUND =
  /\b(?:difficult(?:y|ies)|trouble|problems?|pain(?:ful)?|hurts?|discomfort|struggl\w*|hard|unable to stop)\s+(?:(?:when|on|while|with|in)\s+)?[a-z]+ing\s*$/;
const OPENS_WITH_GERUND = /^\s*[a-z]+ing\b/;

export function joinSharedHead(spans: readonly ClauseSpan[], text: string): ClauseSpan[] {
  return joinItemAfterAnd(spans, text, HEAD_THEN_GERUND, OPENS_WITH_GERUND);
}
