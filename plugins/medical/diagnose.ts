import type { HistoryMessage, PatientProfile } from '../sdk/index.ts';
import type { MessageAnalysis } from './language/MessageAnalysis.ts';
import type { ConditionEntry } from './knowledge/conditionSchema.ts';
import { getKnowledgeIndex, type KnowledgeIndex, type SymptomMatch } from './knowledge/createKnowledgeIndex.ts';
import { descending } from './knowledge/descending.ts';
import { findAssertedFindings, findDeniedFindings } from './knowledge/findAssertedFindings.ts';
import { isKnownDiagnosis } from './knowledge/knownDiagnosis.ts';
import { profileFactors } from './knowledge/profileFactors.ts';
import { assertedText, notThePersons } from './language/analyzeMessage.ts';
import { extractAgeMonths } from './language/extractAge.ts';
import { extractDuration } from './language/extractDuration.ts';
import { extractSex } from './language/extractSex.ts';
import { explainedByMechanism } from './language/mechanismOfInjury.ts';
import { normalizeText } from './language/normalizeText.ts';
import { memoizeByText } from './memoizeByText.ts';
import type { DiagnosticResult } from './types.ts';

export interface DiagnoseInput {
  readonly analysis: MessageAnalysis;
  /** The raw message; the analysis already carries it, kept for callers that pass both. */
  readonly message?: string;
  readonly profile?: PatientProfile | undefined;
  readonly history?: readonly HistoryMessage[] | undefined;
  readonly index?: KnowledgeIndex;
}

const MAX_POSSIBILITIES = 5;
const MIN_SCORE = 0.9;
// With only weak findings ("I feel dizzy"), still offer the best fits, marked as no more than possible.
const FALLBACK_MIN_SCORE = 0.3;
const KEY_BONUS = 1.25;
const RED_FLAG_POINTS = 1;
// Earlier user messages only strengthen conditions the current message already supports.
const HISTORY_FACTOR = 0.35;
const HISTORY_TURNS = 3;
const DENIED_KEY_FACTOR = 0.6;
// How much the word overlap adds, as a share of the best phrase score, over how many search hits.
const WORD_OVERLAP_SHARE = 0.5;
const WORD_OVERLAP_CANDIDATES = 60;
const NONE: readonly SymptomMatch[] = [];
// A finding under a background heading (past or family history) supports, never makes, a condition.
const BACKGROUND_FACTOR = 0.75;
// A finding's points scale between this floor (a wording every condition lists) and 1 (one condition's).
const SPECIFICITY_FLOOR = 0.4;
const PREVALENCE: Readonly<Record<ConditionEntry['prevalence'], number>> = { common: 1.1, uncommon: 1, rare: 0.9 };
// A local ache or swelling the writer puts down to a twist, fall, lift or posture (mechanismOfInjury.ts)
// counts in full for these systems' conditions; for any other it is a weak, non-hallmark finding.
const MECHANICAL_SYSTEMS: ReadonlySet<ConditionEntry['system']> = new Set(['musculoskeletal', 'injury']);
const EXPLAINED_FACTOR = 0.25;
// A condition's picture without its hallmark: at least this many of its findings, told firmly, now and
// by the person, at different places in the text, each listed by few conditions (specificity at
// least PICTURE_SPECIFICITY, about ten of 400 or fewer), so generic findings (fever, tired, pain)
// never make one. A mottled leg that is numb and will not move is acute limb ischaemia without
// "sudden cold painful leg".
const PICTURE_FINDINGS = 3;
const PICTURE_SPECIFICITY = 0.6;

/**
 * Ranks knowledge-base conditions by the findings the writer asserts (never negated, past or
 * hypothetical ones): weighted symptom matches, hallmark findings, coverage of the condition's
 * picture and how common it is. The result names possibilities, never a diagnosis.
 */
