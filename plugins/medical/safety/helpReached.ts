/**
 * Whether the user says professional help has arrived or they are in care, which ends a session's
 * emergency advice. Calling the number is deliberately not enough: until someone is with them we
 * keep telling them what to do. Only asserted clauses count ("the ambulance isn't here yet" does not).
 */
import { isAssertedClause } from '../language/analyzeMessage.ts';
import type { MessageAnalysis } from '../language/MessageAnalysis.ts';

const HELP_REACHED_RE = new RegExp(
  [
    String.raw`\b(?:ambulance|paramedics?|emts?|medics|doctors?|nurses?|help|firefighters|responders|911|999)\b[^|]{0,20}\b(?:is|are|has|have|just)? ?(?:here|arrived|came|come|with (?:us|me|him|her)|treating)\b`,
    String.raw`\b(?:i'm|im|i am|we're|were|we are|he's|she's|they're|he is|she is|now|already)\b[^|]{0,15}\b(?:at|in) (?:the )?(?:hospital|er|emergency room|emergency department|a&e|ed|ambulance|urgent care|clinic)\b`,
    String.raw`\b(?:being (?:seen|treated|looked after)|admitted|in (?:the )?(?:hospital|ambulance))\b`,
    String.raw`\b(?:llegó|llegaron) (?:la ambulancia|los paramédicos)\b|\bestamos en (?:el|urgencias)\b|\bestoy en (?:el hospital|urgencias)\b`,
    String.raw`\b(?:les secours|l'ambulance|le samu|les pompiers) (?:sont|est) (?:là|arrivée?s?)\b|\b(?:je suis|nous sommes) (?:à l'hôpital|aux urgences)\b`,
  ].join('|'),
);

export function helpReached(analysis: MessageAnalysis): boolean {
  return analysis.clauses.some(
    (c) => isAssertedClause(c) && HELP_REACHED_RE.test(analysis.normalized.slice(c.start, c.end)),
  );
}
