import { correctTypos } from '../language/correctTypos.ts';
import { isConfusedAbout } from '../language/uncertainSense.ts';
import type { MessageAnalysis, WordToken } from '../language/MessageAnalysis.ts';
import { EN_LIST_NEGATORS, EN_NOT_CONTRACTIONS, ES_FR_NEGATORS } from '../language/negationLexicon.ts';
import type { KnowledgeIndex, SymptomMatch } from './createKnowledgeIndex.ts';
import { isNegationKey, stem, tokenize, type Token } from './tokenize.ts';
import { memoizeByText } from '../memoizeByText.ts';

// A negation right before a finding inside the same clause ("without fever", "don't feel dizzy"):
// a second guard behind the analyzer's clause-level flags.
const NEGATORS = new Set<string>([
  ...Object.keys(EN_LIST_NEGATORS).filter((w) => !w.includes("'")),
  ...EN_NOT_CONTRACTIONS,
  ...ES_FR_NEGATORS,
]);
const NEGATION_WINDOW = 3;
const FREE_OF_IT = /^[- ]free\b/;
const THROUGH_THE_NOSE = /^ (?:properly |well |at all )?(?:through|out of|from) (?:my|his|her|their|your|the|one|either|a) (?:\w+ )?(?:nose|nostrils?)\b/;
/** A noun after a phrase that opens with its negation makes the phrase a denial of that noun. */
const DENIED_HEAD = /^\s*(?:troubles?|problems?|difficult(?:y|ies)|issues?|concerns?|complaints?|changes?|symptoms?|distress)\b/;

// Triage and diagnosis both rank the turn's (shared, immutable) analysis against the same index.
const remembered = new WeakMap<KnowledgeIndex, WeakMap<MessageAnalysis, readonly SymptomMatch[]>>();

/**
 * Symptom and red-flag matches that the writer asserts as current: findings in negated, historical
 * or hypothetical clauses are dropped. Third-party findings count (the writer describes a patient).
 * Findings in a past-history clause ("history of stroke", "PMH: DVT") are kept, marked by their
 * clause's `background` flag: the diagnostic ranking reads them as risk factors only.
 */
export function findAssertedFindings(analysis: MessageAnalysis, index: KnowledgeIndex): readonly SymptomMatch[] {
  let byAnalysis = remembered.get(index);
  if (!byAnalysis) {
    byAnalysis = new WeakMap();
    remembered.set(index, byAnalysis);
  }
  let found = byAnalysis.get(analysis);
  if (!found) {
    found = matchAsserted(analysis, index);
    byAnalysis.set(analysis, found);
  }
  return found;
}

const rememberedDenials = new WeakMap<KnowledgeIndex, WeakMap<MessageAnalysis, readonly SymptomMatch[]>>();

/**
 * Symptom matches the writer denies ("no fever", "denies chest pain", "I don't have a cough"): a
 * pertinent negative that speaks against the conditions whose hallmark it is. Phrases that carry
 * their own negation are left out (they are findings, or list items, never denials of themselves).
 */
export function findDeniedFindings(analysis: MessageAnalysis, index: KnowledgeIndex): readonly SymptomMatch[] {
  let byAnalysis = rememberedDenials.get(index);
  if (!byAnalysis) {
    byAnalysis = new WeakMap();
    rememberedDenials.set(index, byAnalysis);
  }
  let found = byAnalysis.get(analysis);
  if (!found) {
    const tokens = tokenize(analysis.normalized);
    found = directMatches(analysis, index).filter((m) => {
      if (m.kind !== 'symptom') return false;
      if (tokens.some((t) => t.start >= m.start && t.start < m.end && isNegationKey(t.key))) return false;
      const clause = analysis.clauses.find((c) => m.start >= c.start && m.start < c.end);
      if (clause && (clause.historical || clause.hypothetical || clause.firstEpisode === true)) return false;
      return clause?.negated === true || negatedJustBefore(tokens, m.start, clause?.start ?? 0);
    });
    byAnalysis.set(analysis, found);
  }
  return found;
}

