import type { ConditionEntry } from './conditionSchema.ts';
import { loadKnowledgeBase, type KnowledgeBase } from './loadKnowledgeBase.ts';
import { phraseKeys, tokenize, type Token } from './tokenize.ts';

/** A symptom or red-flag phrase found in a message, with offsets into the text that was matched. */
export interface SymptomMatch {
  readonly conditionId: string;
  readonly kind: 'symptom' | 'red_flag';
  /** The knowledge base's wording of the finding (e.g. "burning when passing urine"). */
  readonly term: string;
  readonly start: number;
  readonly end: number;
  readonly weight: number;
  readonly key: boolean;
  /**
   * How specific the matched wording is across the knowledge base, from 0 (every condition lists it)
   * to 1 (one condition does): "fever" says less about which condition it is than "bull's-eye rash".
   */
  readonly specificity: number;
}

export interface SearchHit {
  readonly conditionId: string;
  readonly entry: ConditionEntry;
  readonly score: number;
  /** Message words that matched the entry (as written in the message). */
  readonly matchedTerms: readonly string[];
}

export interface KnowledgeIndex {
  readonly kb: KnowledgeBase;
  get(conditionId: string): ConditionEntry | undefined;
  /** BM25 over names, symptoms and synonyms, red flags and summaries; best first. */
  search(text: string, k?: number): SearchHit[];
  /** Every symptom/red-flag phrase of every condition found in `text` (normalized, lower-case). */
  matchSymptoms(text: string): SymptomMatch[];
}

interface Phrase {
  readonly keys: readonly string[];
  specificity: number;
  /** Match on every word, function words included ("a cold", "the runs"), not only content words. */
  readonly exact: boolean;
  readonly conditionId: string;
  readonly kind: SymptomMatch['kind'];
  readonly term: string;
  readonly weight: number;
  readonly key: boolean;
}

const K1 = 1.2;
const B = 0.75;
const RED_FLAG_WEIGHT = 1;

