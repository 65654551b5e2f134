import type { ConditionEntry } from './conditionSchema.ts';
import { loadKnowledgeBase, type KnowledgeBase } from './loadKnowledgeBase.ts';
import { memoizeByText } from '../memoizeByText.ts';
import { isNegationKey, phraseKeys, tokenize, type Token } from './tokenize.ts';

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
  /** Found with its words apart ("pain in my right eye" for "eye pain"), not as written in the knowledge base. */
  readonly near?: boolean;
  /**
   * How many negation words the knowledge base's own wording holds between its first and last words
   * ("erection that won't go down": 1); a negation that opens or ends a wording is not counted.
   */
  readonly ownNegations?: number;
}

export interface SearchHit {
  readonly conditionId: string;
  readonly entry: ConditionEntry;
  readonly score: number;
  /** Message words that matched the entry (as written in the message). */
  readonly matchedTerms: readonly string[];
}

export interface ConditionScore {
  readonly conditionId: string;
  readonly score: number;
}

export interface KnowledgeIndex {
  readonly kb: KnowledgeBase;
  get(conditionId: string): ConditionEntry | undefined;
  /** BM25 over names, symptoms and synonyms, red flags and summaries; best first. */
  search(text: string, k?: number): SearchHit[];
  /** `search`'s first k conditions and scores, without the matched words: for callers that only weigh them. */
  topScores(text: string, k: number): ConditionScore[];
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
  /**
   * The knowledge base's wording holds a comma or a joining word ("pain and swelling"); other phrases
   * match only inside one stretch of the message ("eye, and bulging" is not "eye bulging").
   */
  readonly joined?: boolean;
  /** Which finding (condition, kind and term) the phrase is a wording of: synonyms share it. */
  readonly finding: number;
}

/** A query's documents, best first, with what `search` needs to name the words that matched. */
interface Ranking {
  readonly keys: readonly string[];
  readonly words: readonly string[];
  /** Documents best first, and their scores: typed arrays, so a remembered ranking is two objects for the GC, not hundreds. */
  readonly docs: Int32Array;
  readonly scores: Float64Array;
}

interface Doc {
  readonly entry: ConditionEntry;
  readonly tf: Map<string, number>;
}

const K1 = 1.2;
const B = 0.75;
const RED_FLAG_WEIGHT = 1;
// A ranking's packed sort key: (MAX_THOUSANDTHS - score in thousandths) * PLACES + the id-order place,
// a whole number below 2^53 for scores under a million.
const PLACES = 65536;
const MAX_THOUSANDTHS = 1e9;

