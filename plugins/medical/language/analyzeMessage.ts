/**
 * Reads a message into clauses marked negated / historical / hypothetical / third-party, so medical
 * rules only count findings the writer asserts as current. See MessageAnalysis.ts for the contract.
 */
import type { Clause, MessageAnalysis, WordToken } from './MessageAnalysis.ts';
import { reportsAbsence, reportsAbsenceInText } from './absenceCues.ts';
import { EN_LIST_NEGATORS, EN_NOT_CONTRACTIONS } from './negationLexicon.ts';
import { ACTED_ON_SELF_RE, CAUSE_QUESTION_RE, HISTORY_RE, HYPOTHETICAL_RE, ONSET_RE, OWN_STATE_RE, PAST_EPISODE_RE, PAST_SEASON_RE, RECURS_RE, RELATIVE_RE, REPORTED_SELF_RE, SELF_RE, THIRD_PARTY_RE } from './clauseCues.ts';
import { memoizeByText } from '../memoizeByText.ts';
import { detectLanguage } from './detectLanguage.ts';
import { glossToEnglish, isGlossable } from './glossToEnglish.ts';
import { negationScopeEnd } from './negationScopeEnd.ts';
import { normalizeText, toOriginalOffset } from './normalizeText.ts';
import type { EnglishWord } from './readEnglishWords.ts';
import { readWords } from './readWords.ts';
import { narrowHistory } from './historyScope.ts';
import { splitAtPresentTurn } from './presentTurn.ts';
import { readTimeWords } from './readTimeWords.ts';
import { findSleepClauses } from './sleepScope.ts';
import { splitClauses, type ClauseSpan } from './splitClauses.ts';
import { markPostDenials } from './postNegation.ts';
import { findFirstEpisodes } from './firstEpisode.ts';
import { hasOwnPredicate, namesAPredicate } from './hasOwnPredicate.ts';
import { joinCoordinateAdjectives } from './joinCoordinateAdjectives.ts';
import { joinCompoundSubject } from './joinCompoundSubject.ts';
import { joinCoordinatePredicate } from './joinCoordinatePredicate.ts';
import { joinSharedHead } from './joinSharedHead.ts';
import { joinSharedSite } from './joinSharedSite.ts';
import { animalClauses } from './animalSubject.ts';

const QUESTION_OPENER = /^\s*(?:what|how|which|when|why|is|are|can|could|should|does|do|would|qué|cuál|cuáles|cómo|quels?|quelles?|comment|est-ce)\b/;
// A short verbless clause after a negated one continues its list: "no fever, cough or rash" (see
// hasOwnPredicate, and namesAPredicate for the stricter reading of a past history or a negatives list).

// Context, triage and diagnostic agents each read the turn's message: it is analysed once.
const rememberedAnalysis = memoizeByText(readMessage);

export function analyzeMessage(text: string): MessageAnalysis {
  return rememberedAnalysis(text);
}

function readMessage(text: string): MessageAnalysis {
  const normalized = normalizeText(text);
  const detected = readIn(text, normalized, rememberedReading(normalized));
  if (detected.language === 'en') return detected;
  // The stop-word vote shares words between the two ("me", "de"): "je vais me tuer ce soir" can come out
  // Spanish. A message the other language's glossary knows, and its own does not, is the other's.
  const other = detected.language === 'es' ? 'fr' : 'es';
  const native = isGlossable(normalized, detected.language)
    ? detected
    : isGlossable(normalized, other)
      ? readIn(text, normalized, rememberedReadingIn[other](normalized))
      : undefined;
  if (native === undefined || native.language === 'en') return detected;
  // Spanish and French are read through their English gloss (glossToEnglish.ts); the reading in the
  // language itself stays beside it for the readings its own patterns know (temperatures, ages).
  const gloss = normalizeText(glossToEnglish(normalized, native.language));
  return { ...readIn(gloss, gloss, rememberedEnglishReading(gloss)), original: text, writtenIn: native.language, native };
}

/** The analysis of a reading of `normalized`, with each clause's text cut from `text` (which it folds). */
function readIn(text: string, normalized: string, { language, clauses, tokens }: Reading): MessageAnalysis {
  const at = toOriginalOffset(text, normalized);
  return {
    original: text,
    normalized,
    language,
    clauses: clauses.map((c) => ({
      start: c.start,
      end: c.end,
      text: text.slice(at(c.start), at(c.end)),
      negated: c.negated,
      historical: c.historical,
      hypothetical: c.hypothetical,
      subject: c.subject,
      absence: c.absence,
      reported: c.reported,
      background: c.background,
      family: c.family,
      animal: c.animal,
      pastHistory: c.pastHistory,
      sleep: c.sleep,
      pastEpisode: c.pastEpisode,
      firstEpisode: c.firstEpisode,
      listItemDenied: c.listItemDenied,
    })),
    tokens,
  };
}

