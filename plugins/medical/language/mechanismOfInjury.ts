/**
 * A local complaint the writer puts down to a mechanical cause in the same sentence: "my ankle is
 * swollen after I twisted it", "my neck is stiff from sitting at my desk", "my shoulder aches since I
 * carried those boxes". A clinician reads the mechanism as the explanation of that ache or swelling:
 * it supports a strain, sprain or fracture, not heart failure's swollen ankles or meningitis's stiff
 * neck. The diagnostic ranking (diagnose.ts) lets such a finding count in full only for
 * musculoskeletal and injury conditions.
 *
 * Read from the words' lemmas (wink-nlp's, so "fell", "falling" and "falls" are one word), and
 * deliberately narrow, since a wrong "explained" hides a finding:
 * - only a finding whose own words are an ache, pain, stiffness, swelling, bruising or tenderness, never
 *   in a clause that names the head, chest, belly, groin, eye or ear, or breathing (there a knock or an
 *   effort explains nothing safely: a head injury, a heart attack brought on by effort, a strangulated
 *   hernia, a torsion);
 * - never when the sentence also tells of something a strain does not do (MORE_THAN_A_STRAIN): sudden,
 *   severe or tearing pain, numbness, pins and needles or weakness, a cold or pale limb, redness, heat
 *   or fever, breathlessness, faintness, nausea or vomiting, or a pregnancy;
 * - mechanisms of the body's mechanics only: a twist, a fall or knock, lifting or carrying, posture or
 *   sleeping awkwardly, sport or a workout. A long flight or bed rest is not one: there a swollen calf
 *   is a clot's sign. A mechanism word after a negation ("I can't lift my arm") is not one either;
 * - English only: Spanish and French messages are read as before.
 */
import type { MessageAnalysis, WordToken } from './MessageAnalysis.ts';

/** Words that tell a mechanical event by themselves: "twisted", "fell", "a knock", "carrying". */
const EVENT = new Set(['twist', 'sprain', 'fall', 'slip', 'stumble', 'knock', 'stub', 'kick', 'whack', 'lift', 'carry', 'overdo', 'tackle']);
/** "Falling asleep", "hair falling out", "fell ill", "fell pregnant": not a fall. */
const NOT_AN_EVENT = new Set(['asleep', 'out', 'ill', 'pregnant', 'apart', 'behind']);
/** The same as verbs only: "I tripped", not "my trip to Spain"; "bumped my knee", not "a bump on my arm". */
const EVENT_VERB = new Set(['trip', 'bump', 'bang', 'dig', 'shovel']);
/** Verbs that tell one only with a body part or a kerb after them: "turned my ankle", "rolled it", "went over on it". */
const TURNED = new Set(['turn', 'roll', 'go']);
const TURNED_OBJECT = new Set(['ankle', 'ankles', 'knee', 'knees', 'foot', 'feet', 'wrist', 'it', 'over']);
/** How one sleeps or sits that strains a neck or back. */
const AWKWARDLY = new Set(['awkwardly', 'awkward', 'funny', 'funnily', 'wrong', 'badly', 'oddly', 'strangely']);
const POSTURE_VERB = new Set(['sleep', 'sit', 'hunch', 'work', 'lie', 'slouch', 'stoop', 'crouch']);
const DESK = new Set(['desk', 'computer', 'laptop', 'screen', 'keyboard', 'phone', 'posture']);
/** Sport and exercise, after "after", "during", "since", "from", "at" or "playing". */
const SPORT = new Set([
  'football', 'soccer', 'rugby', 'tennis', 'squash', 'basketball', 'netball', 'hockey', 'cricket', 'golf', 'badminton',
  'volleyball', 'baseball', 'run', 'running', 'jog', 'jogging', 'workout', 'gym', 'training', 'match', 'game', 'hike',
  'hiking', 'climb', 'climbing', 'marathon', 'yoga', 'pilates', 'ski', 'skiing', 'cycling', 'cycle', 'ride', 'swim',
  'swimming', 'dance', 'dancing', 'boxing', 'judo', 'karate', 'weights', 'exercise', 'exercises', 'class', 'session',
  'practice', 'sport', 'sports',
]);
const SPORT_CUE = new Set(['after', 'during', 'since', 'from', 'at', 'playing', 'play', 'doing', 'do']);
const NEGATION = new Set(['not', "n't", 'never', 'cannot', 'unable']);