export function createKnowledgeIndex(kb: KnowledgeBase = loadKnowledgeBase()): KnowledgeIndex {
  const phrasesByFirst = buildPhrases(kb.conditions);
  const docs: Doc[] = kb.conditions.map((entry) => ({ entry, tf: termFrequencies(entry) }));
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
  const scores = new Float64Array(n);
  // Ties are broken by id (localeCompare): each document's place in that order, computed once, so a
  // ranking sorts plain numbers (score and place packed in one) instead of calling a comparator.
  const byPlace = Int32Array.from(docs.map((_, doc) => doc).sort((a, b) => (docs[a] as Doc).entry.id.localeCompare((docs[b] as Doc).entry.id)));
  const place = new Int32Array(n);
  byPlace.forEach((doc, at) => (place[doc] = at));
  if (n > PLACES) throw new Error(`the knowledge index ranks at most ${PLACES} conditions`);

  // A turn searches its message's asserted text twice (the context agent's passages, the diagnostic
  // ranking's word overlap): the ranking of a text is remembered, each search takes its first k.
  const rank = memoizeByText((text: string): Ranking => {
    const queryTokens = tokenize(text.toLowerCase()).filter((t) => !t.stop);
    // Each distinct key once, with the word that first brought it.
    const keys: string[] = [];
    const words: string[] = [];
    const seen = new Set<string>();
    for (const t of queryTokens) {
      if (seen.has(t.key)) continue;
      seen.add(t.key);
      keys.push(t.key);
      words.push(t.word);
    }
    // Scores in one array kept for the index (the ranking is synchronous): a query's common words touch
    // most documents. Each document's terms are added in query order, as a per-document loop would,
    // so the floating-point sums are the same.
    scores.fill(0);
    for (const key of keys) {
      const posting = postings.get(key);
      if (!posting) continue;
      for (const { doc, tf } of posting.docs) scores[doc] = (scores[doc] as number) + (posting.idf * (tf * (K1 + 1))) / (tf + (lengthNorms[doc] ?? K1));
    }
    // Highest score first, then id order: a smaller packed number sorts first. Scores are rounded to
    // thousandths, so comparing them is comparing whole thousandths, exact in the packed number.
    let count = 0;
    for (let doc = 0; doc < n; doc++) if ((scores[doc] as number) > 0) count++;
    const packed = new Float64Array(count);
    count = 0;
    for (let doc = 0; doc < n; doc++) {
      const score = scores[doc] as number;
      if (score > 0) packed[count++] = (MAX_THOUSANDTHS - Math.round(score * 1000)) * PLACES + (place[doc] as number);
    }
    packed.sort();
    const ranked = new Int32Array(count);
    const rankedScores = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      const doc = byPlace[(packed[i] as number) % PLACES] as number;
      ranked[i] = doc;
      rankedScores[i] = round(scores[doc] as number);
    }
    return { keys, words, docs: ranked, scores: rankedScores };
  });

  return {
    kb,
    get: (id) => kb.byId.get(id),
    search(text, k = 5) {
      const ranking = rank(text);
      const hits: SearchHit[] = [];
      for (let i = 0; i < Math.min(k, ranking.docs.length); i++) {
        const { entry, tf } = docs[ranking.docs[i] as number] as Doc;
        const matchedTerms: string[] = [];
        for (let j = 0; j < ranking.keys.length; j++) if (tf.has(ranking.keys[j] as string)) matchedTerms.push(ranking.words[j] as string);
        hits.push({ conditionId: entry.id, entry, score: ranking.scores[i] as number, matchedTerms });
      }
      return hits;
    },
    topScores(text, k) {
      const ranking = rank(text);
      const top: ConditionScore[] = [];
      for (let i = 0; i < Math.min(k, ranking.docs.length); i++) {
        top.push({ conditionId: (docs[ranking.docs[i] as number] as Doc).entry.id, score: ranking.scores[i] as number });
      }
      return top;
    },
    matchSymptoms(text) {
      const lower = text.toLowerCase();
      return matchPhrases(tokenize(lower), phrasesByFirst, lower);
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

/**
 * Phrases as tries of their keys, so a message word walks only the phrases that go on with its next
 * words instead of testing every phrase that starts with it ("pain" starts hundreds); loose ones are
 * matched on content words, exact ones on every word.
 */
interface PhrasesByFirst {
  readonly loose: PhraseTrie;
  readonly exact: PhraseTrie;
  /** Loose phrases of 2–3 distinct content words, by their rarest word, for matching with the words apart. */
  readonly near: ReadonlyMap<string, readonly Phrase[]>;
  /** How many findings the phrases are wordings of (each phrase's `finding` is below it). */
  readonly findings: number;
}

function buildPhrases(conditions: readonly ConditionEntry[]): PhrasesByFirst {
  const loose = createTrie();
  const exact = createTrie();
  const conditionsByKeys = new Map<string, Set<string>>();
  const all: Phrase[] = [];
  const findings = new Map<string, number>();
  const add = (wording: Omit<Phrase, 'finding'>): void => {
    const findingId = `${wording.conditionId}|${wording.kind}|${wording.term}`;
    if (!findings.has(findingId)) findings.set(findingId, findings.size);
    const phrase: Phrase = { ...wording, finding: findings.get(findingId) as number };
    const first = phrase.keys[0];
    all.push(phrase);
    const together = phrase.keys.join(' ');
    const ids = conditionsByKeys.get(together) ?? new Set<string>();
    ids.add(phrase.conditionId);
    conditionsByKeys.set(together, ids);
    if (first === undefined) return;
    let node = phrase.exact ? exact : loose;
    for (const key of phrase.keys) {
      let next = node.next.get(key);
      if (!next) node.next.set(key, (next = createTrie()));
      node = next;
    }
    node.ends.push(phrase);
  };
  for (const c of conditions) {
    const base = { conditionId: c.id };
    for (const s of c.symptoms) {
      for (const text of [s.term, ...s.synonyms]) {
        const phrase = { ...base, kind: 'symptom' as const, term: s.term, weight: s.weight, key: s.key ?? false, specificity: 1 };
        const { keys, exact } = phraseShape(text);
        add({ ...phrase, keys, exact, joined: breaksBetween(text) });
        // Two-word findings are often written the other way round: "throat is sore", "pain in my chest".
        if (!exact && keys.length === 2) add({ ...phrase, exact, joined: breaksBetween(text), keys: [keys[1] ?? '', keys[0] ?? ''] });
      }
    }
    for (const r of c.redFlags) {
      for (const text of [r.finding, ...r.synonyms]) {
        add({ ...base, kind: 'red_flag', term: r.finding, weight: RED_FLAG_WEIGHT, key: false, specificity: 1, joined: breaksBetween(text), ...phraseShape(text) });
      }
    }
  }
  // Inverse document frequency of each wording over the conditions, scaled to 0..1.
  const n = Math.max(2, conditions.length);
  for (const phrase of all) {
    const df = conditionsByKeys.get(phrase.keys.join(' '))?.size ?? 1;
    phrase.specificity = Math.log(n / df) / Math.log(n);
  }
  return { loose, exact, near: nearPhrases(all), findings: findings.size };
}

/**
 * The phrases the words-apart matcher may find: loose ones of 2–3 distinct content words, none a
 * negation (an absence must be told as written). Each is filed under its rarest word, so a message
 * word only wakes the few phrases it can anchor. Derived from the knowledge base, never listed by hand.
 */
function nearPhrases(all: readonly Phrase[]): Map<string, Phrase[]> {
  const eligible = all.filter(
    (p) => !p.exact && p.keys.length >= 2 && p.keys.length <= NEAR_MAX_KEYS && new Set(p.keys).size === p.keys.length && !p.keys.some(isNegationKey),
  );
  const frequency = new Map<string, number>();
  for (const p of eligible) for (const k of p.keys) frequency.set(k, (frequency.get(k) ?? 0) + 1);
  const byAnchor = new Map<string, Phrase[]>();
  const seen = new Set<string>();
  for (const p of eligible) {
    // A reversed two-word phrase is the same phrase to an order-free matcher.
    const id = `${p.conditionId}|${p.kind}|${p.term}|${[...p.keys].sort().join(' ')}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const anchor = [...p.keys].sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || a.localeCompare(b))[0] ?? '';
    const list = byAnchor.get(anchor) ?? [];
    list.push(p);
    byAnchor.set(anchor, list);
  }
  return byAnchor;
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

function matchPhrases(tokens: readonly Token[], phrases: PhrasesByFirst, text: string): SymptomMatch[] {
  const content = tokens.filter((t) => !t.stop);
  // Matches by finding and start, a number: a string key per candidate was most of a message's garbage here.
  const found = new Map<number, SymptomMatch>();
  const findingAt = (finding: number, start: number): number => start * phrases.findings + finding;
  const scan = (list: readonly Token[], trie: PhraseTrie): void => {
    for (let i = 0; i < list.length; i++) {
      const token = list[i] as Token;
      // Whether a break separates the words so far is computed once per depth, for the phrases that need it.
      let broken = false;
      let node = trie.next.get(token.key);
      for (let j = i; node !== undefined; node = list[++j] === undefined ? undefined : node.next.get((list[j] as Token).key)) {
        const last = list[j] as Token;
        if (j > i) broken ||= breaksBetween(text.slice((list[j - 1] as Token).end, last.start));
        for (const phrase of node.ends) {
          if (!phrase.joined && phrase.keys.length > 1 && broken) continue;
          const id = findingAt(phrase.finding, token.start);
          const previous = found.get(id);
          if (previous && previous.end >= last.end) continue;
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
          const negations = ownNegations(phrase.keys);
          if (negations > 0) (match as { ownNegations?: number }).ownNegations = negations;
          found.set(id, match);
        }
      }
    }
  };
  scan(content, phrases.loose);
  scan(tokens, phrases.exact);
  // The matches so far by finding, for the words-apart matcher's overlap test.
  let byFinding: Map<number, SymptomMatch[]> | undefined;
  matchNear(tokens, phrases.near, text, (match, finding) => {
    const id = findingAt(finding, match.start);
    if (found.has(id)) return;
    byFinding ??= groupFound(found, phrases.findings);
    const same = byFinding.get(finding);
    if (same?.some((a) => a.start < match.end && match.start < a.end)) return;
    found.set(id, match);
    if (same) same.push(match);
    else byFinding.set(finding, [match]);
  });
  return dropContained([...found.values()]).sort(
    (a, b) => a.start - b.start || a.conditionId.localeCompare(b.conditionId) || a.term.localeCompare(b.term),
  );
}

// Every message's every word is looked up here on its turn's setup: no empty array per miss.
const NO_PHRASES: readonly Phrase[] = [];

/** Negation words strictly between a wording's first and last words. */
function ownNegations(keys: readonly string[]): number {
  let n = 0;
  for (let i = 1; i < keys.length - 1; i++) if (isNegationKey(keys[i] as string)) n++;
  return n;
}

/** Whether a comma, stop or joining word ("and", "but", "when") separates words of this text. */
function breaksBetween(between: string): boolean {
  if (BREAK_TEXT.test(between)) return true;
  // The words (runs of letters) one by one, without splitting the text into an array first.
  const lower = between.toLowerCase();
  LETTERS.lastIndex = 0;
  for (let m = LETTERS.exec(lower); m !== null; m = LETTERS.exec(lower)) if (BREAK_WORDS.has(m[0])) return true;
  return false;
}
const LETTERS = /\p{L}+/gu;

/** The matches found so far (keyed by start × findings + finding) by their finding. */
function groupFound(found: ReadonlyMap<number, SymptomMatch>, findings: number): Map<number, SymptomMatch[]> {
  const groups = new Map<number, SymptomMatch[]>();
  for (const [id, match] of found) {
    const finding = id % findings;
    const list = groups.get(finding);
    if (list) list.push(match);
    else groups.set(finding, [match]);
  }
  return groups;
}

interface PhraseTrie {
  readonly next: Map<string, PhraseTrie>;
  /** The phrases whose keys end at this node. */
  readonly ends: Phrase[];
}

function createTrie(): PhraseTrie {
  return { next: new Map(), ends: [] };
}

// The words-apart matcher: a phrase's 2–3 content words within a few words of each other, in any
// order, inside one stretch of text that no punctuation or joining word ("and", "but", "when") breaks,
// with no negation among them: "severe pain in my right eye" is "eye pain", "my right leg is swollen"
// is "swollen leg", "headache, the worst of my life" is not (a comma breaks it).
const NEAR_MAX_KEYS = 3;
/** Other content words allowed between and around the phrase's words. */
const NEAR_MAX_GAP = 2;
/** A finding read with its words apart is a little less certain than one written as a phrase. */
const NEAR_WEIGHT = 0.85;
const BREAK_TEXT = /[,.;:!?|()[\]\n]/;
const APPOSITION = new Set(['the', 'a', 'an']);
const BREAK_WORDS = new Set([
  'and', 'or', 'but', 'nor', 'then', 'while', 'when', 'whenever', 'because', 'although', 'though', 'whereas', 'which', 'who', 'except',
  'if', 'unless', 'until', 'after', 'before', 'since', 'also', 'plus', 'y', 'o', 'pero', 'et', 'ou', 'mais',
]);

function matchNear(tokens: readonly Token[], near: PhrasesByFirst['near'], text: string, onMatch: (match: SymptomMatch, finding: number) => void): void {
  // Content words with the stretch of text each sits in.
  const content: { token: Token; stretch: number }[] = [];
  let stretch = 0;
  let previousEnd = -1;
  for (const token of tokens) {
    if (BREAK_WORDS.has(token.word)) {
      stretch += 1;
      previousEnd = token.end;
      continue;
    }
    const between = text.slice(previousEnd, token.start);
    // "headache, the worst of my life": a comma before a determiner opens an apposition to the same thing.
    const apposition = between.trim() === ',' && APPOSITION.has(token.word);
    if (previousEnd >= 0 && BREAK_TEXT.test(between) && !apposition) stretch += 1;
    previousEnd = token.end;
    if (!token.stop) content.push({ token, stretch });
  }
  content.forEach(({ token, stretch: at }, i) => {
    for (const phrase of near.get(token.key) ?? NO_PHRASES) {
      const width = phrase.keys.length + NEAR_MAX_GAP;
      const from = Math.max(0, i - width + 1);
      const to = Math.min(content.length - 1, i + width - 1);
      const positions: number[] = [];
      for (const key of phrase.keys) {
        let best = -1;
        for (let j = from; j <= to; j += 1) {
          const c = content[j];
          if (c?.stretch !== at || c.token.key !== key) continue;
          if (best < 0 || Math.abs(j - i) < Math.abs(best - i)) best = j;
        }
        if (best < 0) break;
        positions.push(best);
      }
      if (positions.length !== phrase.keys.length) continue;
      const first = Math.min(...positions);
      const last = Math.max(...positions);
      if (last - first + 1 > width) continue;
      // Written as in the knowledge base: the ordinary matcher found it already.
      if (positions.every((p, k) => k === 0 || p === (positions[k - 1] ?? -2) + 1)) continue;
      const span = content.slice(first, last + 1);
      if (span.some((c) => isNegationKey(c.token.key))) continue;
      const start = content[first]?.token.start ?? 0;
      const end = content[last]?.token.end ?? 0;
      onMatch({ conditionId: phrase.conditionId, kind: phrase.kind, term: phrase.term, start, end, weight: phrase.weight * NEAR_WEIGHT, key: phrase.key, specificity: phrase.specificity, near: true }, phrase.finding);
    }
  });
}

/** Within one condition, a finding whose words sit inside a longer matched finding is the same evidence. */
function dropContained(matches: readonly SymptomMatch[]): SymptomMatch[] {
  // Compared within each condition only: a long message matches hundreds of findings across conditions.
  const byCondition = new Map<string, SymptomMatch[]>();
  for (const m of matches) {
    const list = byCondition.get(m.conditionId);
    if (list) list.push(m);
    else byCondition.set(m.conditionId, [m]);
  }
  // Across conditions, a key finding that is a compound shadows its own head word: "food poisoning"
  // names a stomach bug, not the overdose that "poisoning" alone finds; "heat stroke" is not a stroke.
  // Only the head (the words it ends on), never what it qualifies ("dizzy on standing" keeps "dizzy"),
  // and only a key finding written out whole: one read with its words apart spans words it does not name.
  const keys = matches.filter((m) => m.key && m.kind === 'symptom' && m.near !== true);
  const contains = (o: SymptomMatch, m: SymptomMatch): boolean => o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start;
  return matches.filter((m) => {
    const same = byCondition.get(m.conditionId) as SymptomMatch[];
    if (keys.some((o) => o.conditionId !== m.conditionId && o.end === m.end && o.start < m.start)) return false;
    return same.length === 1 || !same.some((o) => o !== m && o.term !== m.term && contains(o, m));
  });
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