/** Everything of an analysis that depends on the normalized text alone. */
interface Reading {
  readonly language: MessageAnalysis['language'];
  readonly clauses: readonly ReadClause[];
  readonly tokens: readonly WordToken[];
}

type ReadClause = Omit<Clause, 'text' | 'absence' | 'reported' | 'background' | 'family' | 'animal' | 'pastHistory' | 'sleep' | 'pastEpisode' | 'firstEpisode' | 'listItemDenied'> & {
  readonly firstEpisode: boolean;
  readonly listItemDenied: boolean;
  readonly absence: boolean;
  readonly pastEpisode: boolean;
  readonly sleep: boolean;
  readonly pastHistory: boolean;
  readonly reported: boolean;
  readonly background: boolean;
  readonly family: boolean;
  readonly animal: boolean;
  /** Denied by a word after it ("chest pain: nil"): the denial does not carry on to the next item. */
  readonly postDenied: boolean;
};

const OWN_AGE_RE = /\b(?:i am|i'm|im|i turned|i've just turned)(?: (?:only|just|now|nearly|almost|about))? \d{1,3}(?: (?:years?|yrs?) old| years| yo| y\/o)?\b/;
// A heading that introduces known conditions and risk factors, and one that returns to the complaint.
const BACKGROUND_HEADING =
  /^\s*(?:(?:my |his |her |their )?(?:past |previous )?(?:medical |surgical |family |social |drug )?history|pmh|fhx?|shx?|background|in (?:my|our) family)\s*:/;
// A background heading about the person's own past illnesses (not their drugs or social life).
const PAST_HISTORY_HEADING =
  /^\s*(?:(?:my |his |her |their )?(?:past |previous )?(?:medical |surgical )?history|pmhx?|psh|background)\s*:/;
// A past illness told with a time long past ("had a heart attack 5 years ago", "was diagnosed with
// asthma as a child"): a known condition, a risk factor.
const PAST_ILLNESS = /\b(?:had|has had|have had|diagnosed|suffered|underwent|was treated|were treated|operated|surgery|operation)\b/;
// A stay or treatment dated months back ("was admitted three months ago with pneumonia"): past
// history. Not a symptom that started then ("my cough started two months ago" goes on).
const PAST_CARE_MONTHS =
  /^(?=.*\b(?:hospitali[sz]ed|admitted|diagnosed|operated|treated|underwent|discharged)\b)(?=.*\b(?:(?:a|one|\d+|a few|several|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) months? ago|last month)\b)/;
const RECENT =
  /\b(?:recent(?:ly)?|(?:\d+|a|one|two|three|four|five|six|a few|several) (?:hours?|days?|weeks?) ago|last (?:night|week)|this (?:week|morning)|yesterday|just (?:started|back|returned))\b/;