export function createKnowledgeIndex(kb: KnowledgeBase = loadKnowledgeBase()): KnowledgeIndex {
  const phrasesByFirst = buildPhrases(kb.conditions);
  const docs = kb.conditions.map((entry) => ({ entry, tf: termFrequencies(entry) }));
  const lengths = docs.map((d) => [...d.tf.values()].reduce((a, b) => a + b, 0));
  const avgLength = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
  const df = new Map<string, number>();
  for (const d of docs) for (const term of d.tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = docs.length;
  // Everything of BM25 that does not depend on the query, computed once: per term the documents
  // holding it (in document order) and its idf, per document its length normalisation.
  const postings = new Map<string, { idf: number; docs: { doc: number; tf: number }[] }>();
  docs.forEach((d, doc) => {
    for (const [term, tf] of d.tf) {
      let posting = postings.get(term);
      if (!posting) {
        const f = df.get(term) ?? 0;
        posting = { idf: Math.log(1 + (n - f + 0.5) / (f + 0.5)), docs: [] };
        postings.set(term, posting);
      }
      posting.docs.push({ doc, tf });
    }
  });
  const lengthNorms = lengths.map((len) => K1 * (1 - B + (B * len) / avgLength));

  return {
    kb,
    get: (id) => kb.byId.get(id),
    search(text, k = 5) {
      const queryTokens = tokenize(text.toLowerCase()).filter((t) => !t.stop);
      const queryKeys = new Map<string, string>();
      for (const t of queryTokens) if (!queryKeys.has(t.key)) queryKeys.set(t.key, t.word);
      // Each document's terms are added in query order, as a per-document loop would, so the
      // floating-point sums are the same.
      const scores = new Array<number>(n).fill(0);
      const matched: (string[] | undefined)[] = new Array<string[] | undefined>(n);
      for (const [key, word] of queryKeys) {
        const posting = postings.get(key);
        if (!posting) continue;
        for (const { doc, tf } of posting.docs) {
          scores[doc] = (scores[doc] ?? 0) + (posting.idf * (tf * (K1 + 1))) / (tf + (lengthNorms[doc] ?? K1));
          (matched[doc] ??= []).push(word);
        }
      }
      const hits: SearchHit[] = [];
      docs.forEach((doc, i) => {
        const score = scores[i] ?? 0;
        if (score > 0) hits.push({ conditionId: doc.entry.id, entry: doc.entry, score: round(score), matchedTerms: matched[i] ?? [] });
      });
      return hits.sort((a, b) => b.score - a.score || a.conditionId.localeCompare(b.conditionId)).slice(0, k);
    },
    matchSymptoms(text) {
      return matchPhrases(tokenize(text.toLowerCase()), phrasesByFirst);
    },
  };
}

let defaultIndex: KnowledgeIndex | undefined;

/** The index over the bundled knowledge base, built once per process. */
export function getKnowledgeIndex(): KnowledgeIndex {
  defaultIndex ??= createKnowledgeIndex();
  return defaultIndex;
}

// Field boosts: a condition's name and its symptom words should outrank words in its summary.
function termFrequencies(entry: ConditionEntry): Map<string, number> {
  const tf = new Map<string, number>();
  const addText = (text: string, boost: number): void => {
    for (const key of phraseKeys(text)) tf.set(key, (tf.get(key) ?? 0) + boost);
  };
  addText(entry.name, 3);
  for (const alias of entry.aliases) addText(alias, 2);
  for (const s of entry.symptoms) {
    const boost = Math.max(1, Math.round(s.weight));
    addText(s.term, boost);
    for (const syn of s.synonyms) addText(syn, boost);
  }
  for (const r of entry.redFlags) {
    addText(r.finding, 1);
    for (const syn of r.synonyms) addText(syn, 1);
  }
  addText(entry.summary, 1);
  return tf;
}

/** Phrases by their first key; loose ones are matched on content words, exact ones on every word. */
interface PhrasesByFirst {
  readonly loose: ReadonlyMap<string, readonly Phrase[]>;
  readonly exact: ReadonlyMap<string, readonly Phrase[]>;
}

function buildPhrases(conditions: readonly ConditionEntry[]): PhrasesByFirst {
  const loose = new Map<string, Phrase[]>();
  const exact = new Map<string, Phrase[]>();
  const conditionsByKeys = new Map<string, Set<string>>();
  const all: Phrase[] = [];
  const add = (phrase: Phrase): void => {
    const first = phrase.keys[0];
    all.push(phrase);
    const together = phrase.keys.join(' ');
    const ids = conditionsByKeys.get(together) ?? new Set<string>();
    ids.add(phrase.conditionId);
    conditionsByKeys.set(together, ids);
    if (first === undefined) return;
    const byFirst = phrase.exact ? exact : loose;
    const list = byFirst.get(first) ?? [];
    list.push(phrase);
    byFirst.set(first, list);
  };
  for (const c of conditions) {
    const base = { conditionId: c.id };
    for (const s of c.symptoms) {
      for (const text of [s.term, ...s.synonyms]) {
        const phrase = { ...base, kind: 'symptom' as const, term: s.term, weight: s.weight, key: s.key ?? false, specificity: 1 };
        const { keys, exact } = phraseShape(text);
        add({ ...phrase, keys, exact });
        // Two-word findings are often written the other way round: "throat is sore", "pain in my chest".
        if (!exact && keys.length === 2) add({ ...phrase, exact, keys: [keys[1] ?? '', keys[0] ?? ''] });
      }
    }
    for (const r of c.redFlags) {
      for (const text of [r.finding, ...r.synonyms]) {
        add({ ...base, kind: 'red_flag', term: r.finding, weight: RED_FLAG_WEIGHT, key: false, specificity: 1, ...phraseShape(text) });
      }
    }
  }
  // Inverse document frequency of each wording over the conditions, scaled to 0..1.
  const n = Math.max(2, conditions.length);
  for (const phrase of all) {
    const df = conditionsByKeys.get(phrase.keys.join(' '))?.size ?? 1;
    phrase.specificity = Math.log(n / df) / Math.log(n);
  }
  return { loose, exact };
}

/**
 * A phrase with one content word and some function words ("a cold", "the runs", "my baby") is matched
 * word for word: its content word alone ("cold", "run", "baby") would match far too much.
 */
function phraseShape(text: string): { keys: string[]; exact: boolean } {
  const all = tokenize(text.toLowerCase());
  const content = all.filter((t) => !t.stop).map((t) => t.key);
  return content.length === 1 && all.length > 1 ? { keys: all.map((t) => t.key), exact: true } : { keys: content, exact: false };
}

function matchPhrases(tokens: readonly Token[], phrases: PhrasesByFirst): SymptomMatch[] {
  const content = tokens.filter((t) => !t.stop);
  const found = new Map<string, SymptomMatch>();
  const scan = (list: readonly Token[], byFirst: PhrasesByFirst['loose']): void => list.forEach((token, i) => {
    for (const phrase of byFirst.get(token.key) ?? []) {
      if (!keysAt(list, i, phrase.keys)) continue;
      const last = list[i + phrase.keys.length - 1];
      if (!last) continue;
      const match: SymptomMatch = {
        conditionId: phrase.conditionId,
        kind: phrase.kind,
        term: phrase.term,
        start: token.start,
        end: last.end,
        weight: phrase.weight,
        key: phrase.key,
        specificity: phrase.specificity,
      };
      const id = `${match.conditionId}|${match.kind}|${match.term}|${match.start}`;
      const previous = found.get(id);
      if (!previous || previous.end < match.end) found.set(id, match);
    }
  });
  scan(content, phrases.loose);
  scan(tokens, phrases.exact);
  return dropContained([...found.values()]).sort(
    (a, b) => a.start - b.start || a.conditionId.localeCompare(b.conditionId) || a.term.localeCompare(b.term),
  );
}

function keysAt(list: readonly Token[], at: number, keys: readonly string[]): boolean {
  for (let j = 0; j < keys.length; j += 1) if (list[at + j]?.key !== keys[j]) return false;
  return true;
}

/** Within one condition, a finding whose words sit inside a longer matched finding is the same evidence. */
function dropContained(matches: readonly SymptomMatch[]): SymptomMatch[] {
  return matches.filter(
    (m) =>
      !matches.some(
        (o) =>
          o !== m &&
          o.conditionId === m.conditionId &&
          o.term !== m.term &&
          o.start <= m.start &&
          o.end >= m.end &&
          o.end - o.start > m.end - m.start,
      ),
  );
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
