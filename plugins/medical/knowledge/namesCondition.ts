/**
 * Whether a stretch of text names a knowledge-base condition (its name, a part of its name in
 * brackets, or an alias), on stemmed content words: "history of DVT" names one, "history of tiredness
 * and ice cravings" names symptoms only. Built once from the bundled knowledge base.
 */
import { getKnowledgeIndex } from './createKnowledgeIndex.ts';
import { phraseKeys } from './tokenize.ts';

const MAX_NAME_WORDS = 6;
let names: Set<string> | undefined;

function conditionNames(): Set<string> {
  if (names) return names;
  names = new Set<string>();
  for (const entry of getKnowledgeIndex().kb.conditions) {
    const bracketed = [...entry.name.matchAll(/\(([^)]+)\)/g)].map((m) => m[1] ?? '');
    // "Stroke or mini-stroke (TIA)" names "stroke", "mini-stroke" and "TIA".
    const parts = [entry.name.replace(/\([^)]*\)/g, ' '), ...bracketed, ...entry.aliases].flatMap((n) => n.split(/\s+or\s+/));
    for (const name of parts) {
      const keys = phraseKeys(name);
      if (keys.length > 0 && keys.length <= MAX_NAME_WORDS) names.add(keys.join(' '));
    }
  }
  return names;
}

export function namesCondition(text: string): boolean {
  const keys = phraseKeys(text);
  const known = conditionNames();
  for (let i = 0; i < keys.length; i += 1) {
    for (let n = 1; n <= MAX_NAME_WORDS && i + n <= keys.length; n += 1) if (known.has(keys.slice(i, i + n).join(' '))) return true;
  }
  return false;
}
