/** Joins each clause span to the one before it when `joins` says the two are one clause. */
import type { ClauseSpan } from './splitClauses.ts';

export function joinAdjacentSpans(spans: readonly ClauseSpan[], joins: (previous: ClauseSpan, span: ClauseSpan) => boolean): ClauseSpan[] {
  const out: ClauseSpan[] = [];
  for (const span of spans) {
    const previous = out.at(-1);
    if (previous !== undefined && joins(previous, span)) out[out.length - 1] = { ...previous, end: span.end };
    else out.push(span);
  }
  return out;
}
