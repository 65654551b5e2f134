import type { HistoryMessage } from '../../plugins/sdk/index.ts';
import { normalizeUserText } from './normalizeUserText.ts';

// Each plugin of a turn gets the same history array: it is read once per turn.
const remembered = new WeakMap<readonly HistoryMessage[], readonly HistoryMessage[]>();

/**
 * The history as plugins read it: the person's earlier messages normalised like the current one (the
 * safety agent re-reads them: "it got worse" after "chest pain"), the assistant's left as they are.
 */
export function normalizeHistory(history: readonly HistoryMessage[]): readonly HistoryMessage[] {
  let seen = remembered.get(history);
  if (!seen) {
    seen = history.map((m) => {
      if (m.role !== 'user') return m;
      const text = normalizeUserText(m.content).text;
      return text === m.content ? m : { ...m, content: text };
    });
    remembered.set(history, seen);
  }
  return seen;
}
