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

const AND = /^\s*,?\s*and\s*$/;

/**
 * Joins a list item cut at "and" to the clause before it, in the same sentence and not opened by a
 * denial, when the clause before matches `before` and the item matches `item`: the two name one finding.
 */
export function joinItemAfterAnd(spans: readonly ClauseSpan[], text: string, before: RegExp, item: RegExp): ClauseSpan[] {
  return joinAdjacentSpans(
    spans,
    (previous, span) =>
      span.joinedBy === 'list' &&
      !span.opensWithNegation &&
      span.sentence === previous.sentence &&
      AND.test(text.slice(previous.end, span.start)) &&
      before.test(text.slice(previous.start, previous.end)) &&
      item.test(text.slice(span.start, span.end)),
  );
}