export function diagnose(input: DiagnoseInput): DiagnosticResult {
  const index = input.index ?? getKnowledgeIndex();
  // A turn ranks its message twice (the emergency agent's decision, the diagnostic agent): the same
  // analysis, profile and recent user messages give the same ranking, computed once.
  let byAnalysis = rankings.get(index);
  if (!byAnalysis) rankings.set(index, (byAnalysis = new WeakMap()));
  let byContext = byAnalysis.get(input.analysis);
  if (!byContext) byAnalysis.set(input.analysis, (byContext = new Map()));
  const key = JSON.stringify([input.profile ?? null, recentUserMessages(input.history)]);
  let ranking = byContext.get(key);
  if (!ranking) {
    // Earlier messages only strengthen conditions the current message supports: when they name none of
    // them, the ranking is the one without history (the emergency agent's, usually already made).
    const past = historyMatches(input.history, index);
    ranking = supports(input, index, past) ? rank(input, index, past) : diagnose({ analysis: input.analysis, profile: input.profile, index });
    if (byContext.size >= RANKINGS_PER_ANALYSIS) byContext.delete(byContext.keys().next().value as string);
    byContext.set(key, ranking);
  }
  return ranking;
}

const rankings = new WeakMap<KnowledgeIndex, WeakMap<MessageAnalysis, Map<string, DiagnosticResult>>>();
const RANKINGS_PER_ANALYSIS = 8;

/** Whether the message has no earlier messages to read, or one of them names a finding of a condition it supports. */
function supports(input: DiagnoseInput, index: KnowledgeIndex, past: ReadonlyMap<string, readonly SymptomMatch[]>): boolean {
  if (input.history === undefined || input.history.length === 0) return true;
  return past.size > 0 && findAssertedFindings(input.analysis, index).some((m) => past.has(m.conditionId));
}

function recentUserMessages(history: readonly HistoryMessage[] | undefined): string[] {
  return (history ?? []).filter((m) => m.role === 'user').slice(-HISTORY_TURNS).map((m) => m.content);
}

