/**
 * A person naming an emergency about themselves or someone with them ("I think I'm having a heart
 * attack", "she's going into anaphylaxis") gets the alert. The names come from the knowledge base
 * (each emergency condition's name, the parts of a name in brackets, and its aliases), so a new
 * condition is named without code. A question about a condition is not naming it: only asserted
 * clauses count (the language layer marks "what are the signs of a stroke?" hypothetical), and the
 * clause must say the thing is happening or suspected now.
 */
import { isOwnAssertedClause, notThePersons } from '../language/analyzeMessage.ts';
import { isLikenedPast, tellsRecurrence } from '../language/recurrenceCue.ts';
import type { Clause, MessageAnalysis } from '../language/MessageAnalysis.ts';
import type { ConditionEntry } from '../knowledge/conditionSchema.ts';
import type { KnowledgeIndex } from '../knowledge/createKnowledgeIndex.ts';
import { foldForMatching } from '../safety/concepts/conceptPattern.ts';

export interface NamedEmergency {
  readonly conditionId: string;
  readonly name: string;
  /** The words the person used. */
  readonly said: string;
  /**
   * The name was said without the severity word the knowledge base's name carries ("an allergic
   * reaction" for "severe allergic reaction"): the person may mean a mild one (see assessEmergency).
   */
  readonly ungraded: boolean;
  /** Named in a question ("could it be appendicitis?", "is that a seizure?"): a worry, not a report. */
  readonly asked: boolean;
}

/** A question about what something is: the clause is asked ("?" after it) or opens as one. */
const ASKS = /^\s*(?:could|can|might|may|is|are|was|would)\b/;

/** Now or suspected now: "having", "going into", "I think", "looks like", "it's". */
const HAPPENING_NOW =
  /(?<!\b(?:after|before|since|from|without) )\b(?:having|have got|has got|is in|am in|going into|gone into|went into|in the middle of|think\w*|thought|believe|feels? like|looks? like|seems? (?:like|to be)|might be|may be|could be|must be|probably|pretty sure|sure|suffering|signs of|symptoms of|it's|it is|is this|this is|showing)\b|\b(?:might|may|could|must) (?:have|have got|be having)\b|\b(?:could|can) (?:it|this) be\b|\b(?:i'm|i am|im|we're|we are) (?:really |very |so |a bit |quite )?(?:worried|scared|afraid|concerned|frightened|terrified)\b(?! (?:of|about) getting\b)/;
/** Risk, prevention and family history talk about a condition without anyone having it. */
const ABOUT_RISK = /\b(?:risk|chance|prevent\w*|afraid of getting|worried about getting|scared of getting|family history|runs in|screening|test for|vaccin\w*)\b/;
/**
 * A belief told in the past about the past ("thought she was having a heart attack but it settled"):
 * what the person feared then, not what is happening now, unless told as still so.
 */
const BELIEVED_THEN = /\b(?:thought|believed|was sure|was convinced|were sure) (?:i|he|she|they|we|it) (?:was|were|had)\b(?!.*\b(?:still|now|again|right now)\b)/;
/** A fear that comes from reading or watching ("scared it's ectopic because I keep reading about it"). */
const FEAR_FROM_READING = /\b(?:because|cos|coz|since|as) (?:i|i've|ive) (?:keep |kept |have been |been |was |just )?(?:reading|read|googling|googled|watching|watched|seeing|seen)\b|\bafter (?:reading|googling|watching|seeing) (?:about|something|a|an|the|that)\b/;
const SEVERITY_WORD = /^(?:severe|acute|major|massive|serious|life-threatening)\s+/;
// Short names ("fit", "DKA") are too ambiguous in everyday words; they count inside longer aliases only.
const MIN_NAME_LENGTH = 6;

interface NameMatcher {
  readonly byName: Map<string, ConditionEntry>;
  /**
   * The names by the two characters they start with, each group with the names that may start any
   * way (a determiner, a one-letter word), in the order of the one alternation they stand for: at a
   * place only names that start with its two characters can match, so the place tries those alone
   * instead of every name the knowledge base has.
   */
  readonly byStart: Map<string, RegExp>;
  readonly anyStart: RegExp | undefined;
  /** Keys of names that exist only with their severity word dropped. */
  readonly ungraded: ReadonlySet<string>;
}

const byIndex = new WeakMap<KnowledgeIndex, NameMatcher>();

function namesOf(entry: ConditionEntry): { names: string[]; ungraded: string[] } {
  const whole = entry.name.toLowerCase();
  const bracketed = [...whole.matchAll(/\(([^)]+)\)/g)].map((m) => m[1] ?? '');
  const bare = whole.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  const parts = [bare, ...bracketed, ...entry.aliases.map((a) => a.toLowerCase())].flatMap((n) => n.split(/\s+or\s+(?=\S+$)/));
  // People rarely grade what they name: "a severe allergic reaction" is named as "an allergic reaction".
  const ungraded = parts.map((n) => n.replace(SEVERITY_WORD, '')).filter((n) => n.includes(' '));
  const fold = (names: string[]) => names.map((n) => foldForMatching(n.trim())).filter((n) => n.length >= MIN_NAME_LENGTH);
  const graded = new Set(fold([...parts, ...parts.flatMap(toldOfThePart)]));
  return { names: fold([...parts, ...ungraded, ...parts.flatMap(toldOfThePart)]), ungraded: fold(ungraded).filter((n) => !graded.has(n)) };
}

/** A state a part is in, told before it in a name: "burst appendix", "collapsed lung", "twisted testicle". */
const STATE_BEFORE_PART = /^(?:\w+ed|burst|torn|broken|bust|stuck|swollen|split) (?!\w+ed$)\w+$/;

/**
 * The same name told of the part ("my appendix has burst", "his lung collapsed", "I think my hip is
 * broken"): the state after its part, as people say it of a body, for every two-word name so made.
 */
function toldOfThePart(name: string): string[] {
  if (!STATE_BEFORE_PART.test(name)) return [];
  const [state, part] = name.split(' ') as [string, string];
  return [`${part} ${state}`, `${part} has ${state}`, `${part} has just ${state}`, `${part} is ${state}`, `${part} has been ${state}`, `${part} is all ${state}`];
}

/**
 * A name's "the" is any determiner the person uses ("clot in the lung" is named as "a clot in my
 * lung"): names are keyed, and what was said is looked up, with every determiner read as "the".
 */
const DETERMINER = String.raw`(?:the|my|his|her|their|your|a|an)`;
const DETERMINER_WORD = new RegExp(String.raw`(?<=^| )${DETERMINER}(?= )`, 'g');
const keyOf = (name: string): string => name.replace(/\s+/g, ' ').replace(DETERMINER_WORD, 'the');

function matcherFor(index: KnowledgeIndex): NameMatcher {
  const cached = byIndex.get(index);
  if (cached) return cached;
  // Every condition's names, emergencies first (a name two entries share names the emergency): the
  // longest name at a place wins, so "poisoning" inside "food poisoning" names nothing urgent.
  const byName = new Map<string, ConditionEntry>();
  const ungraded = new Set<string>();
  const entries = [...index.kb.conditions].sort((a, b) => Number(b.typicalTriage === 'emergency') - Number(a.typicalTriage === 'emergency'));
  for (const entry of entries) {
    const told = namesOf(entry);
    for (const name of told.names) if (!byName.has(keyOf(name))) byName.set(keyOf(name), entry);
    for (const name of told.ungraded) if (byName.get(keyOf(name)) === entry) ungraded.add(keyOf(name));
  }
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  const pattern = (n: string) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+').replace(/(?<=^|\\s\+)the(?=\\s\+)/g, DETERMINER);
  const startOf = (n: string): string | undefined => (/^[a-z0-9_]{2}/.test(n) && !n.startsWith('the ') ? n.slice(0, 2) : undefined);
  // The longest name at a place wins, as in one alternation sorted longest first.
  const named = names.map((name) => ({ start: startOf(name), source: pattern(name) }));
  const sticky = (start: string | undefined): RegExp | undefined => {
    const alternatives = named.filter((n) => n.start === start || n.start === undefined).map((n) => n.source);
    return alternatives.length > 0 ? new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'y') : undefined;
  };
  const starts = new Set(named.flatMap((n) => n.start ?? []));
  const byStart = new Map([...starts].map((start) => [start, sticky(start) as RegExp]));
  const built = { byName, byStart, anyStart: sticky(undefined), ungraded };
  byIndex.set(index, built);
  return built;
}