// A sentence after a heading's list that speaks of now, or of the writer, is the complaint again.
const CURRENT_SENTENCE =
  /\b(?:i|i'm|im|i've|ive|me|my|now|today|tonight|currently|suddenly|since|this (?:morning|afternoon|evening|week)|can't|cannot|unable)\b/;
// A relative's illness dated by their age then ("his father had a heart attack at 60", "my mum was
// diagnosed with breast cancer in her forties"): family history, wherever it is told.
const RELATIVE_AT_AGE =
  /\b(?:had|has had|have had|suffered|died|was diagnosed|were diagnosed|developed)\b.*\b(?:at (?:the )?(?:age (?:of )?)?\d{1,3}|in (?:his|her|their) (?:\d0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b(?! ?(?:am|pm|o'clock|:\d|weeks?|months?|days?|hours?|minutes?|mins?)\b)/;
// A heading that lists what is absent ("Negatives: fever, vomiting", "Pertinent negatives: ..."): its
// sentence's list items are denied though none opens with "no".
const NEGATIVES_HEADING = /^\s*(?:pertinent |relevant )?(?:negatives|negativos|n[ée]gatifs)\s*:/;
// A list item that says something goes well ("no pain, baby moving well", "no fever, eating normally")
// is a positive statement of its own, not one more thing denied.
const SAYS_ALL_IS_WELL = /\b(?:well|normally|fine|ok|okay|as usual)\b/;
// A list item told with its intensity is asserted, not another denied item: "no fever, crushing chest
// pain" has the pain. A denied list names plain findings ("no fever, cough or rash").
const TOLD_WITH_INTENSITY = /\b(?:severe|severely|crushing|excruciating|agonising|agonizing|unbearable|terrible|horrible|horrendous|worst|intense|really bad|very bad|so bad|too much|very much|heavily|profusely)\b/;
// A sentence that opens with a verb of denial and ends its list with "or" is a checklist read out ("I
// don't have vomiting, fever, worst headache of life, sudden onset or seizures"): an item with an
// intensity word in it is one more thing denied. A bare "no" can open a list that turns ("no fever,
// crushing chest pain, can't breathe or talk"), so it does not count.
const VERBAL_DENIAL = /^\s*(?:(?:i|he|she|they|we|the patient|patient) )?(?:(?:don't|do not|doesn't|does not|didn't|did not|haven't|hasn't|have not|has not) (?:have|had|get|got|experience|notice)|denies|denied|deny)\b/;
const ENDS_WITH_OR_ITEM = /\b(?:or|nor) (?!so\b|two\b|more\b|less\b|something\b|anything\b|not\b|whatever\b)[^,;|]*$/;

function deniedChecklist(normalized: string, spans: readonly ClauseSpan[], span: ClauseSpan): boolean {
  const inSentence = spans.filter((s) => s.sentence === span.sentence);
  const first = inSentence[0];
  const last = inSentence.at(-1);
  if (first === undefined || last === undefined) return false;
  return VERBAL_DENIAL.test(normalized.slice(first.start, last.end)) && ENDS_WITH_OR_ITEM.test(normalized.slice(span.start, last.end));
}

// A heading that lists what the person has: each item stands alone, so a "no" in one ("scan shows no
// blood flow to the ovary, sudden severe pain") does not deny the items after it.
const COMPLAINTS_HEADING = /^\s*(?:presenting complaints?|chief complaints?|complaints?|symptoms|c\/o)\s*:/;
// An item that states its own polarity keeps it: "normal power and sensation" reassures, and "the chest
// pain not radiating" asserts the pain.
const STATES_OWN_POLARITY = /^\s*(?:normal|unremarkable|intact|regular|clear)\b|\b(?:no|not|n't|never|without|none)\b/;
// A background heading about relatives: its findings are theirs, never the writer's or the patient's.
const FAMILY_HEADING = /^\s*(?:(?:my |his |her |their )?family history|fhx?|in (?:my|our) family)\s*:/;
const COMPLAINT_HEADING =
  /^\s*(?:presenting complaints?|complaints?|history of (?:the )?presenting complaint|hpc|hpi|negatives|examination|on examination|o\/e|findings|symptoms)\s*:/;
// A heading governs its own sentence and the short list fragments after it ("Hypertension. Asthma.").
const BACKGROUND_FRAGMENT_WORDS = 4;

/** A negation word as the lexicons name it ("n't" and "never" are "not"). */
// A contraction typed without its apostrophe is one word to wink when it does not split it ("hasnt").
const NEGATION_WORDS = new Map<string, string>([...Object.entries(EN_LIST_NEGATORS), ...EN_NOT_CONTRACTIONS.map((w) => [w, 'not'] as const)]);

// The safety agent analyses the same message with assistant-directed instructions blanked out, which
// usually leaves the normalized text as it was: the clause reading is shared then.
const rememberedReading = memoizeByText((normalized) => readNormalized(normalized, detectLanguage(normalized)));
const rememberedReadingIn = {
  es: memoizeByText((normalized) => readNormalized(normalized, 'es')),
  fr: memoizeByText((normalized) => readNormalized(normalized, 'fr')),
} as const;
// A gloss is English whatever words it kept from the language it was read from.
const rememberedEnglishReading = memoizeByText((gloss) => readNormalized(gloss, 'en'));

function readNormalized(normalized: string, language: MessageAnalysis['language']): Reading {
  const words = readWords(normalized, language);
  const split =
    language === 'en'
      ? narrowNegations(
          joinCoordinatePredicate(
            joinCompoundSubject(
              joinSharedSite(joinSharedHead(joinCoordinateAdjectives(splitClauses(normalized, language), words, normalized), normalized), normalized),
              words,
              normalized,
            ),
            words,
            normalized,
          ),
          words,
        )
      : splitClauses(normalized, language);
  const turned = splitAtPresentTurn(narrowHistory(split, normalized), normalized);
  const spans = language === 'en' ? markPostDenials(turned, normalized) : turned;
  const hypotheticalFrom = hypotheticalStarts(normalized, spans);
  const sleeping = findSleepClauses(spans, normalized);
  const aboutAnAnimal = animalClauses(spans.map((s) => normalized.slice(s.start, s.end)));
  const clauses: ReadClause[] = [];
  let subject: Clause['subject'] = 'self';
  let backgroundSentence: number | undefined;
  let negativesSentence: number | undefined;
  let complaintsSentence: number | undefined;
  let familyBackground = false;
  let pastHeading = false;
  spans.forEach((span, i) => {
    const clauseText = normalized.slice(span.start, span.end);
    if (BACKGROUND_HEADING.test(clauseText)) {
      backgroundSentence = span.sentence;
      familyBackground = FAMILY_HEADING.test(clauseText);
      pastHeading = PAST_HISTORY_HEADING.test(clauseText);
    }
    else if (COMPLAINT_HEADING.test(clauseText)) backgroundSentence = undefined;
    else if (backgroundSentence !== undefined && span.sentence !== backgroundSentence) {
      const sentenceWords = spans
        .filter((s) => s.sentence === span.sentence)
        .reduce((n, s) => n + normalized.slice(s.start, s.end).trim().split(/\s+/).length, 0);
      // A family history goes on while its sentences open on a relative ("His brother had ...").
      const sentenceText = normalized.slice(span.start, spans.findLast((s) => s.sentence === span.sentence)?.end ?? span.end);
      const continues =
        (sentenceWords <= BACKGROUND_FRAGMENT_WORDS && !CURRENT_SENTENCE.test(sentenceText)) || (familyBackground && RELATIVE_RE.test(clauseText));
      backgroundSentence = continues ? span.sentence : undefined;
    }
    if (NEGATIVES_HEADING.test(clauseText)) negativesSentence = span.sentence;
    if (COMPLAINTS_HEADING.test(clauseText)) complaintsSentence = span.sentence;
    const listedAsNegative = negativesSentence === span.sentence && isBareListItem(normalized, span, spans);
    const previous = clauses[i - 1];
    // A denial written after its finding ("chest pain: nil") ends there: the next item is not denied.
    const postDenied = 'postDenied' in span && span.postDenied === true;
    // A list item of a denial stays denied, however long ("no fever or sweating, nausea or vomiting,
    // abdominal pain or change in bowel habits"), until an item brings a predicate of its own or the
    // sentence ends. The diagnostic and the urgency readings share this one rule.
    const inherited =
      previous !== undefined &&
      previous.negated &&
      !previous.postDenied &&
      span.joinedBy === 'list' &&
      spans[i - 1]?.sentence === span.sentence &&
      complaintsSentence !== span.sentence &&
      !(deniesAStatus(wordsIn(words, (spans[i - 1] as ClauseSpan).start, (spans[i - 1] as ClauseSpan).end)) && namesAFinding(wordsIn(words, span.start, span.end))) &&
      !NOT_EVEN.test(normalized.slice((spans[i - 1] as ClauseSpan).start, (spans[i - 1] as ClauseSpan).end)) &&
      !(previous.listItemDenied !== true && deniesAnActionOnly(wordsIn(words, (spans[i - 1] as ClauseSpan).start, (spans[i - 1] as ClauseSpan).end))) &&
      !hasOwnPredicate(clauseText + trailingTurn(normalized, spans, i), wordsIn(words, span.start, span.end)) &&
      !SAYS_ALL_IS_WELL.test(clauseText) &&
      !(span.joinedBy === 'list' && TOLD_WITH_INTENSITY.test(clauseText) && !/\b(?:or|nor)\b/.test(normalized.slice((spans[i - 1] as ClauseSpan).start, span.end)) && !deniedChecklist(normalized, spans, span));
    const reported = REPORTED_SELF_RE.test(clauseText);
    if (reported || ACTED_ON_SELF_RE.test(clauseText)) subject = 'self';
    // "I am 67 years old" tells the writer's age: a case note's "67 year old" is someone else.
    else if (OWN_AGE_RE.test(clauseText) && !THIRD_PARTY_RE.test(clauseText.replace(OWN_AGE_RE, ''))) subject = 'self';
    else if (THIRD_PARTY_RE.test(clauseText)) subject = 'third_party';
    else if (SELF_RE.test(clauseText)) subject = 'self';
    const relativeAtAge = RELATIVE_RE.test(clauseText) && RELATIVE_AT_AGE.test(clauseText);
    const worriedByAnother = toldAsCauseOfWorry(normalized, spans, i, clauseText);
    const background = backgroundSentence !== undefined || relativeAtAge || worriedByAnother;
    // A past episode holds its clause unless the rest of the sentence carries it on ("I fainted last
    // week and again today", "had chest pain a month ago and it's back").
    const sentenceEnd = spans.findLast((s) => s.sentence === span.sentence)?.end ?? span.end;
    const timeText = readTimeWords(clauseText);
    const pastEpisode =
      (PAST_EPISODE_RE.test(timeText) || PAST_SEASON_RE.test(timeText)) && !ONSET_RE.test(clauseText) && !RECURS_RE.test(normalized.slice(span.end, sentenceEnd));
    const timeAnchored = HISTORY_RE.test(timeText) || pastEpisode;
    // A list item after a past-history clause stays past history ("history of angina, asthma and DVT")
    // until an item brings a predicate of its own.
    const previousPast =
      previous?.pastHistory === true &&
      span.joinedBy === 'list' &&
      spans[i - 1]?.sentence === span.sentence &&
      !namesAPredicate(clauseText) &&
      namesOnly(wordsIn(words, span.start, span.end));
    // Something recent under a past-history heading ("recent travel", "a fall last week") is part of
    // the current illness, not a known condition.
    const pastHistory =
      !RECENT.test(clauseText) &&
      (('pastHistory' in span && span.pastHistory === true) ||
      (backgroundSentence !== undefined && pastHeading && !familyBackground) ||
      (timeAnchored && PAST_ILLNESS.test(clauseText)) ||
      PAST_CARE_MONTHS.test(timeText) ||
      previousPast);
    const absence =
      span.opensWithNegation && (language === 'en' ? opensWithAbsence(span, words) : reportsAbsenceInText(clauseText, language));
    clauses.push({
      start: span.start,
      end: span.end,
      negated: (span.opensWithNegation || inherited || listedAsNegative || postDenied) && !absence,
      listItemDenied: (inherited || listedAsNegative) && !span.opensWithNegation && !postDenied && !absence,
      postDenied,
      historical: timeAnchored || pastHistory,
      hypothetical: hypotheticalFrom.get(span.sentence) !== undefined && i >= (hypotheticalFrom.get(span.sentence) ?? 0),
      subject,
      absence,
      reported,
      background: background || pastHistory,
      family: (backgroundSentence !== undefined && familyBackground) || relativeAtAge || worriedByAnother,
      animal: aboutAnAnimal[i] === true,
      pastHistory,
      sleep: sleeping.has(i),
      pastEpisode,
      firstEpisode: false,
    });
  });
  const firstEpisodes = language === 'en' ? findFirstEpisodes(normalized, spans, clauses) : new Set<number>();
  const read = firstEpisodes.size === 0 ? clauses : clauses.map((c, i) => (firstEpisodes.has(i) ? { ...c, negated: false, firstEpisode: true } : c));
  return { language, clauses: read, tokens: markNegated(words, read) };
}

/** A turning word split off after a list item ("..., crushing pain in my chest though"): the item's own. */
const TRAILING_TURN = /^\s*(?:though|tho|however|instead|actually|anyway)\s*$/;
function trailingTurn(normalized: string, spans: readonly ClauseSpan[], i: number): string {
  const next = spans[i + 1];
  if (next === undefined || next.sentence !== spans[i]?.sentence) return '';
  const text = normalized.slice(next.start, next.end);
  return TRAILING_TURN.test(text) ? ` ${text}` : '';
}

// A list item that only names something ("asthma", "type 2 diabetes", "a DVT"), with no verb and no
// word of time: anything more ("fitting for ten minutes", "pain now") is told as happening.
const LIST_ITEM_WORDS = 4;
const TIME_WORD = /^(?:now|today|tonight|currently|since|for|minutes?|hours?|days?|still|again|suddenly)$/;
function namesOnly(items: readonly EnglishWord[]): boolean {
  return items.length > 0 && items.length <= LIST_ITEM_WORDS && items.every((w) => w.pos !== 'VERB' && w.pos !== 'AUX' && !TIME_WORD.test(w.text));
}

/**
 * "Not" with a participle of a status or of a response ("not anticoagulated", "not vaccinated", "not
 * relieved by salbutamol", "not controlled by oral analgesia"): a case note's denial of that one state,
 * not the head of a list of denied findings. "77F AF not anticoagulated, sudden severe abdominal pain"
 * denied the pain, "wheeze not relieved by salbutamol, chest tight, SpO2 89%" the saturation. A
 * participle that introduces findings ("not associated with nausea, vomiting") still heads its list.
 */
const HEADS_A_LIST = new Set(['associated', 'accompanied', 'preceded', 'followed', 'complicated', 'related', 'linked', 'aggravated', 'exacerbated', 'worsened', 'provoked', 'triggered', 'brought', 'caused']);
const PREPOSITION = new Set(['by', 'with', 'to', 'on', 'after', 'despite', 'since', 'for', 'in', 'at']);
function deniesAStatus(items: readonly EnglishWord[]): boolean {
  const [first, second, third] = items.map((w) => w.text);
  return (
    (first === 'not' || first === 'never') &&
    second !== undefined &&
    /[a-z]{3,}ed$/.test(second) &&
    !HEADS_A_LIST.has(second) &&
    (third === undefined || PREPOSITION.has(third))
  );
}

// "Icy cold, not even shivering, mumbling": "not even" stresses one thing missing, it heads no list.
const NOT_EVEN = /\b(?:not|n't|no longer) even\b/;

/**
 * A denial of what a treatment or the person does and nothing else ("... that paracetamol | isn't
 * touching", "doesn't help", "nothing is working"): it names no finding, so what follows it is not a
 * list of denied findings. A verb that is itself a finding ("not vomiting, neck stiffness") still
 * heads a list.
 */
function deniesAnActionOnly(items: readonly EnglishWord[]): boolean {
  const at = items.findIndex((w) => NEGATION_WORDS.has(w.text));
  const rest = items.slice(at + 1);
  return (
    at >= 0 &&
    rest.some((w) => w.pos === 'VERB' && EFFECT_VERB.test(w.text)) &&
    rest.every((w) => (w.pos === 'VERB' && EFFECT_VERB.test(w.text)) || ACTION_FILLER.has(w.pos) || NEGATION_WORDS.has(w.text))
  );
}

// Verbs of a treatment's effect or a symptom's persistence ("not easing off at all", "won't settle
// down"): what follows their denial is a new finding, not another item denied.
const EFFECT_VERB =
  /^(?:help(?:s|ed|ing)?|work(?:s|ed|ing)?|touch(?:es|ed|ing)?|eas(?:e|es|ed|ing)|shift(?:s|ed|ing)?|budg(?:e|es|ed|ing)|improv(?:e|es|ed|ing)|settl(?:e|es|ed|ing)|subsid(?:e|es|ed|ing)|let(?:s|ting)?|do(?:es|ing)?|did|done)$/;
// The particles and pronouns such a denial carries ("off", "at all", "down", "up", "it").
const ACTION_FILLER = new Set(['AUX', 'PART', 'PRON', 'ADV', 'ADP', 'DET']);

/**
 * A list item of two or more words with a noun in it: a finding of its own, not another status word.
 * An item that opens on a denial word ("no change in bowel habit", which no cue reads) stays denied.
 */
function namesAFinding(items: readonly EnglishWord[]): boolean {
  return items.length >= 2 && !NEGATION_WORDS.has(items[0]?.text ?? '') && items.some((w) => w.pos === 'NOUN' || w.pos === 'PROPN');
}

function wordsIn(words: readonly EnglishWord[], start: number, end: number): EnglishWord[] {
  return words.filter((w) => w.start >= start && w.start < end);
}

/** The clause's negation word and the words after it, when it opens with one. */
function afterNegation(span: ClauseSpan, words: readonly EnglishWord[]): { negation: string; rest: EnglishWord[] } | undefined {
  const inSpan = wordsIn(words, span.start, span.end);
  const at = inSpan.findIndex((w) => NEGATION_WORDS.has(w.text));
  if (at < 0) return undefined;
  return { negation: NEGATION_WORDS.get(inSpan[at]?.text ?? '') ?? 'not', rest: inSpan.slice(at + 1) };
}

function opensWithAbsence(span: ClauseSpan, words: readonly EnglishWord[]): boolean {
  const found = afterNegation(span, words);
  return found !== undefined && reportsAbsence(found.rest, found.negation);
}

/** Ends each negation where its scope ends: the rest of its clause becomes a clause of its own. */
function narrowNegations(spans: readonly ClauseSpan[], words: readonly EnglishWord[]): ClauseSpan[] {
  return spans.flatMap((span) => {
    if (!span.opensWithNegation) return [span];
    const found = afterNegation(span, words);
    const cut = found && negationScopeEnd(found.rest);
    if (cut === undefined) return [span];
    return [{ ...span, end: cut }, { start: cut, end: span.end, sentence: span.sentence, opensWithNegation: false, joinedBy: 'break' as const }];
  });
}

// Words that carry no finding of their own ("have" of "haven't", "or", "the") are never flagged.
const FUNCTION_POS = new Set(['AUX', 'PART', 'CCONJ', 'SCONJ', 'ADP', 'DET', 'PRON']);

/** Each word with whether a negation denies it: the words of negated clauses, the negation words left out. */
function markNegated(words: readonly EnglishWord[], clauses: readonly ReadClause[]): WordToken[] {
  return words.map((w) => {
    const clause = clauses.find((c) => w.start >= c.start && w.start < c.end);
    const negated =
      clause !== undefined && clause.negated && !NEGATION_WORDS.has(w.text) && !FUNCTION_POS.has(w.pos) && !clause.historical && !clause.hypothetical;
    return { start: w.start, end: w.end, text: w.text, lemma: w.lemma, pos: w.pos, negated };
  });
}

/**
 * Someone else's illness told as what worries the writer: "my nan had a stroke so I panicked", "my
 * cousin had a clot on the pill and it scared me", "worried as her mum had a stroke". Another person's
 * past illness in the simple past, with the writer's fear told right after or before it: background,
 * like a family history, not a finding now ("my dad is having a stroke, I'm panicking" stays current).
 */
const ANOTHER_HAD = /^\W*(?:(?:and|but|so|as|because|since|cos|coz) )?(?:(?:my|our|her|his|their|pt's|the patient's|a|an) )(?:best |older |younger |little |big |late )?(?:father|mother|dad|mum|mom|parents?|son|daughter|brother|sister|grandmother|grandfather|grandma|grandpa|grandad|granddad|gran|granny|nan|nana|nanna|aunt|auntie|aunty|uncle|cousin|nephew|niece|friend|mate|colleague|neighbou?r|boss|husband|wife|partner)s?\b[^|]{0,30}?\b(?:had|got|was diagnosed with|went into|died of|died from|passed away from)\b/;
const WORRY_AFTER = /^\W*(?:(?:so|and|which|that) )?(?:(?:it|that|this) )?(?:i (?:panicked|worried|freaked(?: out)?|got (?:scared|worried|paranoid|anxious))|(?:scared|worried|frightened|terrified|spooked|freaked) me|(?:i'?m|im|i am) (?:now |a bit |really |so |quite )?(?:worried|scared|paranoid|anxious|terrified|panicking|nervous|frightened)|(?:has )?made me (?:worried|anxious|paranoid|scared|nervous))\b/;
const JUST_NOW = /\b(?:just|now|today|tonight|this (?:morning|afternoon|evening)|(?:an?|\d+|few|couple of) (?:minutes?|mins?|hours?) ago|earlier)\b/;
const WORRY_BEFORE = /\b(?:worried|scared|anxious|paranoid|nervous|frightened|panicking|panicked|concerned)\b[^.|]{0,12}\b(?:as|because|since|cos|coz|after)\s*$/;

function toldAsCauseOfWorry(normalized: string, spans: readonly ClauseSpan[], i: number, clauseText: string): boolean {
  const span = spans[i] as ClauseSpan;
  // Told on about that person after it ("... and I'm panicking, his arm is weak"), it is happening now.
  const toldOnAfter = (): boolean => spans.slice(i + 1).some((s) => THIRD_PARTY_RE.test(normalized.slice(s.start, s.end)));
  // The other person's illness may be given as the reason inside the clause, for the worry itself ("she
  // was only worried because her mum had a stroke") or for something the writer did ("I checked my
  // blood pressure because my neighbour had a stroke", then "I got scared"): read from the reason on.
  const reason = /\b(?:because|as|since|cos|coz|after) (?=(?:my|our|her|his|their|a|an) )/.exec(clauseText);
  const from = ANOTHER_HAD.test(clauseText) || reason === null ? 0 : reason.index + reason[0].length;
  const match = ANOTHER_HAD.exec(clauseText.slice(from));
  if (!match || JUST_NOW.test(clauseText.slice(from))) return false;
  if (toldOnAfter()) return false;
  const next = spans[i + 1];
  const after = clauseText.slice(from + match.index + match[0].length).replace(/^[^|]*?\b(?=(?:so|and) (?:it|that|this|i)\b)/, '');
  const sameSentence = next !== undefined && next.sentence === span.sentence;
  const sentenceStart = spans.find((s) => s.sentence === span.sentence)?.start ?? span.start;
  return (
    WORRY_AFTER.test(after) ||
    (sameSentence && WORRY_AFTER.test(normalized.slice(next.start, next.end))) ||
    WORRY_BEFORE.test(normalized.slice(sentenceStart, span.start + from + match.index))
  );
}

/** Per sentence, the first clause index from which clauses are hypothetical. */
function hypotheticalStarts(normalized: string, spans: readonly ClauseSpan[]): Map<number, number> {
  const from = new Map<number, number>();
  const causeQuestions = !OWN_STATE_RE.test(normalized);
  spans.forEach((span, i) => {
    if (from.has(span.sentence)) return;
    const text = normalized.slice(span.start, span.end);
    if (!HYPOTHETICAL_RE.test(text) && !(causeQuestions && CAUSE_QUESTION_RE.test(text))) return;
    // A question that opens with a question word is hypothetical from its first clause.
    const first = spans.findIndex((s) => s.sentence === span.sentence);
    const opener = spans[first];
    const isQuestion = opener !== undefined && QUESTION_OPENER.test(normalized.slice(opener.start, span.end));
    from.set(span.sentence, isQuestion ? first : i);
  });
  return from;
}

/** A clause whose findings the writer reports as current and real (for them or someone present). */
export function isAssertedClause(clause: Clause): boolean {
  return !clause.negated && !clause.historical && !clause.hypothetical;
}

/**
 * A clause whose findings are the current problem of the writer or of the person they describe: asserted,
 * and not what relatives had (family history). Urgency reads only these; the diagnostic ranking also
 * reads family history, as a risk factor.
 */
export function isOwnAssertedClause(clause: Clause): boolean {
  return isAssertedClause(clause) && !notThePersons(clause);
}

/** A relative's history or an animal's story: true of someone, but never the patient's finding. */
export function notThePersons(clause: Clause): boolean {
  return clause.family === true || clause.animal === true;
}

/**
 * Text of the clauses that say what the person is known to have (past illnesses, under a heading or
 * a history cue): context for urgency (diabetes, blood thinners, a weak immune system), never a finding.
 */
export function pastHistoryText(analysis: MessageAnalysis): string {
  return analysis.clauses
    .filter((c) => c.pastHistory === true && !c.negated && !c.hypothetical && !notThePersons(c))
    .map((c) => analysis.normalized.slice(c.start, c.end))
    .join(' | ');
}

/** Text of the clauses that are the writer's or the patient's own current findings. */
export function ownAssertedText(analysis: MessageAnalysis): string {
  return analysis.clauses
    .filter(isOwnAssertedClause)
    .map((c) => analysis.normalized.slice(c.start, c.end))
    .join(' | ');
}

/** Text of the asserted clauses, joined with a separator no pattern spans. */
export function assertedText(analysis: MessageAnalysis): string {
  return analysis.clauses
    .filter(isAssertedClause)
    .map((c) => analysis.normalized.slice(c.start, c.end))
    .join(' | ');
}

/**
 * A list item under a negatives heading that names findings only: the whole item, from the comma (or
 * heading) before it to the comma after it, which clause splits at "and" or "not" do not align with,
 * has no predicate and no polarity of its own.
 */
function isBareListItem(normalized: string, span: { start: number; end: number; sentence: number }, spans: readonly { start: number; end: number; sentence: number }[]): boolean {
  const sentenceStart = spans.find((s) => s.sentence === span.sentence)?.start ?? span.start;
  const sentenceEnd = spans.findLast((s) => s.sentence === span.sentence)?.end ?? span.end;
  const before = normalized.slice(sentenceStart, span.start);
  const from = sentenceStart + Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
  const after = normalized.slice(span.end, sentenceEnd).search(/[,;]/);
  const item = normalized.slice(from, after < 0 ? sentenceEnd : span.end + after).replace(NEGATIVES_HEADING, '');
  return !namesAPredicate(item) && !STATES_OWN_POLARITY.test(item);
}