function rank(input: DiagnoseInput, index: KnowledgeIndex, historyFindings: ReadonlyMap<string, readonly SymptomMatch[]>): DiagnosticResult {
  const findings = findAssertedFindings(input.analysis, index).map((m) => asBackground(m, input.analysis));
  const factors = profileFactors(input.profile);
  const byCondition = groupBy(findings, (f) => f.conditionId);
  const denied = groupBy(findDeniedFindings(input.analysis, index), (f) => f.conditionId);
  // An age the message states ("my 4 year old") rules conditions in or out like a profile's age.
  const textMonths = extractAgeMonths(input.analysis.normalized);
  const ageYears = input.profile?.age ?? (textMonths === undefined ? undefined : textMonths / 12);
  // So does a sex it states for its patient ("a 45-year-old woman"), when the profile has none.
  const sex = input.profile?.sex ?? extractSex(input.analysis.normalized);

  const scored: {
    entry: ConditionEntry;
    score: number;
    support: string[];
    hasKey: boolean;
    firmKey: boolean;
    count: number;
    /** Findings at different places in the message (a phrase that is both a symptom and a red flag counts once). */
    spans: number;
    redFlagCount: number;
    decisive: boolean;
    profileRelevant: boolean;
    picture: boolean;
  }[] = [];
  // Findings are quoted in the user's own words ("fever"), not the entry's term ("sudden high
  // fever"), so the answer never claims the person said more than they did.
  // (Read from the normalized text, whose offsets the matches carry: the words are shown lower-cased.)
  const said = (m: SymptomMatch) => input.analysis.normalized.slice(m.start, m.end).trim() || m.term;
  const explainedSpans = new Map<number, boolean>();
  const explained = (m: SymptomMatch): boolean => {
    const key = m.start * 0x10000 + m.end;
    let is = explainedSpans.get(key);
    if (is === undefined) explainedSpans.set(key, (is = explainedByMechanism(input.analysis, m.start, m.end)));
    return is;
  };
  for (const [conditionId, found] of byCondition) {
    const entry = index.get(conditionId);
    if (!entry || !fitsProfile(entry, sex, ageYears)) continue;
    const matches = MECHANICAL_SYSTEMS.has(entry.system) ? found : found.flatMap((m) => asUnexplained(m, explained(m)));
    const symptoms = mostSpecificByTerm(matches.filter((m) => m.kind === 'symptom'));
    // A red flag in the person's past history ("previous stroke") is a risk factor, not a red flag now.
    const redFlags = distinctBy(matches.filter((m) => m.kind === 'red_flag' && !isBackground(m, input.analysis)), (m) => m.term);
    // A risk factor from the person's own past history ("previous DVT") counts among the findings a
    // likely condition rests on (its hallmark must still be current); what relatives had never does.
    // An episode weeks back supports the ranking but is not a finding now: it neither counts among the
    // findings a likely condition rests on nor is its hallmark or red flag.
    const now = (m: SymptomMatch): boolean => !isPastEpisode(m, input.analysis);
    // Most conditions a wording matched have no earlier turn's finding and no denied one: no set for them.
    const past = historyFindings.get(conditionId);
    const deniedHere = denied.get(conditionId);
    const seen = past || deniedHere ? new Set(symptoms.map((s) => s.term)) : undefined;
    const earlier = past && seen ? distinctBy(past.filter((m) => m.kind === 'symptom' && !seen.has(m.term)), (m) => m.term) : NONE;
    const totalWeight = entry.symptoms.reduce((sum, s) => sum + s.weight, 0);
    const matchedWeight = symptoms.reduce((sum, s) => sum + s.weight, 0);
    const hasKey = symptoms.some((s) => s.key);
    const firmKey = symptoms.some((s) => s.key && !minimised(s, input.analysis) && now(s));
    let score =
      symptoms.reduce((sum, s) => sum + s.weight * (s.key ? KEY_BONUS : 1) * specific(s), 0) +
      redFlags.length * RED_FLAG_POINTS +
      earlier.reduce((sum, s) => sum + s.weight * HISTORY_FACTOR, 0);
    score *= 0.75 + 0.5 * Math.min(1, matchedWeight / totalWeight);
    score *= hasKey ? 1 : 0.6;
    score *= PREVALENCE[entry.prevalence];
    // A hallmark the writer denies ("no fever") speaks against the condition; one the writer also
    // asserts elsewhere is not counted as denied.
    const deniedKeys = deniedHere && seen ? new Set(deniedHere.filter((m) => m.key && !seen.has(m.term)).map((m) => m.term)).size : 0;
    score *= DENIED_KEY_FACTOR ** deniedKeys;
    if (entry.patientFactors.some((p) => p.effect === 'raise_triage' && factors.has(p.factor))) score *= 1.5;
    if (score < FALLBACK_MIN_SCORE) continue;
    const support = [
      ...new Set([...symptoms, ...redFlags].map((m) => said(m).toLowerCase())),
      ...earlier.map((s) => `${s.term} (mentioned earlier)`),
    ];
    const profileRelevant = entry.patientFactors.some((p) => p.effect === 'raise_triage' && factors.has(p.factor));
    const current = [...symptoms, ...redFlags].filter((m) => !isSomeoneElses(m, input.analysis) && now(m));
    // A relative's history or an animal's story is not the person's finding, decisive or not; nor is
    // one told as lasting months or years ("slurred speech for years"): a decisive flag is an event.
    const decisive = redFlags.some(
      (m) =>
        entry.redFlags.some((r) => r.decisive === true && r.finding === m.term) &&
        now(m) &&
        !isSomeoneElses(m, input.analysis) &&
        !minimised(m, input.analysis) &&
        !longStanding(m, input.analysis),
    );
    // Specificity first (a number), the minimiser's clause reading only when three or more are left.
    const specificNow = current.filter((m) => m.specificity >= PICTURE_SPECIFICITY);
    const picture = specificNow.length >= PICTURE_FINDINGS && distinctSpans(specificNow.filter((m) => !minimised(m, input.analysis))) >= PICTURE_FINDINGS;
    scored.push({ entry, score, support, hasKey, firmKey, count: symptoms.length + redFlags.length, spans: distinctSpans(current.filter((m) => !minimised(m, input.analysis))), redFlagCount: redFlags.filter(now).length, profileRelevant, decisive, picture });
  }

  addWordOverlap(scored, index, input.analysis);
  scored.sort((a, b) => descending(a.score, b.score) || a.entry.id.localeCompare(b.entry.id));
  const top = scored[0]?.score ?? 0;
  const weakOnly = top < MIN_SCORE;
  return {
    possibilities: scored
      .filter((s) => (weakOnly ? weakFit(s, top) : s.score >= MIN_SCORE && s.score >= top * 0.2))
      .slice(0, MAX_POSSIBILITIES)
      .map((s) => {
        const ratio = s.score / top;
        const likelihood =
          !weakOnly && ratio >= 0.7 && ((s.hasKey && (s.count >= 2 || ratio === 1)) || s.picture)
            ? 'more likely'
            : ratio >= 0.35
              ? 'possible'
              : 'less likely';
        return {
          conditionId: s.entry.id,
          name: s.entry.name,
          likelihood,
          score: Math.round(s.score * 100) / 100,
          supportingFindings: s.support,
          assertedFindings: s.spans,
          hallmark: s.hasKey,
          firmHallmark: s.firmKey,
          firmPicture: s.picture,
          redFlags: s.redFlagCount,
          decisiveRedFlag: s.decisive,
        };
      }),
  };
}