/** What a mechanism may explain: a local ache, stiffness, swelling or bruise. */
const COMPLAINT = new Set([
  'pain', 'painful', 'ache', 'aching', 'achy', 'sore', 'soreness', 'stiff', 'stiffness', 'swollen', 'swelling', 'swell',
  'puffy', 'bruise', 'bruising', 'bruised', 'tender', 'tenderness', 'hurt', 'hurting', 'throb', 'throbbing',
]);
/** Where no mechanism is taken as the explanation (see above). */
const UNEXPLAINED_SITE = new Set([
  'head', 'headache', 'skull', 'chest', 'breast', 'heart', 'breath', 'breathe', 'breathing', 'breathless', 'lung',
  'stomach', 'belly', 'tummy', 'abdomen', 'abdominal', 'groin', 'testicle', 'testicles', 'testis', 'scrotum', 'ball',
  'penis', 'vagina', 'pelvis', 'pelvic', 'eye', 'vision', 'ear', 'throat', 'jaw', 'tooth', 'teeth',
]);
// A sentence with any of these tells more than a strain: something severe (an aneurysm or dissection
// felt while lifting, a limb losing its blood or nerve supply), an infection or clot (redness, heat,
// fever), or a body-wide symptom beside it (a calf swollen since a twist and short of breath is a clot
// until shown otherwise), or a pregnancy (swollen ankles "carrying twins" are pre-eclampsia's to rule
// out). Then the mechanism explains nothing.
const MORE_THAN_A_STRAIN =
  /\b(?:sudden(?:ly)?|severe(?:ly)?|tearing|ripping|excruciating|agony|agoni[sz]ing|unbearable|worst|crushing|can ?not (?:walk|stand|move|feel|lift|grip)|can't (?:walk|stand|move|feel|lift|grip)|numb(?:ness)?|tingl\w*|pins and needles|weak(?:ness)?|cold|pale|blue|white|red(?:ness)?|hot|warm|fever\w*|temperature|pus|spreading|streaks?|shiver\w*|rash|breath\w*|faint\w*|dizz\w*|collaps\w*|vomit\w*|sick|nause\w*|sweat\w*|confus\w*|drows\w*|deformed|bent|out of (?:place|shape)|bone|pregnan\w*|expecting|twins|baby|babies|postpartum|gave birth)\b/;

const SENTENCE_END = /[.!?;\n]/;

/**
 * Whether the finding at [start, end) of the analysis's normalized text is a local complaint its
 * sentence puts down to a mechanical cause.
 */
export function explainedByMechanism(analysis: MessageAnalysis, start: number, end: number): boolean {
  if (analysis.language !== 'en' || !analysis.tokens || !tellsAnyMechanism(analysis, analysis.tokens)) return false;
  const clause = analysis.clauses.find((c) => start >= c.start && start < c.end);
  const from = Math.min(clause?.start ?? start, start);
  const to = Math.max(clause?.end ?? end, end);
  const inClause = analysis.tokens.filter((t) => t.start >= from && t.end <= to);
  // The finding's own words name the complaint: "swollen" in "ankle is swollen", never "sick" beside it.
  const own = inClause.filter((t) => t.start >= start && t.end <= end);
  if (!own.some((t) => COMPLAINT.has(t.lemma) || COMPLAINT.has(t.text))) return false;
  if (inClause.some((t) => UNEXPLAINED_SITE.has(t.lemma) || UNEXPLAINED_SITE.has(t.text))) return false;
  const [sentenceStart, sentenceEnd] = sentenceAround(analysis.normalized, start, end);
  if (MORE_THAN_A_STRAIN.test(analysis.normalized.slice(sentenceStart, sentenceEnd))) return false;
  return tellsAMechanism(analysis.tokens.filter((t) => t.start >= sentenceStart && t.end <= sentenceEnd));
}

// Most messages tell no mechanism at all: read once per message, so their findings cost one lookup.
const messagesTelling = new WeakMap<MessageAnalysis, boolean>();

function tellsAnyMechanism(analysis: MessageAnalysis, words: readonly WordToken[]): boolean {
  let tells = messagesTelling.get(analysis);
  // Negations not applied here: a superset of what any one sentence tells.
  if (tells === undefined) messagesTelling.set(analysis, (tells = tellsAMechanism(words, false)));
  return tells;
}

function tellsAMechanism(words: readonly WordToken[], readNegations = true): boolean {
  const lemma = (i: number): string => words[i]?.lemma ?? '';
  const text = (i: number): string => words[i]?.text ?? '';
  for (let i = 0; i < words.length; i++) {
    if (readNegations && (NEGATION.has(lemma(i - 1)) || NEGATION.has(lemma(i - 2)))) continue;
    if ((EVENT.has(lemma(i)) && !NOT_AN_EVENT.has(text(i + 1))) || (EVENT_VERB.has(lemma(i)) && words[i]?.pos === 'VERB')) return true;
    if (lemma(i) === 'pull' && [1, 2].some((k) => lemma(i + k) === 'muscle')) return true;
    if (TURNED.has(lemma(i)) && [1, 2].some((k) => TURNED_OBJECT.has(text(i + k)))) return true;
    if (POSTURE_VERB.has(lemma(i)) && [1, 2, 3, 4].some((k) => AWKWARDLY.has(text(i + k)) || DESK.has(text(i + k)))) return true;
    if (SPORT.has(text(i)) && [1, 2, 3].some((k) => SPORT_CUE.has(text(i - k)))) return true;
    if ((text(i) === 'bad' || text(i) === 'poor') && text(i + 1) === 'posture') return true;
  }
  return false;
}

function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text.charAt(from - 1))) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text.charAt(to))) to++;
  return [from, to];
}