const rememberedDirect = new WeakMap<KnowledgeIndex, WeakMap<MessageAnalysis, readonly SymptomMatch[]>>();

/** Every phrase of the index in the message as written: what it asserts and what it denies are read from these. */
function directMatches(analysis: MessageAnalysis, index: KnowledgeIndex): readonly SymptomMatch[] {
  let byAnalysis = rememberedDirect.get(index);
  if (!byAnalysis) rememberedDirect.set(index, (byAnalysis = new WeakMap()));
  let found = byAnalysis.get(analysis);
  if (!found) byAnalysis.set(analysis, (found = index.matchSymptoms(analysis.normalized)));
  return found;
}

function matchAsserted(analysis: MessageAnalysis, index: KnowledgeIndex): SymptomMatch[] {
  const text = analysis.normalized;
  const tokens = tokenize(text);
  const direct = directMatches(analysis, index);
  const clauses = analysis.clauses;
  const lemmas = matchThroughLemmas(analysis, index, direct);
  const typos = matchThroughTypos(analysis, index, [...direct, ...lemmas]);
  return [...direct, ...lemmas, ...typos].filter((m) => {
    const at = clauses.findIndex((c) => m.start >= c.start && m.start < c.end);
    const clause = clauses[at];
    // A past episode is part of the story the ranking reads; diagnose.ts keeps it from making a condition likely.
    if (clause && ((clause.historical && clause.pastHistory !== true && clause.pastEpisode !== true) || clause.hypothetical)) return false;
    if (isConfusedAbout(text, m.start)) return false;
    // "Seizure free for 3 years", "pain-free": the finding named as absent.
    if (FREE_OF_IT.test(text.slice(m.end))) return false;
    // "A non-drowsy one": a medicine's label, not a finding.
    if (/\bnon[- ]?$/.test(text.slice(Math.max(0, m.start - 4), m.start))) return false;
    // "Can't breathe through my nose" is a blocked nose, not a breathing difficulty.
    if (THROUGH_THE_NOSE.test(text.slice(m.end, m.end + 40)) && /\bbreath/.test(text.slice(m.start, m.end))) return false;
    // "Never had a fit before and just had one": the "never" dates the finding, it does not deny it.
    if (clause?.firstEpisode === true) return true;
    // A phrase that opens with its own negation names an absence ("not passing urine", "no energy"):
    // the negation is the finding, whatever the clause's flag says, unless the clause is one item of
    // a list of denials ("no fever, no cough, no rash"), where it is a denial like the others. A
    // negation met later inside the match belongs to something else ("when I pee, no fever" is not "not peeing"),
    // unless the knowledge base's wording holds it inside ("an erection that won't go down").
    const negations = tokens.filter((t) => t.start >= m.start && t.start < m.end && isNegationKey(t.key));
    if (negations.length > 0) {
      if (clause?.negated && (clauses[at - 1]?.negated || clauses[at + 1]?.negated)) return false;
      // "No breathing trouble" denies trouble breathing; it is not "no breathing".
      if (negations[0]?.start === m.start && DENIED_HEAD.test(text.slice(m.end))) return false;
      return (negations[0]?.start === m.start && negations.length === 1) || negations.length === m.ownNegations;
    }
    if (clause?.negated) return false;
    return !negatedJustBefore(tokens, m.start, clause?.start ?? 0);
  });
}

/**
 * Phrases met only once irregular verbs take their dictionary form, in context ("bled" is "bleed",
 * "felt faint" is "feeling faint", "fell" is "fall"). Only verbs are replaced: wink tags "left" in "left
 * arm" and "bit" in "a bit" as other parts of speech, so they keep their meaning.
 */
function matchThroughLemmas(analysis: MessageAnalysis, index: KnowledgeIndex, direct: readonly SymptomMatch[]): SymptomMatch[] {
  return matchRewritten(analysis, index, direct, (w) => (w.pos === 'VERB' && /^[a-z]+$/.test(w.lemma) && stem(w.lemma) !== stem(w.text) ? w.lemma : undefined));
}