/**
 * Weak-evidence fallback: an emergency condition without any of its hallmark findings is not a
 * sensible suggestion (the emergency agent owns red flags) unless the profile makes it relevant
 * (dizziness in someone on diabetes treatment may be a hypo).
 */
function weakFit(s: { entry: ConditionEntry; score: number; profileRelevant: boolean }, top: number): boolean {
  return (s.entry.typicalTriage !== 'emergency' || s.profileRelevant) && s.score >= top * 0.5;
}

/** Drops conditions the profile rules out (sex, age range); unknown profile keeps everything. */
function fitsProfile(entry: ConditionEntry, sex: PatientProfile['sex'], ageYears: number | undefined): boolean {
  const applies = entry.appliesTo;
  if (!applies) return true;
  if (applies.sex && sex && sex !== 'other' && sex !== applies.sex) return false;
  if (ageYears !== undefined) {
    if (applies.minAgeYears !== undefined && ageYears < applies.minAgeYears) return false;
    if (applies.maxAgeYears !== undefined && ageYears > applies.maxAgeYears) return false;
  }
  return true;
}

function historyMatches(
  history: readonly HistoryMessage[] | undefined,
  index: KnowledgeIndex,
): Map<string, SymptomMatch[]> {
  const all: SymptomMatch[] = [];
  for (const content of recentUserMessages(history)) all.push(...findAssertedFindings(oneClauseReading(content), index));
  return groupBy(all, (m) => m.conditionId);
}

// Without an analysis of old turns, a one-clause reading with the local negation guard is used. The
// same object comes back for the same text, so its findings are remembered across turns.
const oneClauseReading = memoizeByText(
  (content): MessageAnalysis => ({ original: content, normalized: normalizeText(content), language: 'en', clauses: [] }),
);

/**
 * Word overlap (BM25) between the asserted text and each condition's whole description, added in
 * proportion to the best phrase score: a wording the phrase lists lack ("retrosternal burning" for
 * heartburn) still counts, but only among conditions the phrases already found, so overlap alone
 * never brings in a condition nobody described.
 */
function addWordOverlap(scored: { entry: ConditionEntry; score: number }[], index: KnowledgeIndex, analysis: MessageAnalysis): void {
  if (scored.length === 0) return;
  const hits = index.topScores(assertedText(analysis), WORD_OVERLAP_CANDIDATES);
  const best = hits[0]?.score ?? 0;
  if (best <= 0) return;
  const overlap = new Map(hits.map((h) => [h.conditionId, h.score / best]));
  const top = Math.max(...scored.map((s) => s.score));
  for (const s of scored) s.score += WORD_OVERLAP_SHARE * top * (overlap.get(s.entry.id) ?? 0);
}

// "A bit", "slightly", "mild": the writer says the finding is minor. "Barely" only as "barely noticeable":
// "barely breathing", "can barely open my mouth" are as severe as it gets.
const MINIMISER = /\b(?:a (?:bit|little|touch|tad)|slight(?:ly)?|mild(?:ly)?|barely (?:noticeable|notice\w*|there|visible|perceptible|hurts?|any))\b/;
// "Can't pee properly" is a weak stream, not an inability: "properly" right after a finding minimises it
// (before another one it does not: "can't breathe properly with chest pain" keeps the chest pain).
const PARTLY_AFTER = /^\s*properly\b/;
const MINIMISER_LOOKBACK = 20;
const MINIMISER_LOOKAHEAD = 12;