const WORD_CHAR = /[a-z0-9_]/i;

/** The names found in a text, left to right, as one alternation of them all with the `g` flag finds them. */
function* namesIn(text: string, matcher: NameMatcher): Generator<string> {
  for (let at = 0; at < text.length; at++) {
    const before = at > 0 && WORD_CHAR.test(text[at - 1] as string);
    const here = WORD_CHAR.test(text[at] as string);
    // Every name opens with \b: only a word's edge can start one.
    if (before === here) continue;
    const re = (here ? matcher.byStart.get(text.slice(at, at + 2)) : undefined) ?? matcher.anyStart;
    if (!re) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    yield m[0];
    at += m[0].length - 1;
  }
}

export function findNamedEmergencies(analysis: MessageAnalysis, index: KnowledgeIndex): NamedEmergency[] {
  const matcher = matcherFor(index);
  const found = new Map<string, NamedEmergency>();
  const add = (text: string, asked = false) => {
    for (const said of namesIn(text, matcher)) {
      const entry = matcher.byName.get(keyOf(said));
      const ungraded = matcher.ungraded.has(keyOf(said));
      // "A small asthma attack": the person grades it mild, and the name without its severity word is not the emergency's.
      if (ungraded && new RegExp(String.raw`\b(?:small|mild|slight|minor|little|light|tiny) ${escapeRegExp(said)}`).test(text)) continue;
      if (entry?.typicalTriage === 'emergency' && !found.has(entry.id)) found.set(entry.id, { conditionId: entry.id, name: entry.name, said, ungraded, asked });
    }
  };
  const textOf = (clause: Clause) => foldForMatching(analysis.normalized.slice(clause.start, clause.end));
  analysis.clauses.forEach((clause, i) => {
    if (!isOwnAssertedClause(clause)) return;
    const text = textOf(clause);
    const next = analysis.clauses[i + 1];
    const fearRead = FEAR_FROM_READING.test(text) || (next !== undefined && FEAR_FROM_READING.test(textOf(next)));
    if (!HAPPENING_NOW.test(text) || ABOUT_RISK.test(text) || BELIEVED_THEN.test(text) || fearRead) return;
    add(text, ASKS.test(text) || /^\s*\?/.test(analysis.normalized.slice(clause.end, clause.end + 3)));
  });
  // A past emergency the person says is back ("I had a heart attack in 2019 and it's happening again")
  // or likens the present to ("feels exactly like my stroke did"): named as happening now.
  const toldPast = (c: Clause) => c.historical && !c.negated && !c.hypothetical && !notThePersons(c);
  if (!analysis.clauses.some(toldPast)) return [...found.values()];
  const recurs = analysis.clauses.some((c) => !notThePersons(c) && tellsRecurrence(c));
  analysis.clauses.forEach((clause, i) => {
    if (toldPast(clause) && (recurs || isLikenedPast(clause, analysis.clauses[i - 1]))) add(textOf(clause));
  });
  return [...found.values()];
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