/**
 * Phrases met once typing slips are read as the words meant ("cehst pain", "vaginal bledeing"; see
 * correctTypos), preferring the knowledge base's own words.
 */
function matchThroughTypos(analysis: MessageAnalysis, index: KnowledgeIndex, direct: readonly SymptomMatch[]): SymptomMatch[] {
  const corrected = correctorOf(index);
  return matchRewritten(analysis, index, direct, (w) => {
    const word = corrected(w.text);
    return word === w.text ? undefined : word;
  });
}

const correctors = new WeakMap<KnowledgeIndex, (word: string) => string>();

/** correctTypos of one word for the index's vocabulary, remembered: most of a message's words were read before. */
function correctorOf(index: KnowledgeIndex): (word: string) => string {
  let corrected = correctors.get(index);
  if (!corrected) {
    const preferred = vocabularyOf(index);
    correctors.set(index, (corrected = memoizeByText((word) => correctTypos(word, preferred), 4096)));
  }
  return corrected;
}

const vocabularies = new WeakMap<KnowledgeIndex, ReadonlySet<string>>();

/** The words the knowledge base's findings are written in. */
function vocabularyOf(index: KnowledgeIndex): ReadonlySet<string> {
  let words = vocabularies.get(index);
  if (!words) {
    const texts = index.kb.conditions.flatMap((c) => [...c.symptoms.flatMap((s) => [s.term, ...s.synonyms]), ...c.redFlags.flatMap((r) => [r.finding, ...r.synonyms])]);
    words = new Set(texts.flatMap((t) => t.toLowerCase().match(/[a-z]{4,}/g) ?? []));
    vocabularies.set(index, words);
  }
  return words;
}

/**
 * Phrases met once some words are read otherwise (`rewrite` gives the other reading, or undefined),
 * with offsets mapped back to the normalized text. English only, on the analysis's words.
 */
function matchRewritten(
  analysis: MessageAnalysis,
  index: KnowledgeIndex,
  direct: readonly SymptomMatch[],
  rewrite: (word: WordToken) => string | undefined,
): SymptomMatch[] {
  const words = analysis.tokens;
  if (analysis.language !== 'en' || words === undefined) return [];
  const text = analysis.normalized;
  let rewritten = '';
  let last = 0;
  let changed = false;
  const placed: { readonly at: number; readonly length: number; readonly start: number; readonly end: number }[] = [];
  for (const w of words) {
    const other = rewrite(w);
    const written = other ?? text.slice(w.start, w.end);
    changed ||= other !== undefined;
    rewritten += text.slice(last, w.start);
    placed.push({ at: rewritten.length, length: written.length, start: w.start, end: w.end });
    rewritten += written;
    last = w.end;
  }
  if (!changed) return [];
  rewritten += text.slice(last);
  const original = new Set(direct.map((m) => `${m.conditionId}|${m.kind}|${m.term}`));
  const found: SymptomMatch[] = [];
  for (const m of index.matchSymptoms(rewritten)) {
    const first = placed.find((p) => m.start >= p.at && m.start < p.at + p.length);
    const lastWord = placed.findLast((p) => m.end > p.at && m.end <= p.at + p.length);
    if (!first || !lastWord || original.has(`${m.conditionId}|${m.kind}|${m.term}`)) continue;
    found.push({ ...m, start: first.start, end: lastWord.end });
  }
  return found;
}

/** Whether one of the last few words before `at` (not before `clauseStart`) is a negator. */
function negatedJustBefore(tokens: readonly Token[], at: number, clauseStart: number): boolean {
  // Tokens are in text order and do not overlap, so the words before `at` are a prefix.
  let end = 0;
  while (end < tokens.length && (tokens[end]?.end ?? Infinity) <= at) end += 1;
  for (let i = end - 1; i >= Math.max(0, end - NEGATION_WINDOW); i -= 1) {
    const token = tokens[i];
    if (!token || token.start < clauseStart) break;
    if (NEGATORS.has(token.word.replace(/['\u2019]/g, ''))) return true;
  }
  return false;
}