/** The clause a finding starts in. */
function clauseAt(analysis: MessageAnalysis, at: number): MessageAnalysis['clauses'][number] | undefined {
  return analysis.clauses.find((c) => at >= c.start && at < c.end);
}

// A month or more: "for years", "for the past six months", "since last month".
const LONG_STANDING_DAYS = 30;

/** The finding's clause tells it has lasted a month or more. */
function longStanding(m: SymptomMatch, analysis: MessageAnalysis): boolean {
  const clause = clauseAt(analysis, m.start);
  const days = clause ? extractDuration(analysis.normalized.slice(clause.start, clause.end)) : undefined;
  return days !== undefined && days >= LONG_STANDING_DAYS;
}

/** The finding is told as minor: a minimiser inside its words or just before them, in its clause. */
function minimised(m: SymptomMatch, analysis: MessageAnalysis): boolean {
  const clause = clauseAt(analysis, m.start);
  const from = Math.max(clause?.start ?? 0, m.start - MINIMISER_LOOKBACK);
  // After the finding too, up to the next item: "my chest hurts a little", "aches slightly", not
  // "chest pain, a bit sweaty".
  const to = Math.min(clause?.end ?? analysis.normalized.length, m.end + MINIMISER_LOOKAHEAD);
  const after = analysis.normalized.slice(m.end, to).split(/[,;.]| and | but | with /)[0] ?? '';
  return MINIMISER.test(analysis.normalized.slice(from, m.end) + after) || PARTLY_AFTER.test(after);
}

/**
 * For a condition outside the mechanical systems, a finding the mechanism explains: a red flag is
 * dropped, a symptom stays as weak support, never a hallmark.
 */
function asUnexplained(m: SymptomMatch, explained: boolean): readonly SymptomMatch[] {
  if (!explained) return [m];
  return m.kind === 'red_flag' ? NONE : [{ ...m, key: false, weight: m.weight * EXPLAINED_FACTOR }];
}

function asBackground(m: SymptomMatch, analysis: MessageAnalysis): SymptomMatch {
  return isBackground(m, analysis) ? { ...m, key: false, weight: m.weight * BACKGROUND_FACTOR } : m;
}

/** A relative's history or an animal's story: support at most, never the person's current finding. */
function isSomeoneElses(m: SymptomMatch, analysis: MessageAnalysis): boolean {
  const clause = clauseAt(analysis, m.start);
  return clause !== undefined && notThePersons(clause);
}

function isPastEpisode(m: SymptomMatch, analysis: MessageAnalysis): boolean {
  return clauseAt(analysis, m.start)?.pastEpisode === true;
}

/**
 * The finding sits in a background clause (past, family or social history), or names a condition the
 * person is known and treated for ("my thyroid tablet"): support, never current.
 */
function isBackground(m: SymptomMatch, analysis: MessageAnalysis): boolean {
  return clauseAt(analysis, m.start)?.background === true || isKnownDiagnosis(analysis.normalized, m.start, m.end);
}

function specific(m: SymptomMatch): number {
  return SPECIFICITY_FLOOR + (1 - SPECIFICITY_FLOOR) * m.specificity;
}

/** One match per finding term, the most specific wording the writer used for it. */
function mostSpecificByTerm(matches: readonly SymptomMatch[]): SymptomMatch[] {
  // One match or none (most conditions a message touches): nothing to choose, no map.
  if (matches.length < 2) return [...matches];
  const best = new Map<string, SymptomMatch>();
  for (const m of matches) {
    const previous = best.get(m.term);
    if (!previous || m.specificity > previous.specificity) best.set(m.term, m);
  }
  return [...best.values()];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k) ?? [];
    list.push(item);
    map.set(k, list);
  }
  return map;
}

function distinctBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  if (items.length < 2) return [...items];
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** How many findings sit at different, non-overlapping places in the text. */
function distinctSpans(matches: readonly SymptomMatch[]): number {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  let count = 0;
  let end = -1;
  for (const m of sorted) {
    if (m.start >= end) {
      count += 1;
      end = m.end;
    } else end = Math.max(end, m.end);
  }
  return count;
}
